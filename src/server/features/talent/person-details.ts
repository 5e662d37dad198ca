import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  assignments,
  orgs,
  type people,
  personCertifications,
  personLocationPreferences,
  posts,
  users,
} from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { spansFiscalYear } from './person-access.ts';

export type PersonRow = typeof people.$inferSelect;
export type CertificationRow = { code: string; passedOn: string };
export type AssignmentInfo = {
  assignmentId: string;
  postId: string;
  postTitle: string;
  unit: string;
  orgCode: string;
  fte: number;
  startFiscalYear: number;
  endFiscalYear: number | null;
  status: 'actual' | 'planned';
};

/** What the presenter needs beside the person row; each map is keyed by person id. */
export type PersonDetails = {
  orgNames: Map<string, string>;
  certifications: Map<string, CertificationRow[]>;
  preferences: Map<string, string[]>;
  assignments: Map<string, AssignmentInfo[]>;
  logins: Map<string, string>;
};

const group = <T>(rows: (T & { personId: string })[]): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const { personId, ...rest } of rows) {
    const list = map.get(personId) ?? [];
    list.push(rest as unknown as T);
    map.set(personId, list);
  }
  return map;
};

/** Every body's name by code (24 rows; read once per request). */
export async function loadOrgNames(db: Db): Promise<Map<string, string>> {
  const rows = await db.select({ code: orgs.code, name: orgs.name }).from(orgs);
  return new Map(rows.map((o) => [o.code, o.name]));
}

/**
 * Loads certifications, ranked location preferences, the assignments spanning `fiscalYear` and the
 * linked account's login for a set of people, in four queries whatever their number.
 */
export async function loadPersonDetails(
  db: Db,
  persons: readonly PersonRow[],
  fiscalYear: number,
): Promise<PersonDetails> {
  const ids = persons.map((p) => p.id);
  const userIds = persons.flatMap((p) => (p.userId ? [p.userId] : []));
  const none = ids.length === 0;
  const [orgNames, certs, prefs, assigned, accounts] = await Promise.all([
    loadOrgNames(db),
    none
      ? []
      : db
          .select({
            personId: personCertifications.personId,
            code: personCertifications.code,
            passedOn: personCertifications.passedOn,
          })
          .from(personCertifications)
          .where(inArray(personCertifications.personId, ids))
          .orderBy(asc(personCertifications.passedOn), asc(personCertifications.code)),
    none
      ? []
      : db
          .select({
            personId: personLocationPreferences.personId,
            orgCode: personLocationPreferences.orgCode,
          })
          .from(personLocationPreferences)
          .where(inArray(personLocationPreferences.personId, ids))
          .orderBy(asc(personLocationPreferences.rank)),
    none
      ? []
      : db
          .select({
            personId: assignments.personId,
            assignmentId: assignments.id,
            postId: posts.id,
            postTitle: posts.title,
            unit: posts.unit,
            orgCode: posts.orgCode,
            fte: assignments.fte,
            startFiscalYear: assignments.startFiscalYear,
            endFiscalYear: assignments.endFiscalYear,
            status: assignments.status,
          })
          .from(assignments)
          .innerJoin(posts, eq(posts.id, assignments.postId))
          .where(and(inArray(assignments.personId, ids), spansFiscalYear(fiscalYear)))
          .orderBy(asc(assignments.startFiscalYear), asc(posts.orgCode)),
    userIds.length === 0
      ? []
      : db.select({ id: users.id, login: users.login }).from(users).where(inArray(users.id, userIds)),
  ]);
  const loginByUser = new Map(accounts.map((a) => [a.id, a.login]));
  const logins = new Map<string, string>();
  for (const p of persons) {
    const login = p.userId ? loginByUser.get(p.userId) : undefined;
    if (login) logins.set(p.id, login);
  }
  const preferences = new Map<string, string[]>();
  for (const [id, rows] of group<{ orgCode: string }>(prefs)) {
    preferences.set(
      id,
      rows.map((r) => r.orgCode),
    );
  }
  return {
    orgNames,
    certifications: group<CertificationRow>(certs),
    preferences,
    assignments: group<AssignmentInfo>(assigned),
    logins,
  };
}
