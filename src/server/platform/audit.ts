import { auditLog } from '../../db/schema/index.ts';
import type { Actor } from './actor.ts';
import { markChanged } from './change-feed.ts';
import type { Db } from './db.ts';

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/**
 * Writes one audit entry. Call it with the transaction of the change it records, so the change
 * and its audit entry commit or roll back together. It also marks the change on the change feed, so
 * what is cached from the data is recomputed once the transaction commits, in every process.
 */
export async function writeAudit(tx: Db, actor: Actor, entry: AuditEntry, requestId?: string): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: actor.userId,
    actorLogin: actor.login,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: requestId ?? null,
  });
  await markChanged(tx);
}
