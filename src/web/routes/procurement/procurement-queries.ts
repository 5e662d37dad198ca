import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, readJson, type SuccessBody } from '../../api/client.ts';

export type Candidates = SuccessBody<Awaited<ReturnType<typeof api.procurement.candidates.$get>>>;
export type Alerts = SuccessBody<Awaited<ReturnType<typeof api.procurement.alerts.$get>>>;
export type JointSystems = SuccessBody<
  Awaited<ReturnType<(typeof api.procurement)['joint-systems']['$get']>>
>;

/** Joint-procurement candidates for a window of months from today. */
export function useCandidates(windowMonths: number) {
  return useQuery({
    queryKey: ['procurement', 'candidates', windowMonths],
    queryFn: async () =>
      readJson(await api.procurement.candidates.$get({ query: { windowMonths: String(windowMonths) } })),
    placeholderData: keepPreviousData,
  });
}

/** Contract-expiry alerts of a body (the user's own when orgCode is empty). */
export function useAlerts(monthsAhead: number, orgCode: string) {
  return useQuery({
    queryKey: ['procurement', 'alerts', monthsAhead, orgCode],
    queryFn: async () =>
      readJson(
        await api.procurement.alerts.$get({
          query: { monthsAhead: String(monthsAhead), ...(orgCode ? { orgCode } : {}) },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useJointSystems() {
  return useQuery({
    queryKey: ['procurement', 'joint-systems'],
    queryFn: async () => readJson(await api.procurement['joint-systems'].$get()),
  });
}
