import { useQuery } from '@tanstack/react-query';
import { api, readJson, type SuccessBody } from '../../api/client.ts';

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
