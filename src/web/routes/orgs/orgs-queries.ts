import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, readJson, type SuccessBody } from '../../api/client.ts';

/** A body (団体) as GET /api/orgs returns it, with the 年度 it took part in the share. */
export type Org = SuccessBody<Awaited<ReturnType<typeof api.orgs.$get>>>['items'][number];

/** All 24 bodies (GET /api/orgs); shared reference data, so cached for the session. */
export function useOrgs() {
  return useQuery({
    queryKey: ['orgs'],
    queryFn: async () => readJson(await api.orgs.$get()),
    staleTime: 5 * 60_000,
  });
}

/** One body (GET /api/orgs/{code}). */
export function useOrg(code: string) {
  return useQuery({
    queryKey: ['orgs', code],
    queryFn: async () => readJson(await api.orgs[':code'].$get({ param: { code } })),
  });
}

/** A body's profile for a 年度 (GET /api/orgs/{code}/profiles). */
export type OrgProfile = SuccessBody<
  Awaited<ReturnType<(typeof api.orgs)[':code']['profiles']['$get']>>
>['items'][number];

/** The body of PUT /api/orgs/{code}/profiles/{fiscalYear}. */
export type OrgProfileInput = Parameters<
  (typeof api.orgs)[':code']['profiles'][':fiscalYear']['$put']
>[0]['json'];

/** A body's profiles by 年度, oldest first. */
export function useOrgProfiles(code: string) {
  return useQuery({
    queryKey: ['orgs', code, 'profiles'],
    queryFn: async () => readJson(await api.orgs[':code'].profiles.$get({ param: { code } })),
  });
}

/** Records a body's profile for a 年度, as last read at `version` (none: a new 年度). */
export function useSaveOrgProfile(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { fiscalYear: number; version: number | null; json: OrgProfileInput }) =>
      readJson(
        await api.orgs[':code'].profiles[':fiscalYear'].$put({
          param: { code, fiscalYear: String(input.fiscalYear) },
          json: input.json,
          header: input.version === null ? {} : ifMatch(input.version),
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['orgs', code, 'profiles'] }),
  });
}
