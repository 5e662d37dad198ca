import { and, desc, eq, gt, inArray, isNull, max, type SQL, sql } from 'drizzle-orm';
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
/** How long an attempt waits, at most, for attempts still being checked before it is throttled. */
const WAIT_FOR_PENDING_MS = 30_000;
/** An attempt still "being checked" after this long was abandoned (a crash): it counts, but is not waited for. */
const PENDING_STALE_MS = 60_000;

/** Failures and attempts still being checked (`succeeded` is not true: false or null). */
const notSucceeded = sql`${loginAttempts.succeeded} is not true`;

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

async function recentFailureTimes(db: Db, where: SQL | undefined, limit: number): Promise<Date[]> {
  const rows = await db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(where)
    .orderBy(desc(loginAttempts.at))
    .limit(limit);
  return rows.map((r) => r.at);
}

/** Whether any attempt matching `where` is still being checked (and not abandoned). */
async function anyPending(db: Db, where: SQL | undefined, now: number): Promise<boolean> {
  const [row] = await db
    .select({ id: loginAttempts.id })
    .from(loginAttempts)
    .where(
      and(where, isNull(loginAttempts.succeeded), gt(loginAttempts.at, new Date(now - PENDING_STALE_MS))),
    )
    .limit(1);
  return row !== undefined;
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
 * the login and on the address, it counts the recent failures — attempts still being checked count as
 * failures — and, below the limits, records this attempt as being checked, before any secret is. So
 * parallel guesses queue on the lock and each sees the ones before it: at most `maxFailuresPerLogin`
 * are ever checked. At the limit while some counted attempts are still being checked, it waits for
 * them briefly (they may turn out right); otherwise it throws 429 LOGIN_THROTTLED with Retry-After.
 * Returns the attempt's id, for `settleAttempt`.
 */
export async function reserveAttempt(
  db: Db,
  input: { login: string; ip: string; kind: AttemptKind },
): Promise<number> {
  const deadline = Date.now() + WAIT_FOR_PENDING_MS;
  for (let round = 0; ; round++) {
    const outcome = await tryReserve(db, input, Date.now() < deadline);
    if (outcome.kind === 'reserved') return outcome.id;
    if (outcome.kind === 'throttled') throw throttled(outcome.retryAfter);
    await new Promise((resolve) => setTimeout(resolve, Math.min(50 * 2 ** round, 500)));
  }
}

type Reservation =
  | { kind: 'reserved'; id: number }
  | { kind: 'throttled'; retryAfter: number }
  | { kind: 'wait' };

async function tryReserve(
  db: Db,
  input: { login: string; ip: string; kind: AttemptKind },
  mayWait: boolean,
): Promise<Reservation> {
  return db.transaction(async (tx) => {
    // Always the login first, then the address: two sign-ins never wait for each other in a cycle.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`dxship-login:${input.login}`}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`dxship-ip:${input.ip}`}))`);
    const now = Date.now();
    const windowStart = new Date(now - WINDOW_MS);
    const since = await countingSince(tx, input.login, input.kind, windowStart);
    const loginWhere = and(
      eq(loginAttempts.login, input.login),
      eq(loginAttempts.kind, input.kind),
      notSucceeded,
      gt(loginAttempts.at, since),
    );
    const ipWhere = and(eq(loginAttempts.ip, input.ip), notSucceeded, gt(loginAttempts.at, windowStart));
    const byLogin = await recentFailureTimes(tx, loginWhere, THROTTLE.maxFailuresPerLogin);
    const byIp = await recentFailureTimes(tx, ipWhere, THROTTLE.maxFailuresPerIp);
    const loginWait = secondsUntilBelow(byLogin, THROTTLE.maxFailuresPerLogin, now);
    const ipWait = secondsUntilBelow(byIp, THROTTLE.maxFailuresPerIp, now);
    if (loginWait > 0 || ipWait > 0) {
      const pending =
        mayWait &&
        (loginWait === 0 || (await anyPending(tx, loginWhere, now))) &&
        (ipWait === 0 || (await anyPending(tx, ipWhere, now)));
      return pending ? { kind: 'wait' } : { kind: 'throttled', retryAfter: Math.max(loginWait, ipWait) };
    }
    const [row] = await tx
      .insert(loginAttempts)
      .values({ login: input.login, ip: input.ip, kind: input.kind, succeeded: null, at: new Date(now) })
      .returning({ id: loginAttempts.id });
    if (!row) throw new Error('insert returned no row');
    return { kind: 'reserved', id: row.id };
  });
}

/**
 * Runs `check` as one counted attempt: reserved first (see reserveAttempt), then settled as a success
 * when `check` answers a value, or as a failure when it answers null or throws. A success makes the
 * login's earlier failures of that kind stop counting.
 */
export async function checkedAttempt<T>(
  db: Db,
  input: { login: string; ip: string; kind: AttemptKind },
  check: () => Promise<T | null>,
): Promise<T | null> {
  const id = await reserveAttempt(db, input);
  let result: T | null = null;
  try {
    result = await check();
    return result;
  } finally {
    await db
      .update(loginAttempts)
      .set({ succeeded: result !== null })
      .where(eq(loginAttempts.id, id));
  }
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
      notSucceeded,
      gt(loginAttempts.at, since),
    ),
    THROTTLE.maxFailuresPerLogin,
  );
  return failures.length >= THROTTLE.maxFailuresPerLogin;
}
