import { and, asc, eq } from 'drizzle-orm';
import { orgs, orgTargetPositions } from '../../../db/schema/index.ts';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { jobTypeOf } from '../../../domain/job-types.ts';
import { jobTypeForRole } from '../../../domain/workforce.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { assertVersion, type ExpectedVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { AppError, errors } from '../../platform/errors.ts';
import { resolveOrgNames } from '../community/org-names.ts';
import type { CreateTargetInput } from './workforce.schema.ts';

export type TargetRow = typeof orgTargetPositions.$inferSelect & { orgName: string };

/** Every body's target organisation rows, by body, 年度 and kind. Shared program information. */
export async function listTargets(db: Db): Promise<TargetRow[]> {
  const rows = await db
    .select({ t: orgTargetPositions, orgName: orgs.name })
    .from(orgTargetPositions)
    .innerJoin(orgs, eq(orgs.code, orgTargetPositions.orgCode))
    .orderBy(
      asc(orgTargetPositions.orgCode),
      asc(orgTargetPositions.targetFiscalYear),
      asc(orgTargetPositions.createdAt),
    );
  return rows.map((r) => ({ ...r.t, orgName: r.orgName }));
}

/** A target row as the API shows it. */
export function presentTarget(t: TargetRow) {
  return {
    id: t.id,
    orgCode: t.orgCode,
    orgName: t.orgName,
    targetFiscalYear: t.targetFiscalYear,
    label: formatFiscalYear(t.targetFiscalYear),
    staffKind: t.staffKind,
    roleName: t.roleName,
    jobType: t.jobType,
    jobTypeName: t.jobType ? (jobTypeOf(t.jobType)?.name ?? t.jobType) : null,
    count: t.count,
    note: t.note,
    version: t.version,
  };
}

/**
 * Who keeps a body's target organisation: the program office and the talent organisation for every
 * body, the body's DX manager for their own (the route lets no one else in).
 */
export function assertMayEditTargets(actor: Actor, orgCode: string): void {
  if (actor.role === 'municipal_manager' && actor.orgCode !== orgCode) {
    throw errors.forbidden(
      '目指す組織体制を登録・変更できるのは、その団体のDX責任者と県DX推進チーム・人材機構です。',
    );
  }
}

/** The job type of a target row: none for 行政職; else the one given or the one the role name maps to (400 if none). */
export function targetJobType(row: {
  staffKind: TargetRow['staffKind'];
  roleName: string;
  jobType: string | null;
}): string | null {
  if (row.staffKind === 'administrative') return null;
  const jobType = row.jobType ?? jobTypeForRole(row.roleName) ?? null;
  if (!jobType) {
    throw errors.validation([
      { path: 'jobType', message: '役割名からジョブタイプを判断できません。ジョブタイプを選んでください' },
    ]);
  }
  return jobType;
}

/** 409 when the body already has this role for the 年度 (other than the row `exceptId`). */
export async function assertRoleFree(
  tx: Db,
  key: { orgCode: string; targetFiscalYear: number; roleName: string },
  exceptId?: string,
): Promise<void> {
  const [existing] = await tx
    .select({ id: orgTargetPositions.id })
    .from(orgTargetPositions)
    .where(
      and(
        eq(orgTargetPositions.orgCode, key.orgCode),
        eq(orgTargetPositions.targetFiscalYear, key.targetFiscalYear),
        eq(orgTargetPositions.roleName, key.roleName),
      ),
    );
  if (existing && existing.id !== exceptId)
    throw new AppError('TARGET_EXISTS', 409, 'この団体・年度・役割の目標は既に登録されています。');
}

/**
 * Adds a role to a body's target organisation (目指す組織体制). A 情報システム人材 row needs a job type —
 * given, or mapped from the role name; a 行政職 row has none. Program-wide roles for any body, a
 * body's DX manager for their own. One row per body, 年度 and role (409). Audited.
 */
export async function createTarget(
  db: Db,
  actor: Actor,
  input: CreateTargetInput,
  requestId?: string,
): Promise<TargetRow> {
  assertMayEditTargets(actor, input.orgCode);
  const jobType = targetJobType(input);
  return db.transaction(async (tx) => {
    const names = await resolveOrgNames(tx, [{ path: 'orgCode', code: input.orgCode }]);
    await assertRoleFree(tx, input);
    const [row] = await tx
      .insert(orgTargetPositions)
      .values({ ...input, jobType })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await writeAudit(
      tx,
      actor,
      { action: 'target_position.create', entityType: 'org_target_position', entityId: row.id, after: row },
      requestId,
    );
    return { ...row, orgName: names.get(row.orgCode) ?? row.orgCode };
  });
}

/**
 * A role of a target organisation, locked for the transaction of its change: 404 when there is
 * none, 403 for another body's manager, 412 when it changed since the version the client expects.
 */
export async function lockTarget(tx: Db, actor: Actor, id: string, expected: ExpectedVersion) {
  const [row] = await tx.select().from(orgTargetPositions).where(eq(orgTargetPositions.id, id)).for('update');
  if (!row) throw errors.notFound('目指す組織体制の役割');
  assertMayEditTargets(actor, row.orgCode);
  assertVersion(row.version, expected);
  return row;
}
