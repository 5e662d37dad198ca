import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, ifMatch, readJson, type SuccessBody } from '../../api/client.ts';

/** A saved scenario with the metrics of its latest run (GET /api/matching/scenarios). */
export type Scenario = SuccessBody<Awaited<ReturnType<typeof api.matching.scenarios.$get>>>['items'][number];

/** A scenario's settings: weights, rules, locks, forbidden pairs, exclusions and penalties. */
export type ScenarioSettings = Scenario['settings'];

/** What POST /api/matching/scenarios takes. */
export type ScenarioInput = Parameters<typeof api.matching.scenarios.$post>[0]['json'];

/** A run: its status and progress, then its result (GET /api/matching/runs/{id}). */
export type Run = SuccessBody<Awaited<ReturnType<(typeof api.matching.runs)[':id']['$get']>>>;

/** A finished run's result. */
export type RunResult = NonNullable<Run['result']>;

/** One proposed pair with its cost, term by term. */
export type Proposal = RunResult['proposals'][number];

/** The comparison figures of a run. */
export type RunMetrics = RunResult['metrics'];

/** How often a running calculation is polled. */
const POLL_MS = 400;

const scenariosKey = (fiscalYear: number) => ['matching', 'scenarios', fiscalYear] as const;
const runKey = (runId: string) => ['matching', 'runs', runId] as const;

/** The scenarios of a 年度, oldest first, each with its latest run's metrics. */
export function useScenarios(fiscalYear: number) {
  return useQuery({
    queryKey: scenariosKey(fiscalYear),
    queryFn: async () =>
      readJson(await api.matching.scenarios.$get({ query: { fiscalYear: String(fiscalYear) } })),
  });
}

/** A run, polled while it is running; a finished run does not change, so it is then kept. */
export function useRun(runId: string | null) {
  return useQuery({
    queryKey: runKey(runId ?? ''),
    enabled: runId !== null,
    queryFn: async () => readJson(await api.matching.runs[':id'].$get({ param: { id: runId ?? '' } })),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? POLL_MS : false),
    staleTime: (query) => (query.state.data?.status === 'running' ? 0 : Number.POSITIVE_INFINITY),
  });
}

/**
 * Saves a scenario and starts solving it (POST /api/matching/scenarios, then POST /api/matching/runs).
 * The new run is put in the cache as running at 0 %, so progress shows at once.
 */
export function useCreateAndRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: ScenarioInput) => {
      const scenario = await readJson(await api.matching.scenarios.$post({ json: input }));
      const run = await readJson(await api.matching.runs.$post({ json: { scenarioId: scenario.id } }));
      return { scenario, runId: run.id };
    },
    onSuccess: ({ scenario, runId }) => {
      seedRunningRun(client, runId, scenario.id);
      void client.invalidateQueries({ queryKey: scenariosKey(scenario.fiscalYear) });
    },
  });
}

/** Starts another run of a saved scenario (POST /api/matching/runs). */
export function useStartRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (scenario: Scenario) => {
      const run = await readJson(await api.matching.runs.$post({ json: { scenarioId: scenario.id } }));
      return { scenario, runId: run.id };
    },
    onSuccess: ({ scenario, runId }) => {
      seedRunningRun(client, runId, scenario.id);
      void client.invalidateQueries({ queryKey: scenariosKey(scenario.fiscalYear) });
    },
  });
}

function seedRunningRun(client: ReturnType<typeof useQueryClient>, runId: string, scenarioId: string) {
  const running: Run = { id: runId, scenarioId, status: 'running', progress: 0, error: null, result: null };
  client.setQueryData(runKey(runId), running);
}

/** Stops a running calculation (POST /api/matching/runs/{id}/cancel). */
export function useCancelRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (runId: string) =>
      readJson(await api.matching.runs[':id'].cancel.$post({ param: { id: runId } })),
    onSuccess: (run) => client.setQueryData(runKey(run.id), run),
  });
}

/** Accepts a finished run into the placement plan of its 年度 (POST /api/matching/runs/{id}/accept). */
export function useAcceptRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (runId: string) =>
      readJson(await api.matching.runs[':id'].accept.$post({ param: { id: runId } })),
    onSuccess: (accepted) => {
      void client.invalidateQueries({ queryKey: scenariosKey(accepted.fiscalYear) });
      void client.invalidateQueries({ queryKey: ['placement'] });
    },
  });
}

/** Refreshes a 年度's scenarios (after a run ends, its metrics join the comparison). */
export function useRefreshScenarios() {
  const client = useQueryClient();
  return useCallback(
    (fiscalYear: number) => client.invalidateQueries({ queryKey: scenariosKey(fiscalYear) }),
    [client],
  );
}

/** The programme's placement rules (GET /api/matching/rules): version 0 = the deck's defaults. */
export type RuleSet = SuccessBody<Awaited<ReturnType<typeof api.matching.rules.$get>>>;

/** One rule as the page edits it (what PUT /api/matching/rules takes). */
export type RuleInput = Parameters<typeof api.matching.rules.$put>[0]['json']['rules'][number];

const rulesKey = ['matching', 'rules'] as const;

/** The rules with their names, version and whether they are still the defaults. */
export function useRules() {
  return useQuery({ queryKey: rulesKey, queryFn: async () => readJson(await api.matching.rules.$get()) });
}

/**
 * Saves the whole set of rules (PUT /api/matching/rules) with If-Match of the version read, so a
 * change made meanwhile by someone else is refused (412) rather than overwritten.
 */
export function useSaveRules() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ rules, version }: { rules: RuleInput[]; version: number }) =>
      readJson(await api.matching.rules.$put({ json: { rules }, header: ifMatch(version) })),
    onSuccess: (saved) => client.setQueryData(rulesKey, saved),
  });
}
