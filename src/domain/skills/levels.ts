/**
 * The skill level scale of the デジタルスキルシート (0–4). Levels 1–4 follow the intent of IPA's
 * デジタルスキル標準 and ITSS: knowing → doing under guidance → doing alone → leading/teaching.
 * Pure module.
 */
export const SKILL_LEVELS = [
  { level: 0, label: '未経験', description: '知識・経験がない' },
  { level: 1, label: '基礎知識', description: '基礎的な知識があり、指導を受けて作業できる' },
  { level: 2, label: '実践', description: '一般的な業務を独力で遂行できる' },
  { level: 3, label: '応用・指導', description: '難しい業務を遂行し、他者を指導・改善できる' },
  { level: 4, label: '牽引', description: '組織・県全体を牽引し、新たな手法を生み出せる' },
] as const;

export const MAX_SKILL_LEVEL = 4;

export type SkillLevel = 0 | 1 | 2 | 3 | 4;

/** Whether a number is a level of the scale. */
export function isSkillLevel(n: number): n is SkillLevel {
  return Number.isInteger(n) && n >= 0 && n <= MAX_SKILL_LEVEL;
}
