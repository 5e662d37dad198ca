import { and, asc, eq } from 'drizzle-orm';
import { orgs, sessions, users } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { markChanged } from '../../platform/change-feed.ts';
import { ANY_VERSION, assertVersion, type ExpectedVersion, nextVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { AppError, errors } from '../../platform/errors.ts';
import { auditableUser } from './users.presenter.ts';
import type { UserPatchInput } from './users.schema.ts';

const lastAdmin = () =>
  new AppError(
    'LAST_ADMIN',
    409,
    '有効な管理者がほかにいないため、この管理者を停止したり権限を変えたりできません。先に別の管理者を登録してください。',
  );

/**
 * An administrator's change to an account: display name, e-mail, role, body, disabled. Disabling
 * ends all of the account's sessions at once. The last active admin can be neither disabled nor
 * demoted (409 LAST_ADMIN): the active admins' rows are locked first, in id order, so two admins
 * demoting each other in parallel cannot both succeed. 412 on a stale If-Match. Audited before/after.
 */
export async function updateUser(
  db: Db,
  actor: Actor,
  id: string,
  patch: UserPatchInput,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
) {
  return db.transaction(async (tx) => {
    const touchesAdmins = patch.role !== undefined || patch.disabled !== undefined;
    const activeAdmins = touchesAdmins
      ? await tx
          .select({ id: users.id })
          .from(users)
          .where(and(eq(users.role, 'admin'), eq(users.disabled, false)))
          .orderBy(asc(users.id))
          .for('update')
      : [];
    const [before] = await tx.select().from(users).where(eq(users.id, id)).for('update');
    if (!before) throw errors.notFound('利用者');
    assertVersion(before.version, expected);

    const wasActiveAdmin = before.role === 'admin' && !before.disabled;
    const staysActiveAdmin = (patch.role ?? before.role) === 'admin' && !(patch.disabled ?? before.disabled);
    if (wasActiveAdmin && !staysActiveAdmin && !activeAdmins.some((a) => a.id !== id)) throw lastAdmin();
    if (patch.orgCode && patch.orgCode !== before.orgCode) {
      const [org] = await tx.select({ code: orgs.code }).from(orgs).where(eq(orgs.code, patch.orgCode));
      if (!org)
        throw errors.validation([{ path: 'orgCode', message: 'この団体コードの団体は登録されていません' }]);
    }

    const [after] = await tx
      .update(users)
      .set({ ...patch, version: nextVersion(users.version) })
      .where(eq(users.id, id))
      .returning();
    if (!after) throw new Error('update returned no row');
    const endedSessions =
      patch.disabled === true
        ? (await tx.delete(sessions).where(eq(sessions.userId, id)).returning({ id: sessions.id })).length
        : 0;
    await markChanged(tx, 'auth'); // sessions held in memory, in every process, are looked up again

    await writeAudit(
      tx,
      actor,
      {
        action: 'user.update',
        entityType: 'user',
        entityId: id,
        before: auditableUser(before),
        after: { ...auditableUser(after), ...(endedSessions > 0 ? { sessionsEnded: endedSessions } : {}) },
      },
      requestId,
    );
    return after;
  });
}
