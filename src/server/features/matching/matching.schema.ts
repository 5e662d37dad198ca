import { z } from '@hono/zod-openapi';
import { DEFAULT_WEIGHTS } from '../../../optimizer/cost-model.ts';

const weight = z.number().int().min(0).max(1000);
const pair = z.object({ personId: z.uuid(), postId: z.uuid() });

export const WeightsSchema = z
  .object({
    jobType: weight.default(DEFAULT_WEIGHTS.jobType),
    skill: weight.default(DEFAULT_WEIGHTS.skill),
    preference: weight.default(DEFAULT_WEIGHTS.preference),
    distance: weight.default(DEFAULT_WEIGHTS.distance),
    continuity: weight.default(DEFAULT_WEIGHTS.continuity),
    crossBoundary: weight.default(DEFAULT_WEIGHTS.crossBoundary),
  })
  .openapi('MatchingWeights');

export const CreateScenarioSchema = z
  .object({
    fiscalYear: z.number().int().min(2020).max(2100),
    name: z.string().trim().min(1).max(100),
    weights: WeightsSchema.default(WeightsSchema.parse({})),
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

const TermSchema = z.object({
  term: z.string(),
  points: z.number(),
  reason: z.string(),
  ruleId: z.string().optional(),
});

export const ProposalSchema = z.object({
  personId: z.string(),
  personName: z.string(),
  postId: z.string(),
  orgCode: z.string(),
  orgName: z.string(),
  postTitle: z.string(),
  priority: z.number().int().default(0),
  priorityLabel: z.string().default('通常'),
  move: z.enum(['stay', 'move', 'new']),
  total: z.number(),
  terms: z.array(TermSchema),
});

/** Slots of a tier that a change would leave empty (compared with the plan). */
const TierLossSchema = z.object({ label: z.string(), count: z.number().int() });
/** One person's post before → after a change (post labels; null = no post). */
const ChangeSchema = z.object({
  personName: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});

const AlternativeSchema = z.object({
  postId: z.string(),
  orgName: z.string(),
  postTitle: z.string(),
  extraCost: z.number().openapi({ description: 'この配置を選んだ場合に増える総コスト（厳密値）' }),
  tierLosses: z.array(TierLossSchema),
  changes: z.array(ChangeSchema),
  proven: z.boolean().openapi({ description: 'false: 計算の上限で打ち切ったため最善とは限らない' }),
});

const WishSchema = z.object({
  orgCode: z.string(),
  orgName: z.string(),
  outcome: z.enum(['granted', 'forbidden', 'costly', 'noPost']),
  rules: z.array(z.string()).openapi({ description: '希望した団体のポストを禁じているルール' }),
  extraCost: z.number().nullable(),
  tierLosses: z.array(TierLossSchema),
});

export const PersonExplanationSchema = z.object({
  personId: z.string(),
  personName: z.string(),
  postId: z.string().nullable(),
  placedBy: z.string().nullable().openapi({ description: '最適化の前に配置したルール・ロック' }),
  alternative: AlternativeSchema.nullable(),
  wishes: z.array(WishSchema),
});

const UnfilledWhySchema = z.object({
  kind: z.enum(['closed', 'nobodyAllowed', 'wouldCost', 'notComputed']),
  summary: z.string(),
  blockers: z.array(z.object({ reason: z.string(), people: z.array(z.string()) })),
  fill: z
    .object({
      personName: z.string(),
      extraCost: z.number(),
      tierLosses: z.array(TierLossSchema),
      changes: z.array(ChangeSchema),
      proven: z.boolean(),
    })
    .nullable(),
});

const ConflictSchema = z.object({
  rule: z.string().nullable(),
  message: z.string(),
  orgName: z.string().nullable(),
  postTitle: z.string().nullable(),
  people: z.array(z.string()),
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
    tiers: z
      .array(
        z.object({
          priority: z.number().int(),
          label: z.string(),
          slots: z.number().int(),
          filled: z.number().int(),
        }),
      )
      .default([]),
    ruleBreaks: z.number().int().default(0).openapi({ description: '守れなかった「必ず守る」ルールの数' }),
    penaltyHits: z.number().int().default(0).openapi({ description: '減点ルールに反した配置の数' }),
    penaltyPoints: z.number().default(0),
  })
  .openapi('MatchingMetrics');

export const RunResultSchema = z.object({
  fiscalYear: z.number().int().nullable().default(null),
  proposals: z.array(ProposalSchema),
  unfilledPosts: z.array(
    z.object({
      postId: z.string(),
      orgName: z.string(),
      postTitle: z.string(),
      priority: z.number().int().default(0),
      priorityLabel: z.string().default('通常'),
      why: UnfilledWhySchema.nullable().default(null),
    }),
  ),
  unassignedPeople: z.array(z.object({ personId: z.string(), personName: z.string() })),
  /** Why each person is where they are not: best alternative and their wishes. */
  people: z.array(PersonExplanationSchema).default([]),
  /** Hard rules (and locks) that could not all hold. Acceptance is refused while there are any. */
  conflicts: z.array(ConflictSchema).default([]),
  /** People a hard rule keeps out of every post (e.g. a 任期付 contract that has ended). */
  notCandidates: z
    .array(z.object({ personId: z.string(), personName: z.string(), rule: z.string() }))
    .default([]),
  rules: z
    .array(z.object({ id: z.string(), description: z.string(), enforcement: z.enum(['hard', 'penalty']) }))
    .default([]),
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
