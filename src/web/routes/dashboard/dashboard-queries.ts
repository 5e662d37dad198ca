import { useQuery } from '@tanstack/react-query';
import { api, readJson, type SuccessBody } from '../../api/client.ts';

/** The program dashboard of a 年度 (GET /api/dashboard). */
export type Dashboard = SuccessBody<Awaited<ReturnType<typeof api.dashboard.$get>>>;

/** One body on the schematic map. */
export type MapBody = Dashboard['map']['bodies'][number];

/** The dashboard figures of a 年度. */
export function useDashboard(fiscalYear: number) {
  return useQuery({
    queryKey: ['dashboard', fiscalYear],
    queryFn: async () => readJson(await api.dashboard.$get({ query: { fiscalYear: String(fiscalYear) } })),
  });
}

/** The skill distribution by job type — the skills feature's figures (GET /api/skills/distribution). */
export type SkillDistribution = SuccessBody<Awaited<ReturnType<typeof api.skills.distribution.$get>>>;

/** People and mean achievement per job type in a 年度, from the skills feature (linked, not recomputed). */
export function useSkillDistribution(fiscalYear: number) {
  return useQuery({
    queryKey: ['skills', 'distribution', fiscalYear],
    queryFn: async () =>
      readJson(await api.skills.distribution.$get({ query: { fiscalYear: String(fiscalYear) } })),
  });
}
