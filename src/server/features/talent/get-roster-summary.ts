import { and, asc, count, inArray } from 'drizzle-orm';
import { people } from '../../../db/schema/index.ts';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import type { Db } from '../../platform/db.ts';
import { assignedToAnyBody } from './person-access.ts';
import { loadOrgNames } from './person-details.ts';
import { CATEGORY_LABELS, type PersonCategory } from './talent.labels.ts';

/** The categories that make up the 共通人材 (p.12): 県情報職 and registered municipal staff. */
export const COMMON_STAFF_CATEGORIES = [
  'pref_it',
  'municipal_registered',
] as const satisfies PersonCategory[];

/**
 * The 共通人材 roster of a 年度 in numbers (p.12: R6 38 = 30 県情報職 + 8 市町職員): people of those
 * categories with an actual assignment spanning the 年度, by category and by employing body.
 * Counts only — no person is identified — so every signed-in role may read them.
 */
export async function getRosterSummary(db: Db, fiscalYear: number) {
  const rows = await db
    .select({ category: people.category, employerOrgCode: people.employerOrgCode, n: count() })
    .from(people)
    .where(and(inArray(people.category, [...COMMON_STAFF_CATEGORIES]), assignedToAnyBody(fiscalYear)))
    .groupBy(people.category, people.employerOrgCode)
    .orderBy(asc(people.employerOrgCode));
  const names = await loadOrgNames(db);
  const byCategory = COMMON_STAFF_CATEGORIES.map((category) => ({
    category,
    label: CATEGORY_LABELS[category],
    count: rows.filter((r) => r.category === category).reduce((sum, r) => sum + Number(r.n), 0),
  }));
  return {
    fiscalYear,
    fiscalYearLabel: formatFiscalYear(fiscalYear),
    total: byCategory.reduce((sum, c) => sum + c.count, 0),
    byCategory,
    byEmployer: rows.map((r) => ({
      org: { code: r.employerOrgCode, name: names.get(r.employerOrgCode) ?? r.employerOrgCode },
      category: r.category,
      categoryLabel: CATEGORY_LABELS[r.category],
      count: Number(r.n),
    })),
  };
}
