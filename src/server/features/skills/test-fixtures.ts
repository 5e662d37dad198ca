import { eq } from 'drizzle-orm';
import {
  assignments,
  people,
  personCertifications,
  posts,
  skillEvidence,
  skillSheets,
  trainingCourses,
  trainingPlanItems,
  trainingPlans,
  users,
} from '../../../db/schema/index.ts';
import { currentFiscalYear } from '../../../domain/fiscal-year.ts';
import type { Db } from '../../platform/db.ts';

let serial = 0;

type PersonOverrides = Partial<typeof people.$inferInsert>;

/**
 * A person written directly (the people API is another feature), fictional, hired 2020 as a
 * 県情報職 security specialist of the prefecture unless overridden. Tests only.
 */
export async function insertPerson(db: Db, over: PersonOverrides = {}): Promise<typeof people.$inferSelect> {
  serial += 1;
  const [row] = await db
    .insert(people)
    .values({
      employeeNo: `SK${String(serial).padStart(5, '0')}`,
      name: `技能 試験${serial}`,
      kana: 'ぎのう しけん',
      employerOrgCode: '340006',
      category: 'pref_it',
      hiringRoute: 'graduate',
      hiringFiscalYear: 2020,
      hiredOn: '2020-04-01',
      grade: '主任',
      primaryJobType: 'security_specialist',
      ...over,
    })
    .returning();
  return row!;
}

/** The user id of a login. Tests only. */
export async function userIdOf(db: Db, login: string): Promise<string> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.login, login));
  return user!.id;
}

/** Links a person to the account with `login`. Tests only. */
export async function linkToLogin(db: Db, personId: string, login: string): Promise<void> {
  await db
    .update(people)
    .set({ userId: await userIdOf(db, login) })
    .where(eq(people.id, personId));
}

/** An actual assignment of a person to a new post of a body from `fromFiscalYear`, open-ended. Tests only. */
export async function assignToBody(
  db: Db,
  personId: string,
  orgCode: string,
  fromFiscalYear: number,
): Promise<string> {
  const [post] = await db
    .insert(posts)
    .values({ orgCode, unit: 'デジタル推進課', title: 'DX推進担当', fromFiscalYear })
    .returning({ id: posts.id });
  const [row] = await db
    .insert(assignments)
    .values({ personId, postId: post!.id, startFiscalYear: fromFiscalYear })
    .returning({ id: assignments.id });
  return row!.id;
}

/** A certification the person holds. Tests only. */
export async function addCertification(
  db: Db,
  personId: string,
  code: string,
  passedOn: string,
): Promise<void> {
  await db.insert(personCertifications).values({ personId, code, passedOn });
}

/** A course of the catalogue written directly. Tests only. */
export async function insertCourse(
  db: Db,
  over: Partial<typeof trainingCourses.$inferInsert> & { name: string; skillItems: string[] },
): Promise<typeof trainingCourses.$inferSelect> {
  const [row] = await db
    .insert(trainingCourses)
    .values({ kind: 'online', provider: '試験ラーニング', hours: 10, costYen: 10_000, ...over })
    .returning();
  return row!;
}

/** Fixed ids of the authorisation-matrix fixtures (tests/api/authorization.test.ts). */
export const SKILLS_MATRIX = {
  /** A person assigned to 342157 (the municipal sessions' body) this 年度, linked to no account. */
  personId: '00000000-0000-4000-8000-0000000005b1',
  /** Their 2024 sheet. */
  sheetId: '00000000-0000-4000-8000-0000000005b2',
  courseId: '00000000-0000-4000-8000-0000000005b3',
  /** A planned item of their 2023 plan. */
  planItemId: 5_000_001,
  /** Free-text evidence rows on the sheet, one per DELETE the matrix makes. */
  firstEvidenceId: 5_000_101,
} as const;

/** Writes the matrix fixtures: the person, their sheet, a course, a 2023 plan item and evidence rows. Tests only. */
export async function insertSkillsMatrixFixtures(db: Db): Promise<void> {
  const m = SKILLS_MATRIX;
  await insertPerson(db, { id: m.personId, hiringFiscalYear: 2015, hiredOn: '2015-04-01' });
  await assignToBody(db, m.personId, '342157', currentFiscalYear());
  await db.insert(skillSheets).values({
    id: m.sheetId,
    personId: m.personId,
    fiscalYear: 2024,
    jobType: 'security_specialist',
    careerStage: 'senior',
  });
  await insertCourse(db, { id: m.courseId, name: '権限確認用の研修', skillItems: ['cloud'] });
  const [plan] = await db
    .insert(trainingPlans)
    .values({ personId: m.personId, fiscalYear: 2023 })
    .returning();
  await db
    .insert(trainingPlanItems)
    .values({ id: m.planItemId, planId: plan!.id, courseId: m.courseId, costYen: 10_000 });
  await db.insert(skillEvidence).values(
    Array.from({ length: 10 }, (_, i) => ({
      id: m.firstEvidenceId + i,
      sheetId: m.sheetId,
      itemCode: 'communication',
      kind: 'ojt' as const,
      description: `権限確認 ${i}`,
    })),
  );
}
