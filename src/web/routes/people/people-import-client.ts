import { api, readJson, type SuccessBody } from '../../api/client.ts';

/** The preview of a people import: the shared preview plus which rows create or update a person. */
export type PeopleImportPreview = Exclude<
  SuccessBody<Awaited<ReturnType<typeof api.people.import.$post>>>,
  string
>;

/** The result of committing a people import. */
export type PeopleImportCommit = Exclude<
  SuccessBody<Awaited<ReturnType<(typeof api.people.import)[':batchId']['commit']['$post']>>>,
  string
>;

/** How a CSV's characters are read. */
export type EncodingChoice = 'auto' | 'utf-8' | 'cp932';

/** Uploads a roster file (POST /api/people/import) and returns the preview; nothing is registered yet. */
export async function previewPeopleImport(
  file: File,
  encoding: EncodingChoice,
): Promise<PeopleImportPreview> {
  const res = await api.people.import.$post(
    { query: { filename: file.name, encoding } },
    {
      init: {
        body: file,
        headers: { accept: 'application/json', 'content-type': file.type || 'application/octet-stream' },
      },
    },
  );
  return (await readJson(res)) as PeopleImportPreview;
}

/** Opens a stored roster preview again (GET /api/people/import/{batchId}), judged against today's people. */
export async function fetchPeopleImportPreview(batchId: string): Promise<PeopleImportPreview> {
  return readJson(await api.people.import[':batchId'].$get({ param: { batchId } }));
}

/** Commits a previewed import: every row, in one transaction, or none. */
export async function commitPeopleImport(batchId: string): Promise<PeopleImportCommit> {
  const res = await api.people.import[':batchId'].commit.$post(
    { param: { batchId } },
    { init: { headers: { accept: 'application/json' } } },
  );
  return (await readJson(res)) as PeopleImportCommit;
}
