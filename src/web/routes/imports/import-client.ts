import { ApiError, api, readJson, type SuccessBody, toApiError } from '../../api/client.ts';

/** The preview the server stores for an uploaded file (POST /api/systems/import; the JSON variant). */
export type ImportPreview = Exclude<
  SuccessBody<Awaited<ReturnType<typeof api.systems.import.$post>>>,
  string
>;

/** The result of a commit (POST /api/systems/import/{batchId}/commit). */
export type ImportCommit = Exclude<
  SuccessBody<Awaited<ReturnType<(typeof api.systems.import)[':batchId']['commit']['$post']>>>,
  string
>;

/** Progress reported while the server reads (rows, bytes) or commits (rows of totalRows). */
export type ImportProgress = {
  phase: 'read' | 'commit';
  rows: number;
  totalRows?: number;
  bytes?: number;
  totalBytes?: number;
};

export type EncodingChoice = 'auto' | 'utf-8' | 'cp932';
export type ImportMode = 'append' | 'replace' | 'upsert';

const NDJSON = 'application/x-ndjson';

type Line =
  | ({ type: 'progress' } & ImportProgress)
  | { type: 'result'; status: number; body: unknown }
  | {
      type: 'error';
      status: number;
      error: { code: string; message: string; issues?: { path: string; message: string }[] };
    };

/**
 * Reads an answer of one JSON object per line (requested with Accept: application/x-ndjson): hands
 * progress lines to `onProgress` and resolves with the last line's result, or throws its error.
 */
async function readProgressStream<T>(res: Response, onProgress: (p: ImportProgress) => void): Promise<T> {
  if (!res.ok || !res.body) throw await toApiError(res);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (value) buffer += value;
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const line = JSON.parse(buffer.slice(0, newline)) as Line;
      buffer = buffer.slice(newline + 1);
      if (line.type === 'progress') onProgress(line);
      else if (line.type === 'result') return line.body as T;
      else throw new ApiError(line.status, line.error.code, line.error.message, line.error.issues ?? []);
      newline = buffer.indexOf('\n');
    }
    if (done) break;
  }
  throw new ApiError(0, 'INCOMPLETE_RESPONSE', '処理の結果を受け取れませんでした。もう一度お試しください。');
}

/** What is imported: the 台帳 or the DX施策・好事例 (the same pipeline and answers). */
export type ImportKind = 'systems' | 'practices';

/** Uploads a file for a preview, reporting the server's progress. Nothing is registered yet. */
export async function previewImport(
  kind: ImportKind,
  file: File,
  options: { encoding: EncodingChoice; mode: ImportMode },
  onProgress: (p: ImportProgress) => void,
): Promise<ImportPreview> {
  const endpoint = kind === 'systems' ? api.systems.import : api.practices.import;
  const res = await endpoint.$post(
    { query: { filename: file.name, encoding: options.encoding, mode: options.mode } },
    {
      init: {
        body: file,
        headers: { accept: NDJSON, 'content-type': file.type || 'application/octet-stream' },
      },
    },
  );
  return readProgressStream<ImportPreview>(res as unknown as Response, onProgress);
}

/** Opens a stored preview again (GET /api/{kind}/import/{batchId}): resuming an import left previewed. */
export async function fetchImportPreview(kind: ImportKind, batchId: string): Promise<ImportPreview> {
  const endpoint = kind === 'systems' ? api.systems.import[':batchId'] : api.practices.import[':batchId'];
  return readJson(await endpoint.$get({ param: { batchId } }));
}

/**
 * Commits a previewed import — all rows or none, or with `skipInvalid` the valid rows only (the
 * refused ones come back as a file) — reporting the server's progress.
 */
export async function commitImport(
  kind: ImportKind,
  batchId: string,
  options: { skipInvalid: boolean },
  onProgress: (p: ImportProgress) => void,
): Promise<ImportCommit> {
  const endpoint = kind === 'systems' ? api.systems.import[':batchId'] : api.practices.import[':batchId'];
  const res = await endpoint.commit.$post(
    { param: { batchId }, query: { skipInvalid: options.skipInvalid ? 'true' : 'false' } },
    { init: { headers: { accept: NDJSON } } },
  );
  return readProgressStream<ImportCommit>(res as unknown as Response, onProgress);
}
