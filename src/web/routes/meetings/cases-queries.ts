import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, readJson, type SuccessBody } from '../../api/client.ts';

/** A case or problem (GET /api/community/cases). */
export type CommunityCase = SuccessBody<
  Awaited<ReturnType<typeof api.community.cases.$get>>
>['items'][number];

/** The body of POST /api/community/cases. */
export type NewCase = Parameters<typeof api.community.cases.$post>[0]['json'];

/** Cases: all, good cases only, or open problems only. */
export function useCases(filter: 'all' | 'good_case' | 'open') {
  return useQuery({
    queryKey: ['cases', filter],
    queryFn: async () =>
      readJson(
        await api.community.cases.$get({
          query: filter === 'all' ? {} : filter === 'open' ? { open: 'true' } : { kind: 'good_case' },
        }),
      ),
  });
}

/** Reports a case or a problem. */
export function useReportCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (json: NewCase) => readJson(await api.community.cases.$post({ json })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['cases'] }),
  });
}
