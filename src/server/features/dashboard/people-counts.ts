import { and, count, countDistinct, eq, gte, isNull, lte, ne, or } from 'drizzle-orm';
import { assignments, people, posts } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';

const CATEGORY_LABELS: Record<string, string> = {
  pref_it: '県情報職',
  fixed_term_expert: '任期付高度経験者',
  municipal_registered: '市町職員の共通人材登録',
};

/** The pool in a 年度: people hired by then and not retired, by category (R6: 38 = 30 + 8). */
export async function peopleInYear(db: Db, fiscalYear: number) {
  const rows = await db
    .select({ category: people.category, n: count() })
    .from(people)
    .where(and(lte(people.hiringFiscalYear, fiscalYear), ne(people.status, 'retired')))
    .groupBy(people.category);
  const byCategory = ['pref_it', 'fixed_term_expert', 'municipal_registered'].map((category) => ({
    category,
    label: CATEGORY_LABELS[category] ?? category,
    count: Number(rows.find((r) => r.category === category)?.n ?? 0),
  }));
  return { total: byCategory.reduce((s, c) => s + c.count, 0), byCategory };
}

/** Posts that exist in a 年度, and how many of them someone actually holds that 年度. */
export async function postCounts(db: Db, fiscalYear: number) {
  const inYear = and(
    lte(posts.fromFiscalYear, fiscalYear),
    or(isNull(posts.toFiscalYear), gte(posts.toFiscalYear, fiscalYear)),
  );
  const [all] = await db.select({ n: count() }).from(posts).where(inYear);
  const [filled] = await db
    .select({ n: countDistinct(assignments.postId) })
    .from(assignments)
    .innerJoin(posts, eq(posts.id, assignments.postId))
    .where(
      and(
        inYear,
        eq(assignments.status, 'actual'),
        lte(assignments.startFiscalYear, fiscalYear),
        or(isNull(assignments.endFiscalYear), gte(assignments.endFiscalYear, fiscalYear)),
      ),
    );
  return { posts: Number(all?.n ?? 0), filled: Number(filled?.n ?? 0) };
}
