import { and, desc, eq, gte, isNull, lte, ne, or, type SQL } from 'drizzle-orm';
import {
  assignments,
  communityCases,
  meetings,
  orgs,
  people,
  posts,
  practices,
} from '../../../db/schema/index.ts';
import { fiscalYearOf } from '../../../domain/fiscal-year.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import type { CreateCaseInput } from './community.schema.ts';
import { resolveOrgNames } from './org-names.ts';
import { todayInJapan } from './today.ts';

/** A case with its body's name and the title of the good practice it links to. */
export type CaseRow = typeof communityCases.$inferSelect & { orgName: string; practiceTitle: string | null };

/** Cases with their body's name and linked practice's title, to be narrowed with `.where()`. */
export function selectCases(db: Db) {
  return db
    .select({ c: communityCases, orgName: orgs.name, practiceTitle: practices.title })
    .from(communityCases)
    .innerJoin(orgs, eq(orgs.code, communityCases.orgCode))
    .leftJoin(practices, eq(practices.id, communityCases.practiceId))
    .$dynamic();
}

/** The rows of {@link selectCases} as {@link CaseRow}s. */
export function toCaseRows(
  rows: { c: typeof communityCases.$inferSelect; orgName: string; practiceTitle: string | null }[],
): CaseRow[] {
  return rows.map((r) => ({ ...r.c, orgName: r.orgName, practiceTitle: r.practiceTitle }));
}

/** Cases and problems, newest first, with the body's name. Shared with every signed-in role. */
export async function listCases(
  db: Db,
  filter: { kind?: CaseRow['kind']; orgCode?: string; open?: boolean; practiceId?: number },
): Promise<CaseRow[]> {
  const conditions: SQL[] = [];
  if (filter.kind) conditions.push(eq(communityCases.kind, filter.kind));
  if (filter.orgCode) conditions.push(eq(communityCases.orgCode, filter.orgCode));
  if (filter.practiceId !== undefined) conditions.push(eq(communityCases.practiceId, filter.practiceId));
  if (filter.open === true)
    conditions.push(eq(communityCases.kind, 'problem'), ne(communityCases.status, 'resolved'));
  const rows = await selectCases(db)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(communityCases.reportedOn), desc(communityCases.createdAt));
  return toCaseRows(rows);
}

/** Bodies where a member (共通人材) holds a post in the current 年度 — where they may report from. */
export async function memberPostBodies(db: Db, actor: Actor, fiscalYear: number): Promise<string[]> {
  if (!actor.userId) return [];
  const rows = await db
    .select({ orgCode: posts.orgCode })
    .from(assignments)
    .innerJoin(people, eq(people.id, assignments.personId))
    .innerJoin(posts, eq(posts.id, assignments.postId))
    .where(
      and(
        eq(people.userId, actor.userId),
        eq(assignments.status, 'actual'),
        lte(assignments.startFiscalYear, fiscalYear),
        or(isNull(assignments.endFiscalYear), gte(assignments.endFiscalYear, fiscalYear)),
      ),
    );
  return rows.map((r) => r.orgCode);
}

/**
 * Reports a good case or a problem from a body. The program office and officers report for any
 * body; a body's DX manager and staff for their own; a 共通人材 for the bodies they are posted to.
 */
export async function createCase(db: Db, actor: Actor, input: CreateCaseInput, requestId?: string) {
  const today = todayInJapan();
  const allowed =
    actor.role === 'admin' ||
    actor.role === 'talent_officer' ||
    ((actor.role === 'municipal_manager' || actor.role === 'municipal_staff') &&
      actor.orgCode === input.orgCode) ||
    (actor.role === 'member' &&
      (await memberPostBodies(db, actor, fiscalYearOf(today))).includes(input.orgCode));
  if (!allowed)
    throw errors.forbidden('この団体の事例・課題は、その団体の担当者または配属された共通人材が登録します。');
  return db.transaction(async (tx) => {
    const names = await resolveOrgNames(tx, [{ path: 'orgCode', code: input.orgCode }]);
    if (input.meetingId) {
      const [m] = await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, input.meetingId));
      if (!m) throw errors.validation([{ path: 'meetingId', message: 'この会議は登録されていません' }]);
    }
    const practiceTitle = await linkedPracticeTitle(tx, input.practiceId);
    const [row] = await tx
      .insert(communityCases)
      .values({
        ...input,
        reportedOn: input.reportedOn ?? today,
        reporterName: actor.displayName,
        reporterUserId: actor.userId,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await writeAudit(
      tx,
      actor,
      { action: 'case.create', entityType: 'case', entityId: row.id, after: row },
      requestId,
    );
    return { ...row, orgName: names.get(row.orgCode) ?? row.orgCode, practiceTitle };
  });
}

/** The title of the practice a case is to link to; a 400 on `practiceId` when there is no such practice. */
export async function linkedPracticeTitle(tx: Db, practiceId: number | null): Promise<string | null> {
  if (practiceId === null) return null;
  const [p] = await tx.select({ title: practices.title }).from(practices).where(eq(practices.id, practiceId));
  if (!p)
    throw errors.validation([{ path: 'practiceId', message: 'この好事例（施策）は登録されていません' }]);
  return p.title;
}
