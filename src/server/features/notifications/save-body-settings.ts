import { eq } from 'drizzle-orm';
import { orgNotificationSettings, orgs } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { assertVersion, type ExpectedVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { assertBodyAccess } from '../../platform/scope.ts';
import { getBodySettings } from './body-settings.ts';

/**
 * Sets a body's contract window (months before a contract's end that its managers hear of it): the
 * body's own manager, or an admin for any body. `expected` is the If-Match version (0 = never set).
 * Contracts already announced are not announced again; a wider window announces the newly covered
 * ones at the next run. Audited.
 */
export async function saveBodySettings(
  db: Db,
  actor: Actor,
  orgCode: string,
  input: { contractWindowMonths: number },
  expected: ExpectedVersion,
  requestId?: string,
) {
  assertBodyAccess(actor, orgCode, '団体');
  if (actor.role !== 'admin' && !(actor.role === 'municipal_manager' && actor.orgCode === orgCode)) {
    throw errors.forbidden();
  }
  return db.transaction(async (tx) => {
    const [org] = await tx.select({ code: orgs.code }).from(orgs).where(eq(orgs.code, orgCode));
    if (!org) throw errors.notFound('団体');
    const [current] = await tx
      .select()
      .from(orgNotificationSettings)
      .where(eq(orgNotificationSettings.orgCode, orgCode))
      .for('update');
    const before = current ?? (await getBodySettings(tx, orgCode));
    assertVersion(before.version, expected);
    await tx
      .insert(orgNotificationSettings)
      .values({ orgCode, contractWindowMonths: input.contractWindowMonths, version: before.version + 1 })
      .onConflictDoUpdate({
        target: orgNotificationSettings.orgCode,
        set: {
          contractWindowMonths: input.contractWindowMonths,
          version: before.version + 1,
          updatedAt: new Date(),
        },
      });
    await writeAudit(
      tx,
      actor,
      {
        action: 'org_notification_settings.save',
        entityType: 'org',
        entityId: orgCode,
        before: { contractWindowMonths: before.contractWindowMonths },
        after: { contractWindowMonths: input.contractWindowMonths },
      },
      requestId,
    );
    return getBodySettings(tx, orgCode);
  });
}
