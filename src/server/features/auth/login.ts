import { and, count, eq, gt, max } from 'drizzle-orm';
import { loginAttempts, sessions, users } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { dummyPasswordHash, verifyPassword } from '../../platform/password.ts';
import { hashToken, newToken } from '../../platform/session.ts';

/** Failures allowed per login (and, more loosely, per address) inside the window before throttling. */
export const THROTTLE = { windowMinutes: 15, maxFailuresPerLogin: 5, maxFailuresPerIp: 30 } as const;

const invalidCredentials = () =>
  new AppError('INVALID_CREDENTIALS', 401, 'ログインIDまたはパスワードが正しくありません。');

async function recentFailures(
  db: Db,
  column: typeof loginAttempts.login | typeof loginAttempts.ip,
  value: string,
) {
  const windowStart = new Date(Date.now() - THROTTLE.windowMinutes * 60_000);
  // Failures count only since the last success, so a user who got in is not locked by older typos.
  const [last] = await db
    .select({ at: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(column, value), eq(loginAttempts.succeeded, true)));
  const since = last?.at && last.at > windowStart ? last.at : windowStart;
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(column, value), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  return row?.n ?? 0;
}

/**
 * Checks a login and password and opens a session. The error never tells which part was wrong;
 * too many recent failures for the login or the address answer 429 without checking the password.
 */
export async function login(
  db: Db,
  input: { login: string; password: string; ip: string; sessionTtlHours: number },
): Promise<{ token: string; csrfToken: string; expiresAt: Date; actor: Actor }> {
  const [byLogin, byIp] = await Promise.all([
    recentFailures(db, loginAttempts.login, input.login),
    recentFailures(db, loginAttempts.ip, input.ip),
  ]);
  if (byLogin >= THROTTLE.maxFailuresPerLogin || byIp >= THROTTLE.maxFailuresPerIp) {
    throw new AppError(
      'LOGIN_THROTTLED',
      429,
      `ログインの失敗が続いたため、一時的に受け付けを停止しています。${THROTTLE.windowMinutes}分ほどおいて再度お試しください。`,
    );
  }

  const [user] = await db.select().from(users).where(eq(users.login, input.login)).limit(1);
  // Verify against a dummy hash for unknown logins so timing does not reveal which logins exist.
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash()));
  const succeeded = ok && user !== undefined && !user.disabled;
  await db.insert(loginAttempts).values({ login: input.login, ip: input.ip, succeeded });
  if (!succeeded || !user) throw invalidCredentials();

  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + input.sessionTtlHours * 3_600_000);
  const actor: Actor = {
    userId: user.id,
    login: user.login,
    displayName: user.displayName,
    role: user.role,
    orgCode: user.orgCode,
  };
  await db.transaction(async (tx) => {
    await tx.insert(sessions).values({ tokenHash: hashToken(token), userId: user.id, csrfToken, expiresAt });
    await writeAudit(tx, actor, { action: 'login', entityType: 'user', entityId: user.id });
  });
  return { token, csrfToken, expiresAt, actor };
}
