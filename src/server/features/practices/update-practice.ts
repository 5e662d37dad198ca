import { eq } from 'drizzle-orm';
import { practices } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { ANY_VERSION, assertVersion, type ExpectedVersion, nextVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { assertBodyAccess } from '../../platform/scope.ts';
import { announceSearchChange } from '../search/search-channel.ts';
import { applySearchChange } from '../search/search-service.ts';
import { getPracticeRow } from './get-practice.ts';
import type { PracticePatchInput } from './practices.schema.ts';

/**
 * Changes an initiative of the actor's body (admins: any); 404 for another body's; 412 when it changed
 * since the version the client expects. Audited.
 */
export async function updatePractice(
  db: Db,
  actor: Actor,
  id: number,
  patch: PracticePatchInput,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
) {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(practices).where(eq(practices.id, id)).for('update');
    if (!before) throw errors.notFound('施策');
    assertBodyAccess(actor, before.orgCode, '施策');
    assertVersion(before.version, expected);
    const changes = { ...patch };
    for (const k of ['funding', 'outcome', 'contact'] as const) if (changes[k] === '') changes[k] = null;
    const [after] = await tx
      .update(practices)
      .set({ ...changes, updatedAt: new Date(), version: nextVersion(practices.version) })
      .where(eq(practices.id, id))
      .returning();
    await writeAudit(
      tx,
      actor,
      { action: 'practice.update', entityType: 'practice', entityId: String(id), before, after },
      requestId,
    );
    await announceSearchChange(tx, { kind: 'practice', ids: [id] });
  });
  await applySearchChange(db, { kind: 'practice', ids: [id] });
  return getPracticeRow(db, id);
}
