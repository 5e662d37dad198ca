import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { sessions, users } from '../../db/schema/index.ts';
import type { Role } from '../../domain/roles.ts';
import type { Actor } from './actor.ts';
import type { Db } from './db.ts';
import { AppError } from './errors.ts';
import type { AppContext, AppEnv } from './http.ts';
import { cachedSession } from './session-cache.ts';

export const SESSION_COOKIE = 'dxship_session';
export const CSRF_HEADER = 'x-csrf-token';

/** SHA-256 of a session token: the table never holds a usable token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new unguessable token (256 bits, URL-safe). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What a request knows of its session besides the actor. */
export type SessionInfo = {
  /** The session's public id (GET /api/auth/sessions). */
  id: string;
  tokenHash: string;
  csrfToken: string;
  method: 'password' | 'oidc';
  /**
   * The user's role must enrol two-factor sign-in (MFA_REQUIRED_ROLES) and has not: the session may
   * only enrol, read /auth/me and sign out until then. OIDC sessions rely on the provider's MFA.
   */
  mfaEnrolmentRequired: boolean;
};

/** Sign-in rules that depend on how the server runs (see env.ts). */
export type AccountPolicy = {
  /** Demo accounts may sign in (loopback only, or DXSHIP_ALLOW_DEMO=1). */
  demoAccountsAllowed: boolean;
  /** Roles that must sign in with a second factor. */
  mfaRequiredRoles: readonly Role[];
};

/** The policy of tests and of a loopback-only server: demo accounts allowed, no MFA requirement. */
export const OPEN_ACCOUNT_POLICY: AccountPolicy = Object.freeze({
  demoAccountsAllowed: true,
  mfaRequiredRoles: [],
});

/** Sessions record their last use at most this often, so that requests do not each write. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The signed-in user of a session token, if the session exists, is unexpired and the user enabled (and
 * not a demo account the policy refuses) — from memory while nothing that decides sign-in changed
 * (session-cache.ts), else from the database. Marks the session as used when its last use is more
 * than a minute old.
 */
export async function findSessionActor(
  db: Db,
  token: string,
  policy: AccountPolicy = OPEN_ACCOUNT_POLICY,
): Promise<{ actor: Actor; session: SessionInfo; tokenHash: string; csrfToken: string } | null> {
  const tokenHash = hashToken(token);
  const loaded = await cachedSession(db, tokenHash, async () => {
    const row = await loadSession(db, tokenHash);
    return row ? { value: row, expiresAt: row.expiresAt } : null;
  });
  if (!loaded) return null;
  if (loaded.isDemo && !policy.demoAccountsAllowed) return null;
  const now = new Date();
  if (now.getTime() - loaded.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    loaded.lastUsedAt = now; // the cached row too: one write a minute per session and process
    await db
      .update(sessions)
      .set({ lastUsedAt: now })
      .where(
        and(
          eq(sessions.tokenHash, tokenHash),
          lt(sessions.lastUsedAt, new Date(now.getTime() - LAST_USED_RESOLUTION_MS)),
        ),
      );
  }
  const {
    id,
    csrfToken,
    method,
    expiresAt: _expires,
    lastUsedAt: _lastUsed,
    isDemo: _demo,
    totpEnabledAt,
    ...actor
  } = loaded;
  const mfaEnrolmentRequired =
    method === 'password' && totpEnabledAt === null && policy.mfaRequiredRoles.includes(actor.role);
  return { actor, tokenHash, csrfToken, session: { id, tokenHash, csrfToken, method, mfaEnrolmentRequired } };
}

async function loadSession(db: Db, tokenHash: string) {
  const [row] = await db
    .select({
      expiresAt: sessions.expiresAt,
      id: sessions.id,
      csrfToken: sessions.csrfToken,
      method: sessions.method,
      lastUsedAt: sessions.lastUsedAt,
      isDemo: users.isDemo,
      totpEnabledAt: users.totpEnabledAt,
      userId: users.id,
      login: users.login,
      displayName: users.displayName,
      role: users.role,
      orgCode: users.orgCode,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date()), eq(users.disabled, false)),
    )
    .limit(1);
  return row;
}

/** Sets the httpOnly session cookie. */
export function setSessionCookie(
  c: AppContext,
  token: string,
  expiresAt: Date,
  secure: 'auto' | 'true' | 'false',
): void {
  const isHttps = new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: secure === 'auto' ? isHttps : secure === 'true',
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: AppContext): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The host of an `Origin` header, or undefined when it is not a URL with a host (`x`, `http://`). */
function originHost(origin: string): string | undefined {
  return URL.canParse(origin) ? new URL(origin).host || undefined : undefined;
}

/** Whether the request's Origin (if any) names another site, or is not an origin at all. */
function isCrossSite(origin: string | undefined, requestUrl: string): boolean {
  if (!origin || origin === 'null') return false;
  return originHost(origin) !== new URL(requestUrl).host;
}

/** Compares the sent CSRF token with the session's in constant time (no early exit on a prefix). */
function csrfTokenMatches(sent: string | undefined, expected: string): boolean {
  if (sent === undefined) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Resolves the session cookie into `actor`, and protects cookie-authenticated writes against CSRF:
 * an unsafe method must carry the session's token in the X-CSRF-Token header, and a cross-site
 * Origin is refused outright.
 */
export function sessionMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('actor', null);
    c.set('session', null);
    const unsafe = UNSAFE.has(c.req.method);
    if (unsafe) {
      if (isCrossSite(c.req.header('origin'), c.req.url)) {
        throw new AppError('CSRF_REJECTED', 403, '別のサイトからの送信は受け付けません。');
      }
    }
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const found = await findSessionActor(c.get('db'), token, c.get('accountPolicy'));
      if (found) {
        if (unsafe && !csrfTokenMatches(c.req.header(CSRF_HEADER), found.csrfToken)) {
          throw new AppError('CSRF_REJECTED', 403, '画面を再読み込みしてから、もう一度操作してください。');
        }
        c.set('actor', found.actor);
        c.set('session', found.session);
      }
    }
    await next();
  };
}
