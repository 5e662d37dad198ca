import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, expectOk, ifMatch, readJson, type SuccessBody } from '../../api/client.ts';

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

/** Target organisations against the people placed, per body (GET /api/workforce/targets/progress). */
export type TargetProgress = SuccessBody<Awaited<ReturnType<typeof api.workforce.targets.progress.$get>>>;

/** A role of a target organisation (GET /api/workforce/targets). */
export type TargetRole = SuccessBody<Awaited<ReturnType<typeof api.workforce.targets.$get>>>['items'][number];

/** The body of PATCH /api/workforce/targets/{id}. */
export type TargetChange = Parameters<(typeof api.workforce.targets)[':id']['$patch']>[0]['json'];

/** Each body's target organisation against its people in a 年度. */
export function useTargetProgress(fiscalYear: number, enabled = true) {
  return useQuery({
    queryKey: ['workforce', 'progress', fiscalYear],
    queryFn: async () =>
      readJson(await api.workforce.targets.progress.$get({ query: { fiscalYear: String(fiscalYear) } })),
    enabled,
  });
}

/** Every role of every body's target organisation (with its version, for changes). */
export function useTargets(enabled = true) {
  return useQuery({
    queryKey: ['workforce', 'targets'],
    queryFn: async () => readJson(await api.workforce.targets.$get()),
    enabled,
  });
}

const refreshTargets = (client: ReturnType<typeof useQueryClient>) =>
  client.invalidateQueries({ queryKey: ['workforce'] });

/** Changes a role as last read at `version` (412 when someone changed it since). */
export function useUpdateTarget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, json }: { id: string; version: number; json: TargetChange }) =>
      readJson(await api.workforce.targets[':id'].$patch({ param: { id }, json, header: ifMatch(version) })),
    onSuccess: () => refreshTargets(client),
  });
}

/** Removes a role as last read at `version`. */
export function useDeleteTarget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) =>
      expectOk(await api.workforce.targets[':id'].$delete({ param: { id }, header: ifMatch(version) })),
    onSuccess: () => refreshTargets(client),
  });
}
