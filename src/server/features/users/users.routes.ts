import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../../platform/actor.ts';
import { etagOf, expectedVersionOf, IfMatchHeaders } from '../../platform/concurrency.ts';
import { createRouter, errorResponses, jsonResponse, versionedResponse } from '../../platform/http.ts';
import { createPasswordResetLink } from './create-password-reset-link.ts';
import { createUser } from './create-user.ts';
import { getUser } from './get-user.ts';
import { listUsers } from './list-users.ts';
import { unlockUserLogin } from './unlock-user-login.ts';
import { updateUser } from './update-user.ts';
import { presentUser } from './users.presenter.ts';
import {
  CreateUserSchema,
  PasswordResetLinkSchema,
  UserDetailSchema,
  UserIdParams,
  UserListSchema,
  UserPatchSchema,
  UserSchema,
} from './users.schema.ts';

/** Roles that see accounts: every body's for the program-wide roles, their own body's for a manager. */
const READERS = ['admin', 'talent_officer', 'municipal_manager'] as const;

const listRoute = createRoute({
  method: 'get',
  path: '/users',
  tags: ['users'],
  summary: '利用者の一覧（管理者・人材機構は全団体、団体DX責任者は自団体）',
  request: {
    query: z.object({
      orgCode: z
        .string()
        .regex(/^\d{6}$/)
        .optional(),
    }),
  },
  responses: {
    200: jsonResponse(UserListSchema, '利用者'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

const createUserRoute = createRoute({
  method: 'post',
  path: '/users',
  tags: ['users'],
  summary: '利用者の登録（管理者のみ）',
  request: { body: { required: true, content: { 'application/json': { schema: CreateUserSchema } } } },
  responses: {
    201: jsonResponse(UserSchema, '登録した利用者'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    409: errorResponses[409],
  },
});

const getUserRoute = createRoute({
  method: 'get',
  path: '/users/{id}',
  tags: ['users'],
  summary: '利用者（管理者・人材機構は全団体、団体DX責任者は自団体）',
  request: { params: UserIdParams },
  responses: {
    200: versionedResponse(UserDetailSchema, '利用者'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

const patchUserRoute = createRoute({
  method: 'patch',
  path: '/users/{id}',
  tags: ['users'],
  summary: '利用者の変更（表示名・メール・権限・団体・停止。管理者のみ）',
  request: {
    params: UserIdParams,
    headers: IfMatchHeaders,
    body: { required: true, content: { 'application/json': { schema: UserPatchSchema } } },
  },
  responses: {
    200: versionedResponse(UserSchema, '変更後の利用者'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    409: errorResponses[409],
    412: errorResponses[412],
  },
});

const resetLinkRoute = createRoute({
  method: 'post',
  path: '/users/{id}/password-reset',
  tags: ['users'],
  summary: 'パスワード再設定リンクの発行（24時間・1回限り。リンクはこの応答で一度だけ表示。管理者のみ）',
  request: { params: UserIdParams },
  responses: {
    201: jsonResponse(PasswordResetLinkSchema, '再設定リンク'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    409: errorResponses[409],
  },
});

const unlockRoute = createRoute({
  method: 'post',
  path: '/users/{id}/unlock',
  tags: ['users'],
  summary: 'ログイン失敗によるロックの解除（管理者のみ）',
  request: { params: UserIdParams },
  responses: {
    204: { description: '解除しました' },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

/** Account administration. `publicUrl` is where users reach the app (reset links); default: the request's origin. */
export function usersRoutes(config: { publicUrl?: string } = {}) {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...READERS);
      const rows = await listUsers(c.get('db'), actor, c.req.valid('query'));
      return c.json({ items: rows.map(presentUser) }, 200);
    })
    .openapi(createUserRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin');
      const created = await createUser(c.get('db'), actor, c.req.valid('json'), c.get('requestId'));
      return c.json(presentUser(created), 201);
    })
    .openapi(getUserRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...READERS);
      const { user, lockedOut } = await getUser(c.get('db'), actor, c.req.valid('param').id);
      c.header('ETag', etagOf(user.version));
      return c.json({ ...presentUser(user), lockedOut }, 200);
    })
    .openapi(patchUserRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin');
      const updated = await updateUser(
        c.get('db'),
        actor,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('requestId'),
        expectedVersionOf(c.req.valid('header')),
      );
      c.header('ETag', etagOf(updated.version));
      return c.json(presentUser(updated), 200);
    })
    .openapi(resetLinkRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin');
      const link = await createPasswordResetLink(
        c.get('db'),
        actor,
        {
          userId: c.req.valid('param').id,
          baseUrl: config.publicUrl ?? new URL(c.req.url).origin,
          mailOn: c.get('mail').smtpUrl !== undefined,
        },
        c.get('requestId'),
      );
      c.header('Cache-Control', 'no-store');
      return c.json({ url: link.url, expiresAt: link.expiresAt.toISOString(), mailedTo: link.mailedTo }, 201);
    })
    .openapi(unlockRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin');
      await unlockUserLogin(c.get('db'), actor, c.req.valid('param').id, c.get('requestId'));
      return c.body(null, 204);
    });
}
