import { and, eq, gt, isNull, lt, or } from 'drizzle-orm';
import { mfaChallenges, mfaRecoveryCodes, users } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { type AccountPolicy, hashToken } from '../../platform/session.ts';
import { demoAccountDisabled } from './login.ts';
import { type OpenedSession, openSession, type SignInContext } from './open-session.ts';
import { checkedAttempt } from './throttle.ts';
import { hashRecoveryCode, isRecoveryCodeShape, matchTotp } from './totp.ts';

const challengeExpired = () =>
  new AppError(
    'MFA_CHALLENGE_EXPIRED',
    401,
    '確認コードの入力期限が切れました。もう一度ログインIDとパスワードを入力してください。',
  );

/**
 * Accepts a code for `user`: a TOTP code of a step later than the last one accepted (the step is
 * stored in the same statement, so two parallel requests cannot both use it), or an unused recovery
 * code (marked used in the same statement). Returns whether it was accepted.
 */
export async function acceptSecondFactor(
  db: Db,
  user: { id: string; totpSecret: string | null },
  code: string,
): Promise<boolean> {
  const typed = code.trim();
  if (isRecoveryCodeShape(typed)) {
    const used = await db
      .update(mfaRecoveryCodes)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(mfaRecoveryCodes.userId, user.id),
          eq(mfaRecoveryCodes.codeHash, hashRecoveryCode(typed)),
          isNull(mfaRecoveryCodes.usedAt),
        ),
      )
      .returning({ id: mfaRecoveryCodes.id });
    return used.length === 1;
  }
  if (!user.totpSecret) return false;
  const step = matchTotp(user.totpSecret, typed);
  if (step === null) return false;
  const stored = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return stored.length === 1;
}

/**
 * The second step of signing in: the challenge from the password step and a TOTP or recovery code,
 * throttled per login like passwords. A correct code ends the challenge and opens the session.
 */
export async function completeMfaLogin(
  db: Db,
  input: { challengeToken: string; code: string } & SignInContext,
  policy: AccountPolicy,
): Promise<OpenedSession> {
  const tokenHash = hashToken(input.challengeToken);
  const [challenge] = await db
    .select({ userId: mfaChallenges.userId })
    .from(mfaChallenges)
    .where(and(eq(mfaChallenges.tokenHash, tokenHash), gt(mfaChallenges.expiresAt, new Date())));
  if (!challenge) throw challengeExpired();
  const [user] = await db.select().from(users).where(eq(users.id, challenge.userId));
  if (!user || user.disabled) throw challengeExpired();
  if (user.isDemo && !policy.demoAccountsAllowed) throw demoAccountDisabled();

  const accepted = await checkedAttempt(db, { login: user.login, ip: input.ip, kind: 'totp' }, async () =>
    (await acceptSecondFactor(db, user, input.code)) ? true : null,
  );
  if (!accepted) {
    throw new AppError('INVALID_MFA_CODE', 401, '確認コードが正しくありません。', [
      { path: 'code', message: '認証アプリに表示されている6桁の数字、または回復コードを入力してください' },
    ]);
  }
  const ended = await db.delete(mfaChallenges).where(eq(mfaChallenges.tokenHash, tokenHash)).returning();
  if (ended.length === 0) throw challengeExpired(); // used by a parallel request a moment ago
  await db.delete(mfaChallenges).where(lt(mfaChallenges.expiresAt, new Date()));
  return openSession(db, user, 'password', input);
}
