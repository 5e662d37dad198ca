import { eq } from 'drizzle-orm';
import { mfaChallenges, users } from '../../../db/schema/index.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from '../../platform/password.ts';
import { type AccountPolicy, hashToken, newToken } from '../../platform/session.ts';
import { actorOf, type OpenedSession, openSession, type SignInContext } from './open-session.ts';
import { checkedAttempt } from './throttle.ts';

export { THROTTLE } from './throttle.ts';

/** How long a password accepted for a TOTP-enrolled account waits for its code. */
export const MFA_CHALLENGE_MINUTES = 5;

/** The result of the password step: a session, or a challenge for the second factor. */
export type LoginResult =
  | ({ kind: 'session' } & OpenedSession)
  | { kind: 'mfa'; challengeToken: string; expiresAt: Date };

const invalidCredentials = () =>
  new AppError('INVALID_CREDENTIALS', 401, 'ログインIDまたはパスワードが正しくありません。');

/** 403 for a demo account while the server listens beyond loopback. */
export const demoAccountDisabled = () =>
  new AppError(
    'DEMO_ACCOUNT_DISABLED',
    403,
    'デモ用アカウントは、このサーバーでは使えません（公開されたパスワードのため、外部から接続できる設定では停止しています）。管理者に本番用のアカウントを発行してもらってください。',
  );

/** Replaces a hash made with older, weaker parameters, now that the password is known to be right. */
async function upgradeHash(db: Db, user: typeof users.$inferSelect, password: string): Promise<void> {
  if (!user.passwordHash || !needsRehash(user.passwordHash)) return;
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await writeAudit(tx, actorOf(user), {
      action: 'user.password_upgrade',
      entityType: 'user',
      entityId: user.id,
    });
  });
}

/**
 * The password step of signing in. The throttle is checked and the attempt counted before the
 * password is (see reserveAttempt); the error never tells which part was wrong, and an unknown login
 * is checked against a dummy hash so timing does not reveal it. A TOTP-enrolled account gets a
 * challenge for its code instead of a session.
 */
export async function login(
  db: Db,
  input: { login: string; password: string } & SignInContext,
  policy: AccountPolicy,
): Promise<LoginResult> {
  const user = await checkedAttempt(db, { login: input.login, ip: input.ip, kind: 'password' }, async () => {
    const [found] = await db.select().from(users).where(eq(users.login, input.login)).limit(1);
    const ok = await verifyPassword(input.password, found?.passwordHash ?? (await dummyPasswordHash()));
    return ok && found?.passwordHash && !found.disabled ? found : null;
  });
  if (!user) throw invalidCredentials();
  if (user.isDemo && !policy.demoAccountsAllowed) throw demoAccountDisabled();
  await upgradeHash(db, user, input.password);

  if (user.totpSecret) {
    const challengeToken = newToken();
    const expiresAt = new Date(Date.now() + MFA_CHALLENGE_MINUTES * 60_000);
    await db
      .insert(mfaChallenges)
      .values({ tokenHash: hashToken(challengeToken), userId: user.id, expiresAt });
    return { kind: 'mfa', challengeToken, expiresAt };
  }
  return { kind: 'session', ...(await openSession(db, user, 'password', input)) };
}
