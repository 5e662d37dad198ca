import type { SkillItemCode } from './catalogue.ts';
import type { SkillLevel } from './levels.ts';

export type AssessedLevels = ReadonlyMap<
  SkillItemCode,
  { self: SkillLevel | null; evaluator: SkillLevel | null }
>;

/** The level that counts: the evaluator's when given, else the self-assessment, else 0. */
export function effectiveLevel(
  a: { self: SkillLevel | null; evaluator: SkillLevel | null } | undefined,
): SkillLevel {
  return a?.evaluator ?? a?.self ?? 0;
}

/**
 * Achievement against targets, in percent (one decimal): each item contributes its level capped at
 * the target, over the sum of targets. Exceeding one target does not make up for missing another.
 */
export function achievementPercent(
  targets: ReadonlyMap<SkillItemCode, SkillLevel>,
  levels: AssessedLevels,
): number {
  let reached = 0;
  let wanted = 0;
  for (const [item, target] of targets) {
    wanted += target;
    reached += Math.min(target, effectiveLevel(levels.get(item)));
  }
  return wanted === 0 ? 100 : Math.round((reached / wanted) * 1000) / 10;
}

export type SkillGap = { item: SkillItemCode; target: SkillLevel; level: SkillLevel; gap: number };

/** Items below target, largest gap first (ties in catalogue order). */
export function skillGaps(
  targets: ReadonlyMap<SkillItemCode, SkillLevel>,
  levels: AssessedLevels,
): SkillGap[] {
  const gaps: SkillGap[] = [];
  for (const [item, target] of targets) {
    const level = effectiveLevel(levels.get(item));
    if (level < target) gaps.push({ item, target, level, gap: target - level });
  }
  return gaps.sort((a, b) => b.gap - a.gap);
}
