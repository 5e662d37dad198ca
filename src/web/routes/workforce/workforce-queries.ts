import { useQuery } from '@tanstack/react-query';
import { api, readJson, type SuccessBody } from '../../api/client.ts';

/** The projection (GET /api/workforce/projection). */
export type Projection = SuccessBody<Awaited<ReturnType<typeof api.workforce.projection.$get>>>;

/** The parameters an officer sets. */
export type ProjectionParams = { fromFiscalYear: number; years: number; leaveRatePercent: number };

/** The workforce projection for the given parameters. */
export function useProjection(p: ProjectionParams) {
  return useQuery({
    queryKey: ['workforce', 'projection', p],
    queryFn: async () =>
      readJson(
        await api.workforce.projection.$get({
          query: {
            fromFiscalYear: String(p.fromFiscalYear),
            years: String(p.years),
            leaveRatePercent: String(p.leaveRatePercent),
          },
        }),
      ),
  });
}
