import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, readJson, type SuccessBody } from '../../api/client.ts';

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

/** The programme's settings (GET /api/settings). */
export type ProgrammeSettings = SuccessBody<Awaited<ReturnType<typeof api.settings.$get>>>;

/** The body of PATCH /api/settings. */
export type SettingsChange = Parameters<typeof api.settings.$patch>[0]['json'];

export function useProgrammeSettings() {
  return useQuery({
    queryKey: ['settings'],
    queryFn: async () => readJson(await api.settings.$get()),
  });
}

/** Changes the programme's settings as last read at `version` (admins); candidates are estimated again. */
export function useUpdateSettings(version: number | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (json: SettingsChange) =>
      readJson(await api.settings.$patch({ json, header: version === undefined ? {} : ifMatch(version) })),
    onSuccess: (settings) => {
      client.setQueryData(['settings'], settings);
      void client.invalidateQueries({ queryKey: ['procurement'] });
      void client.invalidateQueries({ queryKey: ['reports'] });
    },
  });
}
