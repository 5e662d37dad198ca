import { eq } from 'drizzle-orm';
import { practices } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { ANY_VERSION, assertVersion, type ExpectedVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { assertBodyAccess } from '../../platform/scope.ts';
import { announceSearchChange } from '../search/search-channel.ts';
import { applySearchChange } from '../search/search-service.ts';

/** Removes an initiative of the actor's body (with its attachments, comments and adoptions), audited; 412 when
 * it changed since the version the client expects. */
export async function deletePractice(
  db: Db,
  actor: Actor,
  id: number,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(practices).where(eq(practices.id, id)).for('update');
    if (!before) throw errors.notFound('施策');
    assertBodyAccess(actor, before.orgCode, '施策');
    assertVersion(before.version, expected);
    await tx.delete(practices).where(eq(practices.id, id));
    await writeAudit(
      tx,
      actor,
      { action: 'practice.delete', entityType: 'practice', entityId: String(id), before },
      requestId,
    );
    await announceSearchChange(tx, { kind: 'practice', ids: [id] });
  });
  await applySearchChange(db, { kind: 'practice', ids: [id] });
}
