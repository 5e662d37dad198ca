import { eq } from 'drizzle-orm';
import { systems } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { ANY_VERSION, assertVersion, type ExpectedVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { assertBodyAccess } from '../../platform/scope.ts';
import { announceSearchChange } from '../search/search-channel.ts';
import { applySearchChange } from '../search/search-service.ts';

/**
 * Removes a system of the actor's body (admins: any body), audited with the row as it was; 412 when it
 * changed since the version the client expects.
 */
export async function deleteSystem(
  db: Db,
  actor: Actor,
  id: number,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(systems).where(eq(systems.id, id)).for('update');
    if (!before) throw errors.notFound('情報システム');
    assertBodyAccess(actor, before.orgCode, '情報システム');
    assertVersion(before.version, expected);
    await tx.delete(systems).where(eq(systems.id, id));
    await writeAudit(
      tx,
      actor,
      { action: 'system.delete', entityType: 'system', entityId: String(id), before },
      requestId,
    );
    await announceSearchChange(tx, { kind: 'system', ids: [id] });
  });
  await applySearchChange(db, { kind: 'system', ids: [id] });
}
