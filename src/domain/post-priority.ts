/**
 * A post's priority tier (必須 / 優先 / 通常), stored as an integer, higher first. Matching fills the
 * highest tier's slots first (a lexicographic optimum), and only then weighs costs.
 *
 * Pure module: no imports outside src/domain, no npm dependencies.
 */

/** The tiers, highest first. */
export const POST_PRIORITIES = [
  { value: 2, label: '必須', description: '最優先で埋める（空けない）' },
  { value: 1, label: '優先', description: '必須の次に埋める' },
  { value: 0, label: '通常', description: '費用だけで判断する' },
] as const;

/** The integer of a tier. */
export type PostPriority = (typeof POST_PRIORITIES)[number]['value'];

/** The highest tier: 必須. */
export const MUST_FILL: PostPriority = 2;

/** The Japanese label of a priority (必須 / 優先 / 通常). */
export function priorityLabel(priority: number): string {
  return POST_PRIORITIES.find((p) => p.value === priority)?.label ?? (priority > MUST_FILL ? '必須' : '通常');
}

/** A post's title as shown, or 未定 when the body has not named it (p.13: 坂町). */
export function postTitleText(unit: string, title: string): string {
  const text = [unit, title].filter((s) => s.trim() !== '').join(' ');
  return text === '' ? '未定' : text;
}
