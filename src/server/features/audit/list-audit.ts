import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { auditLog } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';

export type AuditFilter = {
  entityType?: string;
  entityId?: string;
  actorLogin?: string;
  before?: number;
  limit: number;
};

/** Newest audit entries first, keyset-paginated by id. */
export async function listAudit(db: Db, filter: AuditFilter) {
  const conditions: SQL[] = [];
  if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  if (filter.actorLogin) conditions.push(eq(auditLog.actorLogin, filter.actorLogin));
  if (filter.before) conditions.push(lt(auditLog.id, filter.before));
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  return { items: page, nextBefore: rows.length > filter.limit ? (page.at(-1)?.id ?? null) : null };
}
