import { eq } from 'drizzle-orm';
import { orgTargetPositions } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { ANY_VERSION, type ExpectedVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { lockTarget } from './targets.ts';

/** Removes a role from a body's target organisation; 403 for another body's manager, 412 when stale. Audited. */
export async function deleteTarget(
  db: Db,
  actor: Actor,
  id: string,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await lockTarget(tx, actor, id, expected);
    await tx.delete(orgTargetPositions).where(eq(orgTargetPositions.id, id));
    await writeAudit(
      tx,
      actor,
      { action: 'target_position.delete', entityType: 'org_target_position', entityId: id, before },
      requestId,
    );
  });
}
