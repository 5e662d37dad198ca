import { createRoute, z } from '@hono/zod-openapi';
import { requireActor } from '../../platform/actor.ts';
import { clientAddress, TRUST_NO_PROXY } from '../../platform/client-address.ts';
import { etagOf, expectedVersionOf, IfMatchHeaders } from '../../platform/concurrency.ts';
import {
  type AppContext,
  createRouter,
  errorResponses,
  jsonResponse,
  versionedResponse,
} from '../../platform/http.ts';
import { UuidId } from '../../platform/params.ts';
import { clearSessionCookie } from '../../platform/session.ts';
import { presentOwnSession, presentSession } from './auth.presenter.ts';
import type { AuthConfig } from './auth.routes.ts';
import {
  OwnAccountPatchSchema,
  OwnSessionListSchema,
  PasswordChangeSchema,
  RecoveryCodesSchema,
  SessionSchema,
  TotpConfirmSchema,
  TotpDisableSchema,
  TotpSetupSchema,
} from './auth.schema.ts';
import { changePassword } from './change-password.ts';
import { endOwnSession, listOwnSessions } from './own-sessions.ts';
import { confirmTotpEnrolment, disableTotp, startTotpEnrolment } from './totp-enrolment.ts';
import { updateOwnAccount } from './update-own-account.ts';

const json = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});

const patchMeRoute = createRoute({
  method: 'patch',
  path: '/auth/me',
  tags: ['account'],
  summary: '自分のアカウントの変更（メールアドレス）',
  request: { headers: IfMatchHeaders, ...json(OwnAccountPatchSchema) },
  responses: {
    200: versionedResponse(SessionSchema, '変更後のアカウント'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    412: errorResponses[412],
  },
});

const passwordRoute = createRoute({
  method: 'post',
  path: '/auth/password',
  tags: ['account'],
  summary: 'パスワードの変更（ほかのセッションはすべて終了）',
  request: json(PasswordChangeSchema),
  responses: {
    204: { description: '変更しました' },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    409: errorResponses[409],
    429: errorResponses[429],
  },
});

const sessionsRoute = createRoute({
  method: 'get',
  path: '/auth/sessions',
  tags: ['account'],
  summary: '自分のセッション（ログイン中の端末）の一覧',
  responses: {
    200: jsonResponse(OwnSessionListSchema, 'セッション'),
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

const endSessionRoute = createRoute({
  method: 'delete',
  path: '/auth/sessions/{id}',
  tags: ['account'],
  summary: '自分のセッションを終了（ほかの端末からログアウト）',
  request: { params: z.object({ id: UuidId.openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: {
    204: { description: '終了しました' },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

const totpSetupRoute = createRoute({
  method: 'post',
  path: '/auth/mfa/totp/setup',
  tags: ['account'],
  summary: '2段階認証（認証アプリ）の登録を始める: 鍵と QR コード',
  responses: {
    200: jsonResponse(TotpSetupSchema, '認証アプリに登録する鍵'),
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

const totpConfirmRoute = createRoute({
  method: 'post',
  path: '/auth/mfa/totp/confirm',
  tags: ['account'],
  summary: '認証アプリの確認コードで登録を完了（回復コード10個を一度だけ返す）',
  request: json(TotpConfirmSchema),
  responses: {
    200: jsonResponse(RecoveryCodesSchema, '回復コード'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    409: errorResponses[409],
    429: errorResponses[429],
  },
});

const totpDisableRoute = createRoute({
  method: 'post',
  path: '/auth/mfa/totp/disable',
  tags: ['account'],
  summary: '2段階認証をやめる（現在のパスワードが必要）',
  request: json(TotpDisableSchema),
  responses: {
    204: { description: 'やめました' },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    409: errorResponses[409],
    429: errorResponses[429],
  },
});

/** The request's session (every route here runs behind the session check). */
function sessionOf(c: AppContext) {
  const session = c.get('session');
  if (!session) throw new Error('account routes need a cookie session');
  return session;
}

/** Self-service: one's own e-mail, password, sessions and two-factor sign-in. */
export function accountRoutes(config: AuthConfig) {
  const ipOf = (c: AppContext) => clientAddress(c, config.trustProxy ?? TRUST_NO_PROXY);
  return createRouter()
    .openapi(patchMeRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      const db = c.get('db');
      const updated = await updateOwnAccount(
        db,
        actor,
        c.req.valid('json'),
        c.get('requestId'),
        expectedVersionOf(c.req.valid('header')),
      );
      c.header('ETag', etagOf(updated.version));
      return c.json(await presentSession(db, actor, sessionOf(c), c.get('accountPolicy')), 200);
    })
    .openapi(passwordRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      const body = c.req.valid('json');
      await changePassword(
        c.get('db'),
        actor,
        { ...body, ip: ipOf(c), currentSessionHash: sessionOf(c).tokenHash },
        c.get('requestId'),
      );
      return c.body(null, 204);
    })
    .openapi(sessionsRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      const rows = await listOwnSessions(c.get('db'), actor);
      return c.json({ items: rows.map((s) => presentOwnSession(s, c.get('session')?.id)) }, 200);
    })
    .openapi(endSessionRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      const { id } = c.req.valid('param');
      await endOwnSession(c.get('db'), actor, id, c.get('requestId'));
      if (id === c.get('session')?.id) clearSessionCookie(c);
      return c.body(null, 204);
    })
    .openapi(totpSetupRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      return c.json(await startTotpEnrolment(c.get('db'), actor), 200);
    })
    .openapi(totpConfirmRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      const recoveryCodes = await confirmTotpEnrolment(
        c.get('db'),
        actor,
        { code: c.req.valid('json').code, ip: ipOf(c) },
        c.get('requestId'),
      );
      return c.json({ recoveryCodes }, 200);
    })
    .openapi(totpDisableRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      await disableTotp(
        c.get('db'),
        actor,
        { currentPassword: c.req.valid('json').currentPassword, ip: ipOf(c) },
        c.get('requestId'),
      );
      return c.body(null, 204);
    });
}
