import { createRoute, z } from '@hono/zod-openapi';
import { requireActor, requireRole } from '../../platform/actor.ts';
import { etagOf, expectedVersionOf, IfMatchHeaders } from '../../platform/concurrency.ts';
import { createRouter, errorResponses, jsonResponse, versionedResponse } from '../../platform/http.ts';
import { presentCommitment } from './community.presenter.ts';
import { CommitmentListSchema, CommitmentSchema } from './community.responses.ts';
import { CommitmentListQuerySchema, UpdateCommitmentSchema, UuidParam } from './community.schema.ts';
import { listCommitments } from './list-commitments.ts';
import { todayInJapan } from './today.ts';
import { updateCommitment } from './update-commitment.ts';

const listRoute = createRoute({
  method: 'get',
  path: '/commitments',
  tags: ['community'],
  summary: '決定・コミットメントの一覧（status=open で対応中、overdue=true で期限超過）',
  request: { query: CommitmentListQuerySchema },
  responses: {
    200: jsonResponse(CommitmentListSchema, 'コミットメント'),
    400: errorResponses[400],
    401: errorResponses[401],
  },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/commitments/{id}',
  tags: ['community'],
  summary: 'コミットメントの完了・取りやめ・再開（管理者・人材機構・担当団体のDX責任者）',
  request: {
    params: z.object({ id: UuidParam('id') }),
    headers: IfMatchHeaders,
    body: { required: true, content: { 'application/json': { schema: UpdateCommitmentSchema } } },
  },
  responses: {
    200: versionedResponse(CommitmentSchema, '更新後のコミットメント'),
    412: errorResponses[412],
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

/** Commitments: read by everyone signed in; closed by the office, officers or the owner body's manager. */
export function commitmentsRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      requireActor(c.get('actor'));
      const { status, overdue, ownerOrgCode } = c.req.valid('query');
      const today = todayInJapan();
      const rows = await listCommitments(c.get('db'), {
        status,
        ownerOrgCode,
        overdueOn: overdue === true ? today : undefined,
      });
      const items = rows
        .map((r) => presentCommitment(r, today))
        .filter((i) => overdue !== false || !i.overdue);
      return c.json({ items, total: items.length, today }, 200);
    })
    .openapi(updateRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin', 'talent_officer', 'municipal_manager');
      const row = await updateCommitment(
        c.get('db'),
        actor,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('requestId'),
        expectedVersionOf(c.req.valid('header')),
      );
      c.header('ETag', etagOf(row.version));
      return c.json(presentCommitment(row, todayInJapan()), 200);
    });
}
