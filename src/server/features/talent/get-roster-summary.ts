import { asc, count, eq } from 'drizzle-orm';
import { orgs, people } from '../../../db/schema/index.ts';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import type { Db } from '../../platform/db.ts';
import { assignedToAnyBody } from './person-access.ts';
import { CATEGORY_LABELS, type PersonCategory } from './talent.labels.ts';

const CATEGORIES = Object.keys(CATEGORY_LABELS) as PersonCategory[];

/**
 * The 共通人材 of a 年度 in numbers: everyone with an actual assignment spanning the 年度, split as
 * p.12 splits them — by employer, the prefecture's staff (県情報職等: 情報職 and the 任期付 experts it
 * hires for the 市町, p.21) and the registered municipal staff (市町職員) — and by category and by
 * employing body. R6 in the program document: 38 = 30 + 8. Counts only, no person identified, so
 * every signed-in role may read them.
 */
export async function getRosterSummary(db: Db, fiscalYear: number) {
  const rows = await db
    .select({
      category: people.category,
      orgCode: people.employerOrgCode,
      orgName: orgs.name,
      orgType: orgs.type,
      n: count(),
    })
    .from(people)
    .innerJoin(orgs, eq(orgs.code, people.employerOrgCode))
    .where(assignedToAnyBody(fiscalYear))
    .groupBy(people.category, people.employerOrgCode, orgs.name, orgs.type)
    .orderBy(asc(people.employerOrgCode), asc(people.category));
  const sum = (keep: (r: (typeof rows)[number]) => boolean) =>
    rows.filter(keep).reduce((total, r) => total + Number(r.n), 0);
  return {
    fiscalYear,
    fiscalYearLabel: formatFiscalYear(fiscalYear),
    total: sum(() => true),
    byEmployerType: [
      { employerType: 'prefecture' as const, label: '県情報職等', count: sum((r) => r.orgType === '県') },
      { employerType: 'municipality' as const, label: '市町職員', count: sum((r) => r.orgType !== '県') },
    ],
    byCategory: CATEGORIES.map((category) => ({
      category,
      label: CATEGORY_LABELS[category],
      count: sum((r) => r.category === category),
    })),
    byEmployer: rows.map((r) => ({
      org: { code: r.orgCode, name: r.orgName },
      category: r.category,
      categoryLabel: CATEGORY_LABELS[r.category],
      count: Number(r.n),
    })),
  };
}
