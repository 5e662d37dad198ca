import type { auditLog } from '../../../db/schema/index.ts';

/** The public shape of an audit entry. */
export function presentAuditEntry(e: typeof auditLog.$inferSelect) {
  return {
    id: e.id,
    at: e.at.toISOString(),
    actorLogin: e.actorLogin,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before,
    after: e.after,
    requestId: e.requestId,
  };
}
