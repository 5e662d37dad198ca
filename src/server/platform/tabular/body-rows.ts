import { count, inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db.ts';
import { canAccessBody } from '../scope.ts';
import type { ImportBatchInfo, ImportContext } from './import-target.ts';

/** The body an imported row belongs to, or why it cannot be imported. */
export type RowBody = { ok: true; orgCode: string } | { ok: false; field: 'orgCode'; message: string };

/**
 * The body of a row of body-owned records: the one it names, else the import's default body. A body
 * that does not exist, or that the importer may not edit, makes the row an error (`what` names the
 * records in the message: 台帳, 施策).
 */
export function rowBody(named: string | null | undefined, context: ImportContext, what: string): RowBody {
  const orgCode = named ?? context.defaultOrgCode;
  if (!context.knownOrgCodes.has(orgCode)) {
    return { ok: false, field: 'orgCode', message: `団体コード ${orgCode} の団体は登録されていません` };
  }
  if (!canAccessBody(context.actor, orgCode)) {
    return { ok: false, field: 'orgCode', message: `他の団体（${orgCode}）の${what}は取り込めません` };
  }
  return { ok: true, orgCode };
}

/**
 * The `beforeInsert` of replace mode for body-owned records: in the commit's transaction, deletes the
 * current rows of the bodies the file names; the number deleted goes into the audit entry.
 */
export function replaceRowsOfBodies(
  table: PgTable,
  orgCode: PgColumn,
): (tx: Db, batch: ImportBatchInfo) => Promise<{ deleted: number }> {
  return async (tx, batch) => {
    if (batch.mode !== 'replace' || batch.orgCodes.length === 0) return { deleted: 0 };
    const [current] = await tx.select({ n: count() }).from(table).where(inArray(orgCode, batch.orgCodes));
    await tx.delete(table).where(inArray(orgCode, batch.orgCodes));
    return { deleted: current?.n ?? 0 };
  };
}
