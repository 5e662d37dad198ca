import { and, arrayContains, eq, getTableColumns, ilike, or, type SQL, sql } from 'drizzle-orm';
import {
  orgs,
  practiceAdoptions,
  practiceAttachments,
  practiceComments,
  practices,
} from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { likePattern } from '../inventory/system-query.ts';
import type { PracticeFilter } from './practices.schema.ts';

/** The WHERE of a filtered list (initiatives are shared: no tenant restriction on reading). */
export function practiceConditions(filter: Omit<PracticeFilter, 'limit' | 'offset'>): SQL | undefined {
  const c: (SQL | undefined)[] = [];
  if (filter.orgCode) c.push(eq(practices.orgCode, filter.orgCode));
  if (filter.fiscalYear !== undefined) c.push(eq(practices.fiscalYear, filter.fiscalYear));
  if (filter.theme) c.push(arrayContains(practices.themes, [filter.theme]));
  if (filter.category) c.push(eq(practices.category, filter.category));
  if (filter.status) c.push(eq(practices.status, filter.status));
  const q = filter.q?.trim();
  if (q) {
    const p = likePattern(q);
    c.push(or(ilike(practices.title, p), ilike(practices.summary, p), ilike(practices.outcome, p)));
  }
  return and(...c);
}

const countOf = (table: typeof practiceAdoptions | typeof practiceComments | typeof practiceAttachments) =>
  sql<number>`(SELECT count(*) FROM ${table} x WHERE x.practice_id = ${practices.id})`.mapWith(Number);

/** SELECT of initiatives with their body's name and their reuse, comment and attachment counts. */
export function selectPractices(db: Db) {
  return db
    .select({
      ...getTableColumns(practices),
      orgName: orgs.name,
      reuseCount: countOf(practiceAdoptions),
      commentCount: countOf(practiceComments),
      attachmentCount: countOf(practiceAttachments),
    })
    .from(practices)
    .innerJoin(orgs, eq(orgs.code, practices.orgCode));
}
