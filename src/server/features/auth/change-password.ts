import { and, eq, ne } from 'drizzle-orm';
import { sessions, users } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { markChanged } from '../../platform/change-feed.ts';
import type { Db } from '../../platform/db.ts';
import { AppError, errors } from '../../platform/errors.ts';
import { hashPassword, verifyPassword } from '../../platform/password.ts';
import { passwordPolicyIssue } from '../../platform/password-policy.ts';
import { checkedAttempt } from './throttle.ts';

/** The signed-in user's row; 401 if it vanished (deleted while signed in). */
export async function ownUser(db: Db, actor: Actor) {
  const [user] = actor.userId ? await db.select().from(users).where(eq(users.id, actor.userId)) : [];
  if (!user) throw errors.unauthenticated();
  return user;
}

/**
 * Checks the signed-in user's current password, throttled like sign-in (kind `password_change`), so
 * a borrowed session cannot be used to guess it. Refuses with a 400 on `currentPassword`.
 */
export async function confirmCurrentPassword(
  db: Db,
  user: { login: string; passwordHash: string | null },
  currentPassword: string,
  ip: string,
): Promise<void> {
  if (!user.passwordHash) {
    throw new AppError(
      'NO_PASSWORD',
      409,
      'このアカウントにはパスワードが設定されていません（シングルサインオンで利用しています）。',
    );
  }
  const hash = user.passwordHash;
  const right = await checkedAttempt(db, { login: user.login, ip, kind: 'password_change' }, async () =>
    (await verifyPassword(currentPassword, hash)) ? true : null,
  );
  if (!right)
    throw errors.validation([{ path: 'currentPassword', message: '現在のパスワードが正しくありません' }]);
}

/**
 * Self-service password change: the current password, then a new one meeting the policy. Every
 * other session of the user ends; the one in use stays.
 */
export async function changePassword(
  db: Db,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; ip: string; currentSessionHash: string },
  requestId?: string,
): Promise<void> {
  const user = await ownUser(db, actor);
  const issue = passwordPolicyIssue(input.newPassword, user.login);
  if (issue) throw errors.validation([{ path: 'newPassword', message: issue }]);
  await confirmCurrentPassword(db, user, input.currentPassword, input.ip);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    const ended = await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, user.id), ne(sessions.tokenHash, input.currentSessionHash)))
      .returning({ id: sessions.id });
    await markChanged(tx, 'auth'); // sessions held in memory, in every process, are looked up again

    await writeAudit(
      tx,
      actor,
      {
        action: 'user.password_change',
        entityType: 'user',
        entityId: user.id,
        after: { otherSessionsEnded: ended.length },
      },
      requestId,
    );
  });
}
