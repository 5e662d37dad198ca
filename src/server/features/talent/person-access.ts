import { and, eq, exists, gte, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { assignments, people, posts } from '../../../db/schema/index.ts';
import { currentFiscalYear } from '../../../domain/fiscal-year.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';

/**
 * Who may see which people — the tenant scope of the talent pool (product.md, "Users and roles"):
 * - admin, talent_officer: everyone;
 * - municipal_manager, municipal_staff: the people assigned to their body in the 年度 (actual
 *   assignments spanning it) and the people their body employs;
 * - member: themselves;
 * - viewer: nobody (people are not shared data).
 */
export function peopleVisibleTo(actor: Actor, fiscalYear = currentFiscalYear()): SQL | undefined {
  switch (actor.role) {
    case 'admin':
    case 'talent_officer':
      return undefined;
    case 'municipal_manager':
    case 'municipal_staff':
      return or(eq(people.employerOrgCode, actor.orgCode), assignedToBody(actor.orgCode, fiscalYear));
    case 'member':
      return actor.userId ? eq(people.userId, actor.userId) : sql`false`;
    case 'viewer':
      return sql`false`;
  }
}

/** People with an actual assignment at a post of `orgCode` spanning `fiscalYear`. */
export function assignedToBody(orgCode: string, fiscalYear: number): SQL {
  return exists(
    sql`(SELECT 1 FROM ${assignments} INNER JOIN ${posts} ON ${posts.id} = ${assignments.postId}
        WHERE ${assignments.personId} = ${people.id} AND ${posts.orgCode} = ${orgCode}
          AND ${assignments.status} = 'actual'
          AND ${assignments.startFiscalYear} <= ${fiscalYear}
          AND (${assignments.endFiscalYear} IS NULL OR ${assignments.endFiscalYear} >= ${fiscalYear}))`,
  );
}

/** People with an actual assignment at a post of any body spanning `fiscalYear` (the 共通人材 of that 年度). */
export function assignedToAnyBody(fiscalYear: number): SQL {
  return exists(
    sql`(SELECT 1 FROM ${assignments} WHERE ${assignments.personId} = ${people.id}
          AND ${assignments.status} = 'actual'
          AND ${assignments.startFiscalYear} <= ${fiscalYear}
          AND (${assignments.endFiscalYear} IS NULL OR ${assignments.endFiscalYear} >= ${fiscalYear}))`,
  );
}

export type PersonRelation = {
  /** The actor is this person. */
  self: boolean;
  /** admin or talent_officer. */
  programWide: boolean;
  /** The actor manages a body the person is assigned to (evaluations are theirs to see and write). */
  hostManager: boolean;
};

/**
 * Loads a person the actor may see (404 otherwise — another body's people are not even confirmed to
 * exist) and how the actor relates to them, which decides the personal fields they get.
 */
export async function findVisiblePerson(db: Db, actor: Actor, personId: string) {
  const fy = currentFiscalYear();
  const [row] = await db
    .select({
      person: people,
      hosted: hostedByActor(actor),
    })
    .from(people)
    .where(and(eq(people.id, personId), peopleVisibleTo(actor, fy)))
    .limit(1);
  if (!row) throw errors.notFound('人材');
  return { person: row.person, relation: relationOf(actor, row.person, Boolean(row.hosted)) };
}

/**
 * How the actor relates to a person they can see; `hosted` is whether the person is assigned to the
 * actor's body in the current 年度 (the `hostedByActor` column of a list query).
 */
export function relationOf(actor: Actor, person: { userId: string | null }, hosted: boolean): PersonRelation {
  return {
    self: actor.userId !== null && person.userId === actor.userId,
    programWide: actor.role === 'admin' || actor.role === 'talent_officer',
    hostManager: actor.role === 'municipal_manager' && hosted,
  };
}

/** A select column: whether the row's person is assigned to the actor's body in the current 年度. */
export function hostedByActor(actor: Actor): SQL<boolean> {
  return sql<boolean>`${assignedToBody(actor.orgCode, currentFiscalYear())}`;
}

/** Personal data (allowance, preferences): the person and program-wide roles only. */
export function seesPersonalData(r: PersonRelation): boolean {
  return r.self || r.programWide;
}

/** Evaluations: the person, program-wide roles, and the manager of a body the person is assigned to. */
export function seesEvaluations(r: PersonRelation): boolean {
  return r.self || r.programWide || r.hostManager;
}

/** Writing evaluator assessments: program-wide roles and the host body's manager — never the person. */
export function mayEvaluate(r: PersonRelation): boolean {
  return r.programWide || r.hostManager;
}

/** Assignments whose span of 年度 includes `fy` (the rule `assignedToBody` applies in SQL). */
export const spansFiscalYear = (fy: number) =>
  and(
    lte(assignments.startFiscalYear, fy),
    or(isNull(assignments.endFiscalYear), gte(assignments.endFiscalYear, fy)),
  );
