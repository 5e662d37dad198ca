import { z } from '@hono/zod-openapi';
import { DEFAULT_RULES, DEFAULT_WEIGHTS } from '../../../optimizer/cost-model.ts';

const weight = z.number().int().min(0).max(1000);
const pair = z.object({ personId: z.uuid(), postId: z.uuid() });

export const WeightsSchema = z
  .object({
    jobType: weight.default(DEFAULT_WEIGHTS.jobType),
    skill: weight.default(DEFAULT_WEIGHTS.skill),
    preference: weight.default(DEFAULT_WEIGHTS.preference),
    distance: weight.default(DEFAULT_WEIGHTS.distance),
    continuity: weight.default(DEFAULT_WEIGHTS.continuity),
    tenure: weight.default(DEFAULT_WEIGHTS.tenure),
    crossBoundary: weight.default(DEFAULT_WEIGHTS.crossBoundary),
  })
  .openapi('MatchingWeights');

export const RulesSchema = z
  .object({
    noReturnYears: z.number().int().min(0).max(10).default(DEFAULT_RULES.noReturnYears),
    minTenureYears: z.number().int().min(0).max(10).default(DEFAULT_RULES.minTenureYears),
    maxTenureYears: z.number().int().min(1).max(20).default(DEFAULT_RULES.maxTenureYears),
  })
  .refine((r) => r.minTenureYears <= r.maxTenureYears, {
    message: '最短在任は最長在任以下にしてください',
    path: ['minTenureYears'],
  })
  .openapi('MatchingRules');

export const CreateScenarioSchema = z
  .object({
    fiscalYear: z.number().int().min(2020).max(2100),
    name: z.string().trim().min(1).max(100),
    weights: WeightsSchema.default(WeightsSchema.parse({})),
    rules: RulesSchema.default(RulesSchema.parse({})),
    locks: z.array(pair).max(1000).default([]),
    forbidden: z.array(pair).max(10000).default([]),
    excludedPeople: z.array(z.uuid()).max(10000).default([]),
    excludedPosts: z.array(z.uuid()).max(10000).default([]),
    unfilledPostCost: z.number().int().min(0).max(100000).default(300),
    unassignedPersonCost: z.number().int().min(0).max(100000).default(500),
  })
  .openapi('CreateScenario');

export type CreateScenarioInput = z.infer<typeof CreateScenarioSchema>;

/** What a scenario stores: everything but its 年度 and name. Parsed again on every read. */
export const SettingsSchema = CreateScenarioSchema.omit({ fiscalYear: true, name: true });
export type MatchingSettings = z.infer<typeof SettingsSchema>;

export const StartRunSchema = z.object({ scenarioId: z.uuid() }).openapi('StartMatchingRun');

const TermSchema = z.object({ term: z.string(), points: z.number(), reason: z.string() });

export const ProposalSchema = z.object({
  personId: z.string(),
  personName: z.string(),
  postId: z.string(),
  orgCode: z.string(),
  orgName: z.string(),
  postTitle: z.string(),
  move: z.enum(['stay', 'move', 'new']),
  total: z.number(),
  terms: z.array(TermSchema),
});

export const MetricsSchema = z
  .object({
    totalCost: z.number(),
    people: z.number().int(),
    posts: z.number().int(),
    postsFilled: z.number().int(),
    preferencesMet: z.number().int(),
    firstChoices: z.number().int(),
    moves: z.number().int(),
    unassigned: z.number().int(),
  })
  .openapi('MatchingMetrics');

export const RunResultSchema = z.object({
  proposals: z.array(ProposalSchema),
  unfilledPosts: z.array(z.object({ postId: z.string(), orgName: z.string(), postTitle: z.string() })),
  unassignedPeople: z.array(z.object({ personId: z.string(), personName: z.string() })),
  metrics: MetricsSchema,
  pairsConsidered: z.number().int(),
  solveMs: z.number(),
});

export type RunResult = z.infer<typeof RunResultSchema>;

export const RunSchema = z
  .object({
    id: z.string(),
    scenarioId: z.string(),
    status: z.enum(['running', 'done', 'failed', 'cancelled']),
    progress: z.number(),
    error: z.string().nullable(),
    result: RunResultSchema.nullable(),
  })
  .openapi('MatchingRun');

export const ScenarioSchema = z
  .object({
    id: z.string(),
    fiscalYear: z.number().int(),
    name: z.string(),
    settings: SettingsSchema,
    accepted: z.boolean(),
    latestRun: z.object({ id: z.string(), status: z.string(), metrics: MetricsSchema.nullable() }).nullable(),
  })
  .openapi('MatchingScenario');
