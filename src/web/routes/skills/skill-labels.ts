import { SKILL_LEVELS } from '../../../domain/skills/levels.ts';
import type { SheetItem, SkillSheet } from './skills-queries.ts';

/** 0 未経験 … 4 牽引. */
export function levelLabel(level: number | null): string {
  if (level === null) return '未入力';
  const found = SKILL_LEVELS.find((l) => l.level === level);
  return found ? `${level} ${found.label}` : String(level);
}

/** The sheet's status in Japanese. */
export const SHEET_STATUS_LABELS: Record<SkillSheet['status'], string> = {
  draft: '未評価（作成済み）',
  self_assessed: '自己評価済み',
  evaluated: '評価済み',
};

/** How much an item matters for the person's job type. */
export const IMPORTANCE_LABELS: Record<SheetItem['importance'], string> = {
  core: '中核',
  related: '関連',
  basic: '基礎',
};

/** One point of a radar: label, effective level and target. */
export type LevelAxis = { label: string; value: number; target: number };

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Per category (in catalogue order): the mean effective level against the mean target. */
export function categoryAxes(items: readonly SheetItem[]): LevelAxis[] {
  const groups = new Map<string, SheetItem[]>();
  for (const item of items) groups.set(item.categoryName, [...(groups.get(item.categoryName) ?? []), item]);
  return [...groups].map(([label, list]) => ({
    label,
    value: round1(list.reduce((s, i) => s + i.effectiveLevel, 0) / list.length),
    target: round1(list.reduce((s, i) => s + i.target, 0) / list.length),
  }));
}

/** Per item: its effective level against its target. */
export function itemAxes(items: readonly SheetItem[]): LevelAxis[] {
  return items.map((i) => ({ label: i.name, value: i.effectiveLevel, target: i.target }));
}
