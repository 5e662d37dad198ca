import {
  keepPreviousData,
  type QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, expectOk, ifMatch, readJson, type SuccessBody } from '../../api/client.ts';

export type PracticeList = SuccessBody<Awaited<ReturnType<typeof api.practices.$get>>>;
export type PracticeItem = PracticeList['items'][number];
export type PracticeDetail = SuccessBody<Awaited<ReturnType<(typeof api.practices)[':id']['$get']>>>;
export type PracticesQuery = NonNullable<Parameters<typeof api.practices.$get>[0]>['query'];

/** The body of POST /api/practices. */
export type NewPractice = Parameters<typeof api.practices.$post>[0]['json'];

/** The body of PATCH /api/practices/{id}. */
export type PracticeChange = Parameters<(typeof api.practices)[':id']['$patch']>[0]['json'];

/** A page of initiatives, filtered on the server. */
export function usePractices(query: PracticesQuery) {
  return useQuery({
    queryKey: ['practices', 'list', query],
    queryFn: async () => readJson(await api.practices.$get({ query })),
    placeholderData: keepPreviousData,
  });
}

/** One initiative with attachments, comments and adoptions. */
export function usePractice(id: string) {
  return useQuery({
    queryKey: ['practices', 'one', id],
    queryFn: async () => readJson(await api.practices[':id'].$get({ param: { id } })),
  });
}

/** Posts a comment; the answer is the initiative as it now is. */
export function useAddComment(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: string) =>
      readJson(await api.practices[':id'].comments.$post({ param: { id }, json: { body } })),
    onSuccess: (detail) => client.setQueryData(['practices', 'one', id], detail),
  });
}

/** Records or withdraws 「うちも導入しました」 for the user's body. */
export function useAdoption(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { adopted: boolean; note?: string }) =>
      readJson(
        input.adopted
          ? await api.practices[':id'].adoptions.$put({ param: { id }, json: { note: input.note || null } })
          : await api.practices[':id'].adoptions.$delete({ param: { id }, query: {} }),
      ),
    onSuccess: (detail) => {
      client.setQueryData(['practices', 'one', id], detail);
      void client.invalidateQueries({ queryKey: ['practices', 'list'] });
    },
  });
}

/** After a change to an initiative: the lists and search are stale (the initiative itself is refetched). */
function refreshAfterPracticeChange(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: ['practices', 'list'] });
  void client.invalidateQueries({ queryKey: ['search'] });
}

/** Registers an initiative (POST /api/practices). */
export function useCreatePractice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (json: NewPractice) => readJson(await api.practices.$post({ json })),
    onSuccess: () => refreshAfterPracticeChange(client),
  });
}

/**
 * Changes an initiative (PATCH /api/practices/{id}) as last read at `version`: the API refuses with
 * 412 when someone else changed it since.
 */
export function useUpdatePractice(id: string, version: number | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (json: PracticeChange) =>
      readJson(
        await api.practices[':id'].$patch({
          param: { id },
          json,
          header: version === undefined ? {} : ifMatch(version),
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['practices', 'one', id] });
      refreshAfterPracticeChange(client);
    },
  });
}

/**
 * Deletes an initiative with its attachments, comments and adoptions (DELETE /api/practices/{id}) as
 * last read at `version` (412 if changed since).
 */
export function useDeletePractice(id: string, version: number | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      expectOk(
        await api.practices[':id'].$delete({
          param: { id },
          header: version === undefined ? {} : ifMatch(version),
        }),
      ),
    onSuccess: () => {
      // Forget it rather than refetch: coming back to its page then asks the server (404), not the cache.
      client.removeQueries({ queryKey: ['practices', 'one', id] });
      refreshAfterPracticeChange(client);
    },
  });
}
