import type { Proposal, ScenarioInput } from './matching-queries.ts';

/** The weights of the cost model, keyed as the API names them. */
export type WeightKey = keyof NonNullable<ScenarioInput['weights']>;

/** Each weight: its Japanese label (also the explanation's 項目) and what it weighs. */
export const WEIGHT_FIELDS: readonly { key: WeightKey; label: string; hint: string }[] = [
  {
    key: 'jobType',
    label: 'ジョブタイプ適合',
    hint: 'ポストが求めるジョブタイプが主でも副でもないときの点数',
  },
  { key: 'skill', label: 'スキル水準', hint: '求めるレベルに1段階足りないごとの点数' },
  {
    key: 'preference',
    label: '勤務希望地',
    hint: '勤務希望地にない団体への配属の点数（希望順位に応じて按分）',
  },
  { key: 'distance', label: '通勤距離', hint: '拠点から50kmごとの点数' },
  { key: 'continuity', label: '継続性', hint: '現在のポストから異動するときの点数' },
  {
    key: 'crossBoundary',
    label: '県・市町の枠を越える経験',
    hint: '県と市町の両方を経験しないまま異動・留任するときの点数',
  },
];

/** The label of a cost term code in an explanation (unknown codes are shown as they are). */
export function termLabel(term: string): string {
  if (term === 'rule') return 'ルール（減点）';
  return WEIGHT_FIELDS.find((f) => f.key === term)?.label ?? term;
}

/**
 * The server's defaults (src/optimizer/cost-model.ts DEFAULT_WEIGHTS and the penalties of
 * matching.schema.ts). The web may not import the optimizer, so they are repeated here; the API
 * applies its own defaults to anything omitted. The programme's rules are edited on their own page.
 */
export const DEFAULT_SETTINGS = {
  weights: {
    jobType: 100,
    skill: 30,
    preference: 60,
    distance: 20,
    continuity: 40,
    crossBoundary: 30,
  },
  unfilledPostCost: 300,
  unassignedPersonCost: 500,
} as const;

/** 継続 / 異動 / 新規 for a proposal's kind of move. */
export const MOVE_LABELS: Record<Proposal['move'], string> = {
  stay: '継続',
  move: '異動',
  new: '新規',
};
