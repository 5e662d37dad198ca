import { eq, max, min, sql } from 'drizzle-orm';
import {
  assignments,
  literacySessions,
  matchingScenarios,
  orgParticipation,
  practices,
  recruitmentExams,
  skillSheets,
  trainingPlans,
} from '../../../db/schema/index.ts';
import { currentFiscalYear } from '../../../domain/fiscal-year.ts';
import type { Db } from '../../platform/db.ts';

/** The areas whose records belong to a 年度, as the pages that show them by 年度 name them. */
export const DATA_YEAR_AREAS = [
  'participation',
  'placement',
  'matching',
  'recruitment',
  'skills',
  'literacy',
  'training',
  'practices',
] as const;

/** An area of {@link DATA_YEAR_AREAS}. */
export type DataYearArea = (typeof DATA_YEAR_AREAS)[number];

/** The first and last 年度 an area has records for; null when it has none. */
export type YearSpan = { first: number; last: number } | null;

/** The 年度 the app offers: today's, the span of each area's records, and the list of years to choose from. */
export type DataYears = {
  current: number;
  /** The first 年度 with any record (today's when there is none). */
  first: number;
  /** The last 年度 offered: next 年度, for planning. */
  last: number;
  areas: Record<DataYearArea, YearSpan>;
};

/**
 * The span of 年度 each area has records for, for the header's 年度 list (from the first 年度 with any
 * record to next 年度) and for pages to say when their records end before the chosen 年度. An
 * assignment still running counts up to today's 年度. Counts nothing a role may not see: only years.
 */
export async function getDataYears(db: Db, now: Date = new Date()): Promise<DataYears> {
  const current = currentFiscalYear(now);
  const span = async (query: Promise<{ first: number | null; last: number | null }[]>): Promise<YearSpan> => {
    const [row] = await query;
    return row && row.first !== null && row.last !== null
      ? { first: Number(row.first), last: Number(row.last) }
      : null;
  };
  const [participation, placement, matching, recruitment, skills, literacy, training, practiceYears] =
    await Promise.all([
      span(
        db
          .select({ first: min(orgParticipation.fiscalYear), last: max(orgParticipation.fiscalYear) })
          .from(orgParticipation),
      ),
      span(
        db
          .select({
            first: min(assignments.startFiscalYear),
            last: sql<
              number | null
            >`max(coalesce(${assignments.endFiscalYear}, greatest(${assignments.startFiscalYear}, ${current})))`,
          })
          .from(assignments)
          .where(eq(assignments.status, 'actual')),
      ),
      span(
        db
          .select({ first: min(matchingScenarios.fiscalYear), last: max(matchingScenarios.fiscalYear) })
          .from(matchingScenarios),
      ),
      span(
        db
          .select({ first: min(recruitmentExams.fiscalYear), last: max(recruitmentExams.fiscalYear) })
          .from(recruitmentExams),
      ),
      span(
        db
          .select({ first: min(skillSheets.fiscalYear), last: max(skillSheets.fiscalYear) })
          .from(skillSheets),
      ),
      span(
        db
          .select({ first: min(literacySessions.fiscalYear), last: max(literacySessions.fiscalYear) })
          .from(literacySessions),
      ),
      span(
        db
          .select({ first: min(trainingPlans.fiscalYear), last: max(trainingPlans.fiscalYear) })
          .from(trainingPlans),
      ),
      span(db.select({ first: min(practices.fiscalYear), last: max(practices.fiscalYear) }).from(practices)),
    ]);
  const areas = {
    participation,
    placement,
    matching,
    recruitment,
    skills,
    literacy,
    training,
    practices: practiceYears,
  } satisfies Record<DataYearArea, YearSpan>;
  const firsts = Object.values(areas).flatMap((s) => (s ? [s.first] : []));
  return { current, first: Math.min(current, ...firsts), last: current + 1, areas };
}
