import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, readJson, type SuccessBody } from '../../api/client.ts';

export type PracticeList = SuccessBody<Awaited<ReturnType<typeof api.practices.$get>>>;
export type PracticeItem = PracticeList['items'][number];
export type PracticeDetail = SuccessBody<Awaited<ReturnType<(typeof api.practices)[':id']['$get']>>>;
export type PracticesQuery = NonNullable<Parameters<typeof api.practices.$get>[0]>['query'];

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
