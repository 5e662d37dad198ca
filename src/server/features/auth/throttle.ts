import { and, desc, eq, gt, inArray, max, sql } from 'drizzle-orm';
import { type ATTEMPT_KINDS, loginAttempts } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';

/** What is being guessed: a password at sign-in, a TOTP code, the current password when changing it. */
export type AttemptKind = Exclude<(typeof ATTEMPT_KINDS)[number], 'reset'>;

/**
 * Failures allowed inside the window before throttling: per login and kind (counted since that
 * kind's last success or an unlock), and per address (all kinds; a success never clears them).
 */
export const THROTTLE = { windowMinutes: 15, maxFailuresPerLogin: 5, maxFailuresPerIp: 30 } as const;

const WINDOW_MS = THROTTLE.windowMinutes * 60_000;

/** Seconds until the oldest of the most recent `limit` failures leaves the window, or 0 below the limit. */
function secondsUntilBelow(failureTimes: Date[], limit: number, now: number): number {
  if (failureTimes.length < limit) return 0;
  const leaving = failureTimes[limit - 1];
  if (!leaving) return 0;
  return Math.max(1, Math.ceil((leaving.getTime() + WINDOW_MS - now) / 1000));
}

/** When a login's failures of `kind` start to count: its last success of that kind or unlock, within the window. */
async function countingSince(db: Db, login: string, kind: AttemptKind, windowStart: Date): Promise<Date> {
  const [last] = await db
    .select({ at: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.login, login),
        eq(loginAttempts.succeeded, true),
        inArray(loginAttempts.kind, [kind, 'reset']),
      ),
    );
  return last?.at && last.at > windowStart ? last.at : windowStart;
}

async function recentFailureTimes(db: Db, where: ReturnType<typeof and>, limit: number): Promise<Date[]> {
  const rows = await db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(where)
    .orderBy(desc(loginAttempts.at))
    .limit(limit);
  return rows.map((r) => r.at);
}

function throttled(retryAfterSeconds: number): AppError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return new AppError(
    'LOGIN_THROTTLED',
    429,
    `失敗が続いたため、一時的に受け付けを停止しています。${minutes}分ほどおいて再度お試しください。`,
    undefined,
    { 'Retry-After': String(retryAfterSeconds) },
  );
}

/**
 * Checks the throttle and counts this attempt in one step: under transaction-scoped advisory locks on
 * the login and on the address, it counts the recent failures and, below the limits, records this
 * attempt as a failure before any secret is checked. So parallel guesses queue on the lock and each
 * sees the ones before it: at most `maxFailuresPerLogin` are ever checked. A correct secret turns the
 * row into a success (`recordSuccess`). Throws 429 LOGIN_THROTTLED with Retry-After otherwise.
 */
export async function reserveAttempt(
  db: Db,
  input: { login: string; ip: string; kind: AttemptKind },
): Promise<number> {
  return db.transaction(async (tx) => {
    // Always the login first, then the address: two sign-ins never wait for each other in a cycle.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`dxship-login:${input.login}`}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`dxship-ip:${input.ip}`}))`);
    const now = Date.now();
    const windowStart = new Date(now - WINDOW_MS);
    const since = await countingSince(tx, input.login, input.kind, windowStart);
    const byLogin = await recentFailureTimes(
      tx,
      and(
        eq(loginAttempts.login, input.login),
        eq(loginAttempts.kind, input.kind),
        eq(loginAttempts.succeeded, false),
        gt(loginAttempts.at, since),
      ),
      THROTTLE.maxFailuresPerLogin,
    );
    const byIp = await recentFailureTimes(
      tx,
      and(
        eq(loginAttempts.ip, input.ip),
        eq(loginAttempts.succeeded, false),
        gt(loginAttempts.at, windowStart),
      ),
      THROTTLE.maxFailuresPerIp,
    );
    const wait = Math.max(
      secondsUntilBelow(byLogin, THROTTLE.maxFailuresPerLogin, now),
      secondsUntilBelow(byIp, THROTTLE.maxFailuresPerIp, now),
    );
    if (wait > 0) throw throttled(wait);
    const [row] = await tx
      .insert(loginAttempts)
      .values({ login: input.login, ip: input.ip, kind: input.kind, succeeded: false, at: new Date(now) })
      .returning({ id: loginAttempts.id });
    if (!row) throw new Error('insert returned no row');
    return row.id;
  });
}

/** Marks a reserved attempt as successful: the login's earlier failures of that kind stop counting. */
export async function recordSuccess(db: Db, attemptId: number): Promise<void> {
  await db.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attemptId));
}

/**
 * Unlocks a login (an administrator's reset, or a used reset link): its failures before now stop
 * counting. Failures counted against addresses stay.
 */
export async function unlockLogin(db: Db, login: string): Promise<void> {
  await db.insert(loginAttempts).values({ login, ip: '-', kind: 'reset', succeeded: true, at: new Date() });
}

/** Whether a login is locked out of password sign-in right now. */
export async function isLockedOut(db: Db, login: string): Promise<boolean> {
  const windowStart = new Date(Date.now() - WINDOW_MS);
  const since = await countingSince(db, login, 'password', windowStart);
  const failures = await recentFailureTimes(
    db,
    and(
      eq(loginAttempts.login, login),
      eq(loginAttempts.kind, 'password'),
      eq(loginAttempts.succeeded, false),
      gt(loginAttempts.at, since),
    ),
    THROTTLE.maxFailuresPerLogin,
  );
  return failures.length >= THROTTLE.maxFailuresPerLogin;
}
