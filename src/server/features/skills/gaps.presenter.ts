import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { jobTypeOf } from '../../../domain/job-types.ts';
import type { personGaps } from './person-gaps.ts';

/** A person's gaps of one 年度 with the courses that close them. */
export function presentPersonGaps(personId: string, r: Awaited<ReturnType<typeof personGaps>>) {
  return {
    personId,
    sheetId: r.sheet.id,
    fiscalYear: r.sheet.fiscalYear,
    fiscalYearLabel: formatFiscalYear(r.sheet.fiscalYear),
    jobType: { code: r.computation.jobType, name: jobTypeOf(r.computation.jobType)?.name ?? '' },
    careerStage: r.computation.careerStage,
    achievementPercent: r.computation.achievementPercent,
    gaps: r.gaps,
  };
}
