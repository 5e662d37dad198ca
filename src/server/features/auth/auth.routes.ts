import { createRoute } from '@hono/zod-openapi';
import { requireActor } from '../../platform/actor.ts';
import { clientAddress, TRUST_NO_PROXY, type TrustProxy } from '../../platform/client-address.ts';
import type { OidcSettings } from '../../platform/env.ts';
import { type AppContext, createRouter, errorResponses, jsonResponse } from '../../platform/http.ts';
import { cacheReads } from '../../platform/read-cache.ts';
import { clearSessionCookie, setSessionCookie } from '../../platform/session.ts';
import { accountRoutes } from './account.routes.ts';
import { presentSession } from './auth.presenter.ts';
import {
  LoginBodySchema,
  MeSchema,
  MfaChallengeSchema,
  MfaLoginBodySchema,
  PasswordResetSchema,
  ProvidersSchema,
  SessionSchema,
} from './auth.schema.ts';
import { completeMfaLogin } from './complete-mfa-login.ts';
import { login } from './login.ts';
import { logout } from './logout.ts';
import { oidcRoutes } from './oidc.routes.ts';
import type { OpenedSession, SignInContext } from './open-session.ts';
import { resetPassword } from './reset-password.ts';

/** What the auth routes take from the app's options. */
export type AuthConfig = {
  sessionTtlHours: number;
  cookieSecure: 'auto' | 'true' | 'false';
  trustProxy?: TrustProxy;
  oidc?: OidcSettings | null;
  publicUrl?: string;
};

const loginRoute = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['auth'],
  summary: 'ログイン（セッションCookieを発行。2段階認証の利用者には確認コードの入力を求める）',
  security: [],
  request: { body: { required: true, content: { 'application/json': { schema: LoginBodySchema } } } },
  responses: {
    200: { description: 'ログインしました', content: { 'application/json': { schema: SessionSchema } } },
    202: jsonResponse(
      MfaChallengeSchema,
      'パスワードは正しい。続けて POST /auth/login/totp で確認コードを送る',
    ),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    429: errorResponses[429],
  },
});

const mfaLoginRoute = createRoute({
  method: 'post',
  path: '/auth/login/totp',
  tags: ['auth'],
  summary: 'ログインの2段階目（認証アプリの確認コード、または回復コード）',
  security: [],
  request: { body: { required: true, content: { 'application/json': { schema: MfaLoginBodySchema } } } },
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
  summary: 'ログイン中の利用者（ログインしていなければ user: null）',
  security: [],
  responses: {
    200: {
      description: 'ログイン中の利用者、または null',
      content: { 'application/json': { schema: MeSchema } },
    },
  },
});

const providersRoute = createRoute({
  method: 'get',
  path: '/auth/providers',
  tags: ['auth'],
  summary: '利用できるシングルサインオン（設定がなければ空の配列）',
  security: [],
  responses: { 200: jsonResponse(ProvidersSchema, 'シングルサインオンの一覧') },
});

const passwordResetRoute = createRoute({
  method: 'post',
  path: '/auth/password-reset',
  tags: ['auth'],
  summary: 'パスワード再設定リンクで新しいパスワードを設定（リンクは1回限り・24時間）',
  security: [],
  request: { body: { required: true, content: { 'application/json': { schema: PasswordResetSchema } } } },
  responses: {
    204: { description: 'パスワードを設定しました（その利用者のセッションはすべて終了）' },
    400: errorResponses[400],
    403: errorResponses[403],
  },
});

/** Where a sign-in comes from: the client's address (TRUST_PROXY decides), user agent, session lifetime. */
export function signInContext(c: AppContext, config: AuthConfig): SignInContext {
  return {
    ip: clientAddress(c, config.trustProxy ?? TRUST_NO_PROXY),
    userAgent: c.req.header('user-agent'),
    sessionTtlHours: config.sessionTtlHours,
  };
}

/** Sets the cookie of a session just opened and answers it as the signed-in user. */
async function answerSession(c: AppContext, config: AuthConfig, opened: OpenedSession) {
  setSessionCookie(c, opened.token, opened.expiresAt, config.cookieSecure);
  return presentSession(
    c.get('db'),
    opened.actor,
    { csrfToken: opened.csrfToken, method: 'password' },
    c.get('accountPolicy'),
  );
}

/** Routes of the auth feature: sign-in and out, the session, self-service, OpenID Connect. */
export function authRoutes(config: AuthConfig) {
  return createRouter()
    .openapi(loginRoute, async (c) => {
      const body = c.req.valid('json');
      const db = c.get('db');
      const result = await login(db, { ...body, ...signInContext(c, config) }, c.get('accountPolicy'));
      if (result.kind === 'mfa') {
        const challenge = {
          mfaRequired: true as const,
          challengeToken: result.challengeToken,
          expiresAt: result.expiresAt.toISOString(),
        };
        return c.json(challenge, 202);
      }
      return c.json(await answerSession(c, config, result), 200);
    })
    .openapi(mfaLoginRoute, async (c) => {
      const body = c.req.valid('json');
      const opened = await completeMfaLogin(
        c.get('db'),
        { ...body, ...signInContext(c, config) },
        c.get('accountPolicy'),
      );
      return c.json(await answerSession(c, config, opened), 200);
    })
    .openapi(logoutRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      const session = c.get('session');
      if (session) await logout(c.get('db'), actor, session.tokenHash);
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .openapi(meRoute, async (c) => {
      const actor = c.get('actor');
      const session = c.get('session');
      if (!actor || !session) return c.json({ user: null }, 200);
      return c.json(await presentSession(c.get('db'), actor, session, c.get('accountPolicy')), 200);
    })
    .openapi(providersRoute, (c) => {
      const providers = config.oidc
        ? [{ id: 'oidc', label: config.oidc.label, startUrl: '/api/auth/oidc/start' }]
        : [];
      return c.json(providers, 200);
    })
    .openapi(passwordResetRoute, async (c) => {
      await resetPassword(c.get('db'), c.req.valid('json'));
      return c.body(null, 204);
    })
    .route('/', accountRoutes(config))
    .route('/', oidcRoutes(config));
}
