import { eq } from 'drizzle-orm';
import { orgs, systems } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { ANY_VERSION, assertVersion, type ExpectedVersion, nextVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { assertBodyAccess } from '../../platform/scope.ts';
import { announceSearchChange } from '../search/search-channel.ts';
import { applySearchChange } from '../search/search-service.ts';
import { getSystem } from './get-system.ts';
import type { SystemRow } from './inventory.presenter.ts';
import { type SystemPatchInput, systemIssues } from './inventory.schema.ts';

const CLEARED_WHEN_EMPTY = ['category', 'unit', 'vendor', 'product', 'note'] as const;

/**
 * Changes a system of the actor's body (admins: any body); moving it to another body needs access
 * to that body too. 404 for a system of a body the actor may not edit; 412 when it changed since the
 * version the client expects. Audited with before/after.
 */
export async function updateSystem(
  db: Db,
  actor: Actor,
  id: number,
  patch: SystemPatchInput,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
): Promise<SystemRow> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(systems).where(eq(systems.id, id)).for('update');
    if (!before) throw errors.notFound('情報システム');
    assertBodyAccess(actor, before.orgCode, '情報システム');
    assertVersion(before.version, expected);
    const changes: Partial<typeof systems.$inferInsert> = { ...patch };
    for (const k of CLEARED_WHEN_EMPTY) if (changes[k] === '') changes[k] = null;
    if (patch.orgCode && patch.orgCode !== before.orgCode) {
      assertBodyAccess(actor, patch.orgCode, '団体');
      const [org] = await tx.select({ code: orgs.code }).from(orgs).where(eq(orgs.code, patch.orgCode));
      if (!org)
        throw errors.validation([{ path: 'orgCode', message: 'この団体コードの団体は登録されていません' }]);
    }
    const merged = { ...before, ...changes };
    const issues = systemIssues(merged);
    if (issues.length > 0) throw errors.validation(issues);
    const [after] = await tx
      .update(systems)
      .set({ ...changes, updatedAt: new Date(), version: nextVersion(systems.version) })
      .where(eq(systems.id, id))
      .returning();
    await writeAudit(
      tx,
      actor,
      { action: 'system.update', entityType: 'system', entityId: String(id), before, after },
      requestId,
    );
    await announceSearchChange(tx, { kind: 'system', ids: [id] });
  });
  await applySearchChange(db, { kind: 'system', ids: [id] });
  return getSystem(db, id);
}
