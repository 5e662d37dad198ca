import { JOB_TYPES, type JobTypeCode } from '../../../domain/job-types.ts';
import { SKILL_ITEMS } from '../../../domain/skills/catalogue.ts';
import type { SheetComputation } from './compute-sheet-summary.ts';

/**
 * Groups smaller than this are shown without achievement or gaps to roles that may not see the
 * individual evaluations behind them (a group of one or two is one or two people's evaluation).
 */
export const MIN_GROUP_SIZE = 3;

/** Achievement bands for the distribution chart: [from, to) in percent, the last one closed. */
export const ACHIEVEMENT_BANDS = [
  { from: 0, to: 25, label: '25%未満' },
  { from: 25, to: 50, label: '25〜50%' },
  { from: 50, to: 75, label: '50〜75%' },
  { from: 75, to: 100, label: '75%以上' },
] as const;

/** One person in an aggregate: the job type they count under and their sheet of the 年度, if any. */
export type GroupEntry = { jobType: JobTypeCode; computation: SheetComputation | null };

export type ItemGap = { itemCode: string; name: string; summedGap: number; peopleBelowTarget: number };

/** Figures of one group (a job type, or everybody). */
export type GroupFigures = {
  headcount: number;
  assessed: number;
  meanAchievement: number | null;
  topGaps: ItemGap[];
  bands: { label: string; count: number }[];
  suppressed: boolean;
};

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Headcount, sheets, mean achievement, the items with the largest summed gap, and achievement bands. */
export function figuresOf(
  entries: readonly GroupEntry[],
  options: { suppress: boolean; topGaps?: number },
): GroupFigures {
  const sheets = entries.flatMap((e) => (e.computation ? [e.computation] : []));
  const suppressed = options.suppress && sheets.length > 0 && sheets.length < MIN_GROUP_SIZE;
  const sums = new Map<string, { summedGap: number; peopleBelowTarget: number }>();
  for (const s of sheets) {
    for (const g of s.gaps) {
      const cur = sums.get(g.item) ?? { summedGap: 0, peopleBelowTarget: 0 };
      sums.set(g.item, { summedGap: cur.summedGap + g.gap, peopleBelowTarget: cur.peopleBelowTarget + 1 });
    }
  }
  // SKILL_ITEMS order, then a stable sort: ties stay in catalogue order.
  const topGaps = SKILL_ITEMS.flatMap((i) => {
    const s = sums.get(i.code);
    return s ? [{ itemCode: i.code, name: i.name, ...s }] : [];
  })
    .sort((a, b) => b.summedGap - a.summedGap)
    .slice(0, options.topGaps ?? 5);
  const bands = ACHIEVEMENT_BANDS.map((b, i) => ({
    label: b.label,
    count: sheets.filter(
      (s) =>
        s.achievementPercent >= b.from &&
        (i === ACHIEVEMENT_BANDS.length - 1 ? s.achievementPercent <= b.to : s.achievementPercent < b.to),
    ).length,
  }));
  const mean =
    sheets.length === 0
      ? null
      : round1(sheets.reduce((sum, s) => sum + s.achievementPercent, 0) / sheets.length);
  return {
    headcount: entries.length,
    assessed: sheets.length,
    meanAchievement: suppressed ? null : mean,
    topGaps: suppressed ? [] : topGaps,
    bands: suppressed ? [] : bands,
    suppressed,
  };
}

/** The figures per job type, in ①–⑩ order; job types with nobody are left out unless `includeEmpty`. */
export function figuresByJobType(
  entries: readonly GroupEntry[],
  options: { suppress: boolean; includeEmpty: boolean },
) {
  return JOB_TYPES.flatMap((j) => {
    const mine = entries.filter((e) => e.jobType === j.code);
    if (mine.length === 0 && !options.includeEmpty) return [];
    return [{ jobType: { code: j.code, no: j.no, name: j.name }, ...figuresOf(mine, options) }];
  });
}
