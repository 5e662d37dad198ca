import { getConnInfo } from '@hono/node-server/conninfo';
import { createRoute } from '@hono/zod-openapi';
import { requireActor } from '../../platform/actor.ts';
import { type AppContext, createRouter, errorResponses } from '../../platform/http.ts';
import { cacheReads } from '../../platform/read-cache.ts';
import { clearSessionCookie, setSessionCookie } from '../../platform/session.ts';
import { presentSession } from './auth.presenter.ts';
import { LoginBodySchema, SessionSchema } from './auth.schema.ts';
import { login } from './login.ts';
import { logout } from './logout.ts';

const loginRoute = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['auth'],
  summary: 'ログイン（セッションCookieを発行）',
  security: [],
  request: { body: { required: true, content: { 'application/json': { schema: LoginBodySchema } } } },
  responses: {
    200: { description: 'ログインしました', content: { 'application/json': { schema: SessionSchema } } },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    429: errorResponses[429],
  },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags: ['auth'],
  summary: 'ログアウト',
  responses: {
    204: { description: 'ログアウトしました' },
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

const meRoute = createRoute({
  middleware: [cacheReads('session')] as const,
  method: 'get',
  path: '/auth/me',
  tags: ['auth'],
  summary: 'ログイン中の利用者',
  responses: {
    200: { description: 'ログイン中の利用者', content: { 'application/json': { schema: SessionSchema } } },
    401: errorResponses[401],
  },
});

/** Peer address for throttling; behind a proxy, the first X-Forwarded-For hop. */
function clientIp(c: AppContext): string {
  const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
  if (forwarded) return forwarded;
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // in-process requests (tests) have no socket
  }
}

/** Routes of the auth feature; `sessionTtlHours` and cookie policy come from the environment. */
export function authRoutes(config: { sessionTtlHours: number; cookieSecure: 'auto' | 'true' | 'false' }) {
  return createRouter()
    .openapi(loginRoute, async (c) => {
      const body = c.req.valid('json');
      const db = c.get('db');
      const result = await login(db, { ...body, ip: clientIp(c), sessionTtlHours: config.sessionTtlHours });
      setSessionCookie(c, result.token, result.expiresAt, config.cookieSecure);
      return c.json(await presentSession(db, result.actor, result.csrfToken), 200);
    })
    .openapi(logoutRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      const session = c.get('session');
      if (session) await logout(c.get('db'), actor, session.tokenHash);
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .openapi(meRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      const session = c.get('session');
      return c.json(await presentSession(c.get('db'), actor, session?.csrfToken ?? ''), 200);
    });
}
