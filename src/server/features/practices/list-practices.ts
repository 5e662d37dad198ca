import { asc, count, desc } from 'drizzle-orm';
import { practices } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { practiceConditions, selectPractices } from './practice-query.ts';
import type { PracticeFilter } from './practices.schema.ts';

/** A page of initiatives (newest 年度 first), the total, and the count per category of the whole DB. */
export async function listPractices(db: Db, filter: PracticeFilter) {
  const where = practiceConditions(filter);
  const [items, [total], categories] = await Promise.all([
    selectPractices(db)
      .where(where)
      .orderBy(desc(practices.fiscalYear), asc(practices.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: count() }).from(practices).where(where),
    db
      .select({ category: practices.category, count: count() })
      .from(practices)
      .groupBy(practices.category)
      .orderBy(asc(practices.category)),
  ]);
  return { items, total: total?.n ?? 0, categories };
}
