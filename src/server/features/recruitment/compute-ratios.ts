import { competitionRatio, formatRatio, RECRUITMENT_ROUTES } from '../../../domain/recruitment.ts';
import type { Db } from '../../platform/db.ts';
import { type ExamRow, listExams } from './list-exams.ts';
import { hiringYearLabel } from './recruitment.presenter.ts';

export type RatioTable = {
  years: { fiscalYear: number; label: string }[];
  routes: {
    route: ExamRow['route'];
    name: string;
    items: { fiscalYear: number; ratio: number | null; text: string }[];
  }[];
};

/** Whether a row holds results (not only a plan). */
const isActual = (r: ExamRow) => r.applicants !== null || r.finalPassers !== null || r.hires !== null;

/**
 * The table of p.22: the competition ratio of the two 情報職 exams for every 採用年度 with results,
 * computed from the exam figures (R3–R6: 6.0 6.5 4.5 3.0 and – 6.0 4.0 3.3).
 */
export function ratioTable(rows: readonly ExamRow[]): RatioTable {
  const exams = RECRUITMENT_ROUTES.filter((r) => r.isExam);
  const actual = rows.filter((r) => isActual(r) && exams.some((e) => e.code === r.route));
  const yearSet = [...new Set(actual.map((r) => r.fiscalYear))].sort((a, b) => a - b);
  const years =
    yearSet.length === 0
      ? []
      : Array.from({ length: yearSet.at(-1)! - yearSet[0]! + 1 }, (_, i) => yearSet[0]! + i);
  return {
    years: years.map((fiscalYear) => ({ fiscalYear, label: hiringYearLabel(fiscalYear) })),
    routes: exams.map((e) => ({
      route: e.code,
      name: e.short,
      items: years.map((fiscalYear) => {
        const row = actual.find((r) => r.route === e.code && r.fiscalYear === fiscalYear);
        const ratio = row ? competitionRatio(row.applicants, row.finalPassers) : null;
        return { fiscalYear, ratio, text: formatRatio(ratio) };
      }),
    })),
  };
}

/** The ratio table from the database. */
export async function computeRatios(db: Db): Promise<RatioTable> {
  return ratioTable(await listExams(db));
}
