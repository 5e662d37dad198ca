import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import {
  orgs,
  people,
  personCertifications,
  personLocationPreferences,
  users,
} from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { AppError, errors, type FieldIssue } from '../../platform/errors.ts';
import type { PersonRow } from './person-details.ts';
import type { PersonInput } from './talent.schema.ts';

/** The references of a person to check against the database before writing. */
type References = Partial<
  Pick<PersonInput, 'employerOrgCode' | 'homeOrgCode' | 'locationPreferences' | 'accountLogin' | 'employeeNo'>
>;

/**
 * Checks that referenced bodies and the linked account exist, and that the 職員番号 and the account
 * are not another person's. Returns per-field issues (400) and the account's user id; a taken 職員番号
 * or account is a 409. `personId` is the person being updated (undefined when creating).
 */
export async function checkReferences(
  tx: Db,
  refs: References,
  personId?: string,
): Promise<{ issues: FieldIssue[]; userId: string | null | undefined }> {
  const issues: FieldIssue[] = [];
  const codes = new Set<string>([
    ...(refs.employerOrgCode ? [refs.employerOrgCode] : []),
    ...(refs.homeOrgCode ? [refs.homeOrgCode] : []),
    ...(refs.locationPreferences ?? []),
  ]);
  const known = new Set(
    codes.size === 0
      ? []
      : (
          await tx
            .select({ code: orgs.code })
            .from(orgs)
            .where(inArray(orgs.code, [...codes]))
        ).map((o) => o.code),
  );
  const unknown = 'この団体コードの団体は登録されていません';
  if (refs.employerOrgCode && !known.has(refs.employerOrgCode))
    issues.push({ path: 'employerOrgCode', message: unknown });
  if (refs.homeOrgCode && !known.has(refs.homeOrgCode))
    issues.push({ path: 'homeOrgCode', message: unknown });
  (refs.locationPreferences ?? []).forEach((code, i) => {
    if (!known.has(code)) issues.push({ path: `locationPreferences.${i}`, message: unknown });
  });
  if (refs.employeeNo) {
    const [taken] = await tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.employeeNo, refs.employeeNo), personId ? ne(people.id, personId) : undefined));
    if (taken)
      throw new AppError('EMPLOYEE_NO_TAKEN', 409, `職員番号「${refs.employeeNo}」は既に登録されています。`);
  }
  const userId =
    refs.accountLogin === undefined ? undefined : await linkedUser(tx, refs.accountLogin, issues, personId);
  return { issues, userId };
}

async function linkedUser(tx: Db, login: string | null, issues: FieldIssue[], personId?: string) {
  if (login === null) return null;
  const [user] = await tx
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(eq(users.login, login));
  if (!user) {
    issues.push({ path: 'accountLogin', message: 'このログインIDの利用者はいません' });
    return null;
  }
  if (user.role !== 'member') {
    issues.push({ path: 'accountLogin', message: '共通人材（member）の利用者だけを紐付けできます' });
    return null;
  }
  const [other] = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.userId, user.id), personId ? ne(people.id, personId) : undefined));
  if (other)
    throw new AppError(
      'ACCOUNT_ALREADY_LINKED',
      409,
      `ログインID「${login}」は既に別の人材に紐付いています。`,
    );
  return user.id;
}

/** Replaces a person's certifications. */
export async function replaceCertifications(tx: Db, personId: string, list: PersonInput['certifications']) {
  await tx.delete(personCertifications).where(eq(personCertifications.personId, personId));
  if (list.length > 0) {
    await tx
      .insert(personCertifications)
      .values(list.map((c) => ({ personId, code: c.code, passedOn: c.passedOn })));
  }
}

/** Replaces a person's desired work locations; the array order is the rank (1 = first choice). */
export async function replacePreferences(tx: Db, personId: string, codes: string[]) {
  await tx.delete(personLocationPreferences).where(eq(personLocationPreferences.personId, personId));
  if (codes.length > 0) {
    await tx
      .insert(personLocationPreferences)
      .values(codes.map((orgCode, i) => ({ personId, rank: i + 1, orgCode })));
  }
}

/** A person as recorded in the audit log: the row with its certifications and ranked preferences. */
export async function personSnapshot(tx: Db, person: PersonRow) {
  const [certifications, preferences] = await Promise.all([
    tx
      .select({ code: personCertifications.code, passedOn: personCertifications.passedOn })
      .from(personCertifications)
      .where(eq(personCertifications.personId, person.id))
      .orderBy(asc(personCertifications.code)),
    tx
      .select({ orgCode: personLocationPreferences.orgCode })
      .from(personLocationPreferences)
      .where(eq(personLocationPreferences.personId, person.id))
      .orderBy(asc(personLocationPreferences.rank)),
  ]);
  return { ...person, certifications, locationPreferences: preferences.map((p) => p.orgCode) };
}

/** Throws the collected issues as one 400, so nothing is written. */
export function throwIfIssues(issues: FieldIssue[]): void {
  if (issues.length > 0) throw errors.validation(issues);
}
