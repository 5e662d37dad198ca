import { asc } from 'drizzle-orm';
import { recruitmentExams } from '../../../db/schema/index.ts';
import { RECRUITMENT_ROUTES } from '../../../domain/recruitment.ts';
import type { Db } from '../../platform/db.ts';

export type ExamRow = typeof recruitmentExams.$inferSelect;

const ROUTE_ORDER = new Map<string, number>(RECRUITMENT_ROUTES.map((r, i) => [r.code, i]));

/** Every exam row, by route in the seed's order (社会人経験者, 大学卒業程度, 任期付) and then 採用年度. */
export async function listExams(db: Db): Promise<ExamRow[]> {
  const rows = await db.select().from(recruitmentExams).orderBy(asc(recruitmentExams.fiscalYear));
  return rows.sort(
    (a, b) =>
      (ROUTE_ORDER.get(a.route) ?? 9) - (ROUTE_ORDER.get(b.route) ?? 9) || a.fiscalYear - b.fiscalYear,
  );
}

/** Every 採用年度 from the first to the last row (gaps included, so a table shows – for them). */
export function examYears(rows: readonly ExamRow[]): number[] {
  if (rows.length === 0) return [];
  const years = rows.map((r) => r.fiscalYear);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
