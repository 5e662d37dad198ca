import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../../platform/actor.ts';
import { createRouter, errorResponses, jsonResponse } from '../../platform/http.ts';
import { createUser } from './create-user.ts';
import { listUsers } from './list-users.ts';
import { presentUser } from './users.presenter.ts';
import { CreateUserSchema, UserListSchema, UserSchema } from './users.schema.ts';

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

/** Account administration. */
export function usersRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin', 'talent_officer', 'municipal_manager');
      const rows = await listUsers(c.get('db'), actor, c.req.valid('query'));
      return c.json({ items: rows.map(presentUser) }, 200);
    })
    .openapi(createUserRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin');
      const created = await createUser(c.get('db'), actor, c.req.valid('json'), c.get('requestId'));
      return c.json(presentUser(created), 201);
    });
}
