import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, expectOk, ifMatch, readJson, type SuccessBody } from '../../api/client.ts';

/** The search dictionary (GET /api/search/synonyms). */
export type SynonymList = SuccessBody<Awaited<ReturnType<typeof api.search.synonyms.$get>>>;

/** One entry of the dictionary. */
export type Synonym = SynonymList['items'][number];

/** What an admin writes for an entry. */
export type SynonymDraft = { term: string; synonyms: string[]; note: string | null };

const KEY = ['search', 'synonyms'] as const;

/** The dictionary, by headword. */
export function useSynonyms() {
  return useQuery({ queryKey: KEY, queryFn: async () => readJson(await api.search.synonyms.$get()) });
}

/** Adds, changes (with If-Match) or removes (with If-Match) an entry; the list and searches refresh after. */
export function useSynonymWrites() {
  const client = useQueryClient();
  const refresh = () => {
    void client.invalidateQueries({ queryKey: KEY });
    void client.invalidateQueries({ queryKey: ['search'] });
  };
  const create = useMutation({
    mutationFn: async (json: SynonymDraft) => readJson(await api.search.synonyms.$post({ json })),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: async ({ entry, json }: { entry: Synonym; json: SynonymDraft }) =>
      readJson(
        await api.search.synonyms[':id'].$put({
          param: { id: String(entry.id) },
          json,
          header: ifMatch(entry.version),
        }),
      ),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: async (entry: Synonym) =>
      expectOk(
        await api.search.synonyms[':id'].$delete({
          param: { id: String(entry.id) },
          header: ifMatch(entry.version),
        }),
      ),
    onSuccess: refresh,
  });
  return { create, update, remove };
}
