/**
 * The placement cost model: what a (person, post) pair costs, term by term, so every proposal can be
 * explained. Costs are integer points (ties are exact, results deterministic). The server computes the
 * features from the database; this module only weighs them. The programme's rules (tenure, no return,
 * moves between bodies …) are data of their own (src/domain/matching-rules.ts) and add their penalty
 * points beside these terms. Pure: imports nothing of ours.
 */

/** What the server knows about one candidate pair. */
export type PairFeatures = {
  /** Whether the post's wanted job type is the person's primary, secondary, or neither. */
  jobTypeMatch: 'primary' | 'secondary' | 'none';
  /** Levels by which the person's skill in the wanted job type falls short of the post's wanted level. */
  skillShortfall: number;
  /** 1-based rank of the post's body in the person's desired work locations, or null if not listed. */
  preferenceRank: number | null;
  /** Length of the person's preference list (for scaling). */
  preferenceCount: number;
  /** Distance from the person's home base to the post's body, or null if unknown. */
  distanceKm: number | null;
  /** The person holds this very post now. */
  isCurrentPost: boolean;
  /** The person holds some post now. */
  hasCurrentPost: boolean;
  /** Years served in the current post by the 年度 being planned (0 without one). */
  tenureYears: number;
  /** The post is of the other kind of body (県 ↔ 市町) than every body the person has served in. */
  crossesBoundary: boolean;
  /** The person has served in only one kind of body so far. */
  neverCrossed: boolean;
};

export type Weights = {
  jobType: number;
  skill: number;
  preference: number;
  distance: number;
  continuity: number;
  crossBoundary: number;
};

/** Parameters of the terms that are not weights. */
export type CostSettings = {
  /** A person with at least this many years in the current post is due to move (cross-boundary term). */
  dueToMoveYears: number;
};

export const DEFAULT_WEIGHTS: Weights = {
  jobType: 100,
  skill: 30,
  preference: 60,
  distance: 20,
  continuity: 40,
  crossBoundary: 30,
};

export const DEFAULT_COST_SETTINGS: CostSettings = { dueToMoveYears: 2 };

/** The model's own terms, and `rule` for a penalty rule's points (named by `ruleId`). */
export type CostTermCode =
  | 'jobType'
  | 'skill'
  | 'preference'
  | 'distance'
  | 'continuity'
  | 'crossBoundary'
  | 'rule';

export type CostTerm = { term: CostTermCode; points: number; reason: string; ruleId?: string | undefined };

export type PairCost = { total: number; terms: CostTerm[] };

const DISTANCE_UNIT_KM = 50;

/** Weighs one pair: the sum of its terms, each ≥ 0, with a Japanese reason for the explanation. */
export function pairCost(
  f: PairFeatures,
  w: Weights,
  settings: CostSettings = DEFAULT_COST_SETTINGS,
): PairCost {
  const terms: CostTerm[] = [];
  const add = (term: CostTermCode, points: number, reason: string) => {
    terms.push({ term, points: Math.max(0, Math.round(points)), reason });
  };

  if (f.jobTypeMatch === 'primary') add('jobType', 0, '主なジョブタイプが一致');
  else if (f.jobTypeMatch === 'secondary') add('jobType', w.jobType / 2, '副ジョブタイプで一致');
  else add('jobType', w.jobType, 'ジョブタイプが一致しない');

  add(
    'skill',
    w.skill * f.skillShortfall,
    f.skillShortfall > 0 ? `求めるレベルに${f.skillShortfall}不足` : 'スキルレベルを満たす',
  );

  if (f.preferenceRank === null) add('preference', w.preference, '勤務希望地にない');
  else {
    const scale = Math.max(1, f.preferenceCount);
    add('preference', (w.preference * (f.preferenceRank - 1)) / scale, `勤務希望 第${f.preferenceRank}希望`);
  }

  if (f.distanceKm === null) add('distance', 0, '距離不明');
  else
    add(
      'distance',
      (w.distance * f.distanceKm) / DISTANCE_UNIT_KM,
      `拠点から約${Math.round(f.distanceKm)}km`,
    );

  if (f.isCurrentPost) add('continuity', 0, '現ポストに継続');
  else add('continuity', f.hasCurrentPost ? w.continuity : 0, f.hasCurrentPost ? '異動' : '新規配属');

  const dueToMove = f.hasCurrentPost && f.tenureYears >= settings.dueToMoveYears;
  if (dueToMove && f.neverCrossed && !f.crossesBoundary && !f.isCurrentPost) {
    add('crossBoundary', w.crossBoundary, '県・市町の枠を越える経験がないまま同じ種類の団体へ異動');
  } else if (dueToMove && f.neverCrossed && f.isCurrentPost) {
    add('crossBoundary', w.crossBoundary, '県・市町の枠を越える経験がないまま留任');
  } else add('crossBoundary', 0, f.crossesBoundary ? '県・市町の枠を越える異動' : '―');

  return { total: terms.reduce((s, t) => s + t.points, 0), terms };
}
