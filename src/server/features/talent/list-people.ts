import { and, asc, count, eq, exists, ilike, or, type SQL, sql } from 'drizzle-orm';
import { people, personCertifications } from '../../../db/schema/index.ts';
import { currentFiscalYear } from '../../../domain/fiscal-year.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import {
  assignedToBody,
  hostedByActor,
  type PersonRelation,
  peopleVisibleTo,
  relationOf,
} from './person-access.ts';
import type { PersonRow } from './person-details.ts';
import type { PeopleFilter } from './talent.query.ts';
import { toHiragana } from './talent.schema.ts';

/** LIKE pattern for a substring, with the wildcard characters of the text escaped. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The roster conditions: the actor's visibility (decided for the current 年度, like a single person's
 * page) and the filters. `orgCode` matches the employer or the body the person is assigned to in
 * `fiscalYear`.
 */
export function peopleConditions(actor: Actor, filter: PeopleFilter, fiscalYear: number): SQL | undefined {
  const conditions: (SQL | undefined)[] = [peopleVisibleTo(actor)];
  if (filter.orgCode) {
    conditions.push(
      or(eq(people.employerOrgCode, filter.orgCode), assignedToBody(filter.orgCode, fiscalYear)),
    );
  }
  if (filter.category) conditions.push(eq(people.category, filter.category));
  if (filter.status) conditions.push(eq(people.status, filter.status));
  if (filter.jobType) {
    conditions.push(
      or(eq(people.primaryJobType, filter.jobType), eq(people.secondaryJobType, filter.jobType)),
    );
  }
  if (filter.certification) {
    conditions.push(
      exists(
        sql`(SELECT 1 FROM ${personCertifications} WHERE ${personCertifications.personId} = ${people.id}
            AND ${personCertifications.code} = ${filter.certification})`,
      ),
    );
  }
  if (filter.q) {
    const name = filter.q.normalize('NFC');
    const kana = toHiragana(filter.q.normalize('NFKC'));
    conditions.push(or(ilike(people.name, containing(name)), ilike(people.kana, containing(kana))));
  }
  return and(...conditions);
}

export type VisiblePerson = { person: PersonRow; relation: PersonRelation };

/** Every person matching, in ふりがな order (職員番号 breaks ties), without paging — for exports. */
export async function listAllPeople(db: Db, actor: Actor, filter: PeopleFilter): Promise<VisiblePerson[]> {
  const fiscalYear = filter.fiscalYear ?? currentFiscalYear();
  const rows = await db
    .select({ person: people, hosted: hostedByActor(actor) })
    .from(people)
    .where(peopleConditions(actor, filter, fiscalYear))
    .orderBy(asc(people.kana), asc(people.employeeNo));
  return rows.map((r) => ({ person: r.person, relation: relationOf(actor, r.person, Boolean(r.hosted)) }));
}

/** One page of the roster the actor may see, with the total count. */
export async function listPeople(
  db: Db,
  actor: Actor,
  query: PeopleFilter & { page: number; pageSize: number },
): Promise<{ items: VisiblePerson[]; total: number; fiscalYear: number }> {
  const fiscalYear = query.fiscalYear ?? currentFiscalYear();
  const where = peopleConditions(actor, query, fiscalYear);
  const [rows, [total]] = await Promise.all([
    db
      .select({ person: people, hosted: hostedByActor(actor) })
      .from(people)
      .where(where)
      .orderBy(asc(people.kana), asc(people.employeeNo))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(people).where(where),
  ]);
  return {
    items: rows.map((r) => ({ person: r.person, relation: relationOf(actor, r.person, Boolean(r.hosted)) })),
    total: Number(total?.n ?? 0),
    fiscalYear,
  };
}
