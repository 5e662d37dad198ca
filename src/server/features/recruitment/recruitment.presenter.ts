import { formatFiscalYearShort } from '../../../domain/fiscal-year.ts';
import { competitionRatio, recruitmentRouteOf } from '../../../domain/recruitment.ts';
import type { ExamRow } from './list-exams.ts';

/** `R6採用`: how p.21 heads its columns. */
export function hiringYearLabel(fiscalYear: number): string {
  return `${formatFiscalYearShort(fiscalYear)}採用`;
}

/** The public shape of an exam row, with its competition ratio computed. */
export function presentExam(r: ExamRow) {
  return {
    id: r.id,
    version: r.version,
    fiscalYear: r.fiscalYear,
    label: hiringYearLabel(r.fiscalYear),
    route: r.route,
    routeName: recruitmentRouteOf(r.route)?.name ?? r.route,
    applicants: r.applicants,
    finalPassers: r.finalPassers,
    hires: r.hires,
    plannedHires: r.plannedHires,
    note: r.note,
    ratio: competitionRatio(r.applicants, r.finalPassers),
  };
}
