import { and, asc, eq, gte, isNull, lte, or, type SQL } from 'drizzle-orm';
import { assignments, orgs, people, posts } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { peopleVisibleTo } from '../talent/person-access.ts';

/**
 * Assignments spanning a 年度 (actual, planned, or both), limited to the people the actor may see —
 * so a municipal manager gets the people placed at their body, a member their own rows.
 */
export async function listAssignments(
  db: Db,
  actor: Actor,
  filter: { fiscalYear: number; status?: 'actual' | 'planned'; orgCode?: string; personId?: string },
) {
  const conditions: (SQL | undefined)[] = [
    lte(assignments.startFiscalYear, filter.fiscalYear),
    or(isNull(assignments.endFiscalYear), gte(assignments.endFiscalYear, filter.fiscalYear)),
    peopleVisibleTo(actor),
  ];
  if (filter.status) conditions.push(eq(assignments.status, filter.status));
  if (filter.orgCode) conditions.push(eq(posts.orgCode, filter.orgCode));
  if (filter.personId) conditions.push(eq(assignments.personId, filter.personId));
  return db
    .select({
      id: assignments.id,
      personId: people.id,
      personName: people.name,
      category: people.category,
      postId: posts.id,
      orgCode: posts.orgCode,
      orgName: orgs.name,
      unit: posts.unit,
      title: posts.title,
      fte: assignments.fte,
      startFiscalYear: assignments.startFiscalYear,
      endFiscalYear: assignments.endFiscalYear,
      startDate: assignments.startDate,
      status: assignments.status,
    })
    .from(assignments)
    .innerJoin(people, eq(people.id, assignments.personId))
    .innerJoin(posts, eq(posts.id, assignments.postId))
    .innerJoin(orgs, eq(orgs.code, posts.orgCode))
    .where(and(...conditions))
    .orderBy(asc(posts.orgCode), asc(people.kana));
}
