import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { sessions, users } from '../../db/schema/index.ts';
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

/**
 * The signed-in user of a session token, if the session exists, is unexpired and the user enabled —
 * from memory while nothing that decides sign-in changed (session-cache.ts), else from the database.
 */
export async function findSessionActor(
  db: Db,
  token: string,
): Promise<{ actor: Actor; tokenHash: string; csrfToken: string } | null> {
  const tokenHash = hashToken(token);
  const found = await cachedSession(db, tokenHash, async () => {
    const row = await loadSession(db, tokenHash);
    if (!row) return null;
    const { csrfToken, expiresAt, ...actor } = row;
    return { value: { actor, tokenHash, csrfToken }, expiresAt };
  });
  return found;
}

async function loadSession(db: Db, tokenHash: string) {
  const [row] = await db
    .select({
      expiresAt: sessions.expiresAt,
      csrfToken: sessions.csrfToken,
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
      const found = await findSessionActor(c.get('db'), token);
      if (found) {
        if (unsafe && !csrfTokenMatches(c.req.header(CSRF_HEADER), found.csrfToken)) {
          throw new AppError('CSRF_REJECTED', 403, '画面を再読み込みしてから、もう一度操作してください。');
        }
        c.set('actor', found.actor);
        c.set('session', { tokenHash: found.tokenHash, csrfToken: found.csrfToken });
      }
    }
    await next();
  };
}
