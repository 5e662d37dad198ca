/**
 * The placement cost model: what a (person, post) pair costs, term by term, so every proposal can be
 * explained. Costs are integer points (ties are exact, results deterministic). The server computes the
 * features from the database; this module only weighs them. Pure: imports nothing of ours.
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
  /** The post's body is one the person served in within the no-return window (not counting staying). */
  returnsToRecentBody: boolean;
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
  tenure: number;
  crossBoundary: number;
};

export type Rules = {
  /** No return to a body served in within this many 年度 (0 = rule off). */
  noReturnYears: number;
  /** Moving earlier than this many years in a post costs the tenure weight. */
  minTenureYears: number;
  /** Staying this many years or longer costs the tenure weight. */
  maxTenureYears: number;
};

export const DEFAULT_WEIGHTS: Weights = {
  jobType: 100,
  skill: 30,
  preference: 60,
  distance: 20,
  continuity: 40,
  tenure: 50,
  crossBoundary: 30,
};

export const DEFAULT_RULES: Rules = { noReturnYears: 3, minTenureYears: 2, maxTenureYears: 5 };

export type CostTermCode =
  | 'jobType'
  | 'skill'
  | 'preference'
  | 'distance'
  | 'continuity'
  | 'tenure'
  | 'crossBoundary';

export type CostTerm = { term: CostTermCode; points: number; reason: string };

export type PairCost =
  | { admissible: true; total: number; terms: CostTerm[] }
  | { admissible: false; reason: string };

const DISTANCE_UNIT_KM = 50;

/**
 * Weighs one pair. Inadmissible pairs (the no-return rule) never reach the solver; every other pair
 * gets the sum of its terms, each ≥ 0, with a Japanese reason for the explanation.
 */
export function pairCost(f: PairFeatures, w: Weights, rules: Rules): PairCost {
  if (rules.noReturnYears > 0 && f.returnsToRecentBody && !f.isCurrentPost) {
    return { admissible: false, reason: `直近${rules.noReturnYears}年度以内に勤務した団体には戻れません` };
  }
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

  if (f.isCurrentPost && f.tenureYears >= rules.maxTenureYears) {
    add('tenure', w.tenure, `在任${f.tenureYears}年で上限（${rules.maxTenureYears}年）に達する`);
  } else if (!f.isCurrentPost && f.hasCurrentPost && f.tenureYears < rules.minTenureYears) {
    add('tenure', w.tenure, `在任${f.tenureYears}年で最短在任（${rules.minTenureYears}年）未満の異動`);
  } else add('tenure', 0, '在任期間の条件を満たす');

  const dueToMove = f.hasCurrentPost && f.tenureYears >= rules.minTenureYears;
  if (dueToMove && f.neverCrossed && !f.crossesBoundary && !f.isCurrentPost) {
    add('crossBoundary', w.crossBoundary, '県・市町の枠を越える経験がないまま同じ種類の団体へ異動');
  } else if (dueToMove && f.neverCrossed && f.isCurrentPost) {
    add('crossBoundary', w.crossBoundary, '県・市町の枠を越える経験がないまま留任');
  } else add('crossBoundary', 0, f.crossesBoundary ? '県・市町の枠を越える異動' : '―');

  return { admissible: true, total: terms.reduce((s, t) => s + t.points, 0), terms };
}
