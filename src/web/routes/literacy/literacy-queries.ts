import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, readJson, type SuccessBody } from '../../api/client.ts';

/** The training menu with sessions (GET /api/literacy/courses). */
export type Course = SuccessBody<Awaited<ReturnType<typeof api.literacy.courses.$get>>>['items'][number];

/** The training menu of p.28. */
export function useCourses() {
  return useQuery({
    queryKey: ['literacy', 'courses'],
    queryFn: async () => readJson(await api.literacy.courses.$get()),
  });
}

/** Participation in a 年度, summed from the per-body records. */
export function useParticipation(fiscalYear: number) {
  return useQuery({
    queryKey: ['literacy', 'participation', fiscalYear],
    queryFn: async () =>
      readJson(await api.literacy.participation.$get({ query: { fiscalYear: String(fiscalYear) } })),
  });
}

/** Records a body's participant count in a session. */
export function useRecordParticipation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (v: { sessionId: string; orgCode: string; participants: number }) =>
      readJson(
        await api.literacy.sessions[':id'].participation[':orgCode'].$put({
          param: { id: v.sessionId, orgCode: v.orgCode },
          json: { participants: v.participants },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['literacy'] });
      void client.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}
