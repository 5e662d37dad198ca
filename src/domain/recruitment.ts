/**
 * Recruitment (p.21–22): the hiring routes and the competition ratio. Pure module.
 */

/** The three routes of p.21, in the seed's row order. Codes match people.hiring_route. */
export const RECRUITMENT_ROUTES = [
  {
    code: 'mid_career',
    name: '情報職採用試験（社会人経験者）',
    short: '社会人経験者',
    applicantsLabel: '受験者数',
    isExam: true,
  },
  {
    code: 'graduate',
    name: '情報職採用試験（大学卒業程度）',
    short: '大学卒業程度',
    applicantsLabel: '受験者数',
    isExam: true,
  },
  {
    code: 'fixed_term',
    name: '任期付職員採用（高度経験者）',
    short: '任期付（高度経験者）',
    applicantsLabel: '応募者数',
    isExam: false,
  },
] as const;

/** A hiring route code. */
export type RecruitmentRoute = (typeof RECRUITMENT_ROUTES)[number]['code'];

/** The route of a code, or undefined. */
export function recruitmentRouteOf(code: string): (typeof RECRUITMENT_ROUTES)[number] | undefined {
  return RECRUITMENT_ROUTES.find((r) => r.code === code);
}

/**
 * The competition ratio as p.22 prints it (「競争倍率（最終合格/受験者）」, computed as 受験者 ÷ 最終合格):
 * one decimal, rounded half up — 24 ÷ 4 = 6.0, 13 ÷ 2 = 6.5, 10 ÷ 3 = 3.3. Null when there was no
 * exam or nobody passed (the seed's –). Integer arithmetic, so no binary-fraction surprises.
 */
export function competitionRatio(applicants: number | null, finalPassers: number | null): number | null {
  if (applicants === null || finalPassers === null || finalPassers <= 0 || applicants < 0) return null;
  return Math.floor((applicants * 20 + finalPassers) / (finalPassers * 2)) / 10;
}

/** A ratio as printed: `6.0`, `3.3`, and `–` for none. */
export function formatRatio(ratio: number | null): string {
  return ratio === null ? '–' : ratio.toFixed(1);
}

/** A head count of a plan as the seed writes it: 4 → `4名程度`. */
export function formatPlannedHires(count: number): string {
  return `${count}名程度`;
}
