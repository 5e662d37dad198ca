import { createRoute } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../../platform/errors.ts';
import { type AppContext, createRouter, errorResponses } from '../../platform/http.ts';
import { setSessionCookie } from '../../platform/session.ts';
import type { AuthConfig } from './auth.routes.ts';
import { signInContext } from './auth.routes.ts';
import { completeOidcLogin, OIDC_ERRORS } from './complete-oidc-login.ts';
import { OIDC_REQUEST_MINUTES, startOidcLogin } from './start-oidc-login.ts';

/** The cookie that ties a callback to the browser that started the sign-in (holds the state). */
const STATE_COOKIE = 'dxship_oidc_state';
const STATE_COOKIE_PATH = '/api/auth/oidc';

const startRoute = createRoute({
  method: 'get',
  path: '/auth/oidc/start',
  tags: ['auth'],
  summary: 'シングルサインオンを始める（認証サーバーへ 302）',
  security: [],
  responses: {
    302: { description: '認証サーバーへ移動' },
    404: errorResponses[404],
  },
});

const callbackRoute = createRoute({
  method: 'get',
  path: '/auth/oidc/callback',
  tags: ['auth'],
  summary: '認証サーバーからの戻り先（成功すればトップページへ、失敗すればログイン画面へ 302）',
  security: [],
  responses: { 302: { description: 'トップページ、またはエラーコード付きのログイン画面へ移動' } },
});

function isHttps(c: AppContext): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

/** Sends the browser back to the login page with an error code it shows in Japanese. */
function backToLogin(c: AppContext, code: string) {
  deleteCookie(c, STATE_COOKIE, { path: STATE_COOKIE_PATH });
  return c.redirect(`/login?error=${encodeURIComponent(code)}`, 302);
}

/** OpenID Connect sign-in: start (302 to the provider) and callback (302 home or back to the login page). */
export function oidcRoutes(config: AuthConfig) {
  return createRouter()
    .openapi(startRoute, async (c) => {
      if (!config.oidc) {
        throw new AppError('OIDC_NOT_CONFIGURED', 404, 'シングルサインオンは設定されていません。');
      }
      let started: Awaited<ReturnType<typeof startOidcLogin>>;
      try {
        started = await startOidcLogin(c.get('db'), config.oidc);
      } catch (error) {
        c.get('logger').warn({ err: error }, 'OIDC: sign-in could not start');
        return backToLogin(c, 'OIDC_FAILED');
      }
      setCookie(c, STATE_COOKIE, started.state, {
        httpOnly: true,
        // Lax: the provider's redirect back is a top-level GET, on which the cookie is sent.
        sameSite: 'Lax',
        path: STATE_COOKIE_PATH,
        secure: config.cookieSecure === 'auto' ? isHttps(c) : config.cookieSecure === 'true',
        maxAge: OIDC_REQUEST_MINUTES * 60,
      });
      return c.redirect(started.url.href, 302);
    })
    .openapi(callbackRoute, async (c) => {
      if (!config.oidc) return backToLogin(c, 'OIDC_FAILED');
      try {
        const opened = await completeOidcLogin(
          c.get('db'),
          config.oidc,
          {
            query: new URL(c.req.url).search,
            stateCookie: getCookie(c, STATE_COOKIE),
            ...signInContext(c, config),
          },
          c.get('accountPolicy'),
        );
        deleteCookie(c, STATE_COOKIE, { path: STATE_COOKIE_PATH });
        setSessionCookie(c, opened.token, opened.expiresAt, config.cookieSecure);
        return c.redirect('/', 302);
      } catch (error) {
        if (error instanceof AppError && error.code in OIDC_ERRORS) return backToLogin(c, error.code);
        c.get('logger').warn({ err: error }, 'OIDC: sign-in failed');
        return backToLogin(c, 'OIDC_FAILED');
      }
    });
}
