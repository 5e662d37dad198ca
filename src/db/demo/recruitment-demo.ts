import { createExam } from '../../server/features/recruitment/create-exam.ts';
import type { CreateExamInput } from '../../server/features/recruitment/recruitment.schema.ts';
import type { Actor } from '../../server/platform/actor.ts';
import type { Db } from '../../server/platform/db.ts';

type Row = Omit<CreateExamInput, 'note'> & { note?: string };

const actual = (route: Row['route'], fiscalYear: number, applicants: number, passed: number): Row => ({
  fiscalYear,
  route,
  applicants,
  finalPassers: passed,
  hires: passed,
  plannedHires: null,
});

const plan = (route: Row['route'], fiscalYear: number, plannedHires: number, note = ''): Row => ({
  fiscalYear,
  route,
  applicants: null,
  finalPassers: null,
  hires: null,
  plannedHires,
  note,
});

/**
 * The table of p.21 exactly: R3–R6 results (受験者数/応募者数 and 採用者数, taken as the final passers
 * and the hires) and the R7/R8 plans. Cells printed "ー" have no row.
 */
export const RECRUITMENT_DEMO: readonly Row[] = [
  actual('mid_career', 2021, 24, 4),
  actual('mid_career', 2022, 13, 2),
  actual('mid_career', 2023, 9, 2),
  actual('mid_career', 2024, 12, 4),
  plan('mid_career', 2025, 4),
  plan('mid_career', 2026, 4),
  actual('graduate', 2022, 12, 2),
  actual('graduate', 2023, 12, 3),
  actual('graduate', 2024, 10, 3),
  plan('graduate', 2025, 3),
  plan('graduate', 2026, 3),
  actual('fixed_term', 2023, 43, 4),
  actual('fixed_term', 2024, 113, 4),
  plan('fixed_term', 2025, 4, 'R6.6募集開始'),
];

/** Loads the exams of p.21 through the use case (validated and audited like an officer's entry). */
export async function loadRecruitmentDemo(db: Db, actor: Actor): Promise<void> {
  for (const row of RECRUITMENT_DEMO) await createExam(db, actor, { ...row, note: row.note ?? '' });
}
