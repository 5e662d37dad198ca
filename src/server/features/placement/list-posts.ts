import { and, asc, eq, gte, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import { assignments, orgs, people, posts } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { canAccessBody } from '../../platform/scope.ts';
import { peopleVisibleTo } from '../talent/person-access.ts';

/**
 * Posts (shared program information: every signed-in role reads them) spanning a 年度, with the people
 * holding them that year — names only of people the actor may see — and the budget only for the
 * body itself and program-wide roles.
 */
export async function listPosts(
  db: Db,
  actor: Actor,
  filter: { fiscalYear?: number; orgCode?: string; postId?: string },
) {
  const conditions: (SQL | undefined)[] = [];
  const fy = filter.fiscalYear;
  if (fy !== undefined)
    conditions.push(
      lte(posts.fromFiscalYear, fy),
      or(isNull(posts.toFiscalYear), gte(posts.toFiscalYear, fy)),
    );
  if (filter.orgCode) conditions.push(eq(posts.orgCode, filter.orgCode));
  if (filter.postId) conditions.push(eq(posts.id, filter.postId));
  const rows = await db
    .select({ post: posts, orgName: orgs.name })
    .from(posts)
    .innerJoin(orgs, eq(orgs.code, posts.orgCode))
    .where(and(...conditions))
    .orderBy(asc(posts.orgCode), asc(posts.fromFiscalYear), asc(posts.title));
  const ids = rows.map((r) => r.post.id);
  const span =
    fy === undefined
      ? undefined
      : and(
          lte(assignments.startFiscalYear, fy),
          or(isNull(assignments.endFiscalYear), gte(assignments.endFiscalYear, fy)),
        );
  const holders = ids.length
    ? await db
        .select({
          postId: assignments.postId,
          personId: people.id,
          name: people.name,
          fte: assignments.fte,
          status: assignments.status,
        })
        .from(assignments)
        .innerJoin(people, eq(people.id, assignments.personId))
        .where(and(inArray(assignments.postId, ids), span, peopleVisibleTo(actor)))
    : [];
  return rows.map(({ post, orgName }) => ({
    ...post,
    orgName,
    budgetYen: canAccessBody(actor, post.orgCode) ? post.budgetYen : null,
    holders: holders.filter((h) => h.postId === post.id).map(({ postId: _p, ...h }) => h),
  }));
}
