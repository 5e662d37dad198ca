import { and, eq, gt, isNull } from 'drizzle-orm';
import { passwordResetTokens, sessions, users } from '../../../db/schema/index.ts';
import { writeAudit } from '../../platform/audit.ts';
import { markChanged } from '../../platform/change-feed.ts';
import type { Db } from '../../platform/db.ts';
import { AppError, errors } from '../../platform/errors.ts';
import { hashPassword } from '../../platform/password.ts';
import { passwordPolicyIssue } from '../../platform/password-policy.ts';
import { hashToken } from '../../platform/session.ts';
import { actorOf } from './open-session.ts';
import { unlockLogin } from './throttle.ts';

const invalidToken = () =>
  new AppError(
    'INVALID_RESET_TOKEN',
    400,
    'このパスワード再設定リンクは使えません（使用済みか、24時間の期限が切れています）。管理者に新しいリンクを発行してもらってください。',
  );

/**
 * Sets a new password with a reset link's token: the token must be unused and unexpired, and is
 * used up in the same statement that checks it (so it works once, even in parallel). The account's
 * sessions all end and its login is unlocked.
 */
export async function resetPassword(db: Db, input: { token: string; newPassword: string }): Promise<void> {
  const tokenHash = hashToken(input.token);
  const [found] = await db
    .select({ user: users })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(
      and(
        eq(passwordResetTokens.tokenHash, tokenHash),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, new Date()),
      ),
    );
  if (!found || found.user.disabled) throw invalidToken();
  const user = found.user;
  const issue = passwordPolicyIssue(input.newPassword, user.login);
  if (issue) throw errors.validation([{ path: 'newPassword', message: issue }]);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    const used = await tx
      .update(passwordResetTokens)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, tokenHash),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, new Date()),
        ),
      )
      .returning({ userId: passwordResetTokens.userId });
    if (used.length === 0) throw invalidToken();
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await tx.delete(sessions).where(eq(sessions.userId, user.id));
    await unlockLogin(tx, user.login);
    await markChanged(tx, 'auth'); // sessions held in memory, in every process, are looked up again

    await writeAudit(tx, actorOf(user), {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: user.id,
      after: { sessionsEnded: true },
    });
  });
}
