import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, readJson, type SuccessBody } from '../../api/client.ts';

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

/** The body of PATCH /api/community/cases/{id}. */
export type CaseChange = Parameters<(typeof api.community.cases)[':id']['$patch']>[0]['json'];

/** One case with its status, response and linked practice. */
export function useCase(id: string) {
  return useQuery({
    queryKey: ['cases', 'one', id],
    queryFn: async () => readJson(await api.community.cases[':id'].$get({ param: { id } })),
  });
}

/** The cases linked to a good practice (the other way round from the case's own link). */
export function useCasesOfPractice(practiceId: number) {
  return useQuery({
    queryKey: ['cases', 'practice', practiceId],
    queryFn: async () =>
      readJson(await api.community.cases.$get({ query: { practiceId: String(practiceId) } })),
  });
}

/** Takes a case along to closure, as last read at `version` (412 when someone changed it since). */
export function useUpdateCase(id: string, version: number | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (json: CaseChange) =>
      readJson(
        await api.community.cases[':id'].$patch({
          param: { id },
          json,
          header: version === undefined ? {} : ifMatch(version),
        }),
      ),
    onSuccess: (row) => {
      client.setQueryData(['cases', 'one', id], row);
      void client.invalidateQueries({
        predicate: (q) => q.queryKey[0] === 'cases' && q.queryKey[1] !== 'one',
      });
      void client.invalidateQueries({ queryKey: ['history'] });
    },
  });
}

/** Good practices whose text matches `q` (the practice list's search), for choosing one to link. */
export function usePracticeSearch(q: string) {
  return useQuery({
    queryKey: ['practices', 'list', { q, limit: '10' }],
    queryFn: async () => readJson(await api.practices.$get({ query: { q, limit: '10' } })),
    enabled: q.trim() !== '',
  });
}
