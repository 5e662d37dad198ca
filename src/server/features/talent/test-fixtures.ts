import { eq } from 'drizzle-orm';
import { assignments, people, posts, users } from '../../../db/schema/index.ts';
import { CLI_ACTOR } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { createPerson } from './create-person.ts';
import type { PersonRow } from './person-details.ts';
import { type PersonInput, PersonInputSchema } from './talent.schema.ts';

let serial = 0;

/** A valid person input (fictional), with a fresh 職員番号 unless one is given. Tests only. */
export function personInput(over: Partial<Record<keyof PersonInput, unknown>> = {}): PersonInput {
  serial += 1;
  return PersonInputSchema.parse({
    employeeNo: `T${String(serial).padStart(5, '0')}`,
    name: `試験 太郎${serial}`,
    kana: 'しけん たろう',
    employerOrgCode: '340006',
    category: 'pref_it',
    hiringRoute: 'mid_career',
    hiringFiscalYear: 2023,
    hiredOn: '2023-04-01',
    grade: '主任',
    primaryJobType: 'business_designer',
    ...over,
  });
}

/** Registers a person through the use case (validated and audited as the CLI). Tests only. */
export function addPerson(
  db: Db,
  over: Partial<Record<keyof PersonInput, unknown>> = {},
): Promise<PersonRow> {
  return createPerson(db, CLI_ACTOR, personInput(over));
}

/** A post of a body from `fromFiscalYear`, written directly (placement is another feature). Tests only. */
export async function addPost(
  db: Db,
  orgCode: string,
  title: string,
  fromFiscalYear: number,
): Promise<string> {
  const [post] = await db
    .insert(posts)
    .values({ orgCode, unit: 'デジタル推進課', title, fromFiscalYear })
    .returning({ id: posts.id });
  return post!.id;
}

/** An assignment of a person to a post for a span of 年度 (open-ended when `end` is null). Tests only. */
export async function assign(
  db: Db,
  personId: string,
  postId: string,
  start: number,
  end: number | null = null,
  status: 'actual' | 'planned' = 'actual',
): Promise<string> {
  const [row] = await db
    .insert(assignments)
    .values({ personId, postId, startFiscalYear: start, endFiscalYear: end, status })
    .returning({ id: assignments.id });
  return row!.id;
}

/** Links a person to the account with `login` (as a talent officer would). Tests only. */
export async function linkAccount(db: Db, personId: string, login: string): Promise<void> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.login, login));
  await db.update(people).set({ userId: user!.id }).where(eq(people.id, personId));
}
