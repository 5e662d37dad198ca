import { createRoute, z } from '@hono/zod-openapi';
import { requireActor, requireRole } from '../../platform/actor.ts';
import { createRouter, errorResponses, jsonResponse } from '../../platform/http.ts';
import { cacheReads } from '../../platform/read-cache.ts';
import { getOrg } from './get-org.ts';
import { listOrgs } from './list-orgs.ts';
import { presentOrg } from './orgs.presenter.ts';
import { FiscalYearSchema, OrgCodeSchema, OrgListSchema, OrgSchema } from './orgs.schema.ts';
import { setParticipation } from './set-participation.ts';

const listRoute = createRoute({
  middleware: [cacheReads('role')] as const,
  method: 'get',
  path: '/orgs',
  tags: ['orgs'],
  summary: '団体（県・23市町）の一覧と年度ごとの参画状況',
  responses: { 200: jsonResponse(OrgListSchema, '団体の一覧'), 401: errorResponses[401] },
});

const getRoute = createRoute({
  method: 'get',
  path: '/orgs/{code}',
  tags: ['orgs'],
  summary: '団体の詳細（年度ごとの参画状況を含む）',
  request: { params: z.object({ code: OrgCodeSchema }) },
  responses: {
    200: jsonResponse(OrgSchema, '団体'),
    400: errorResponses[400],
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const participationParams = z.object({ code: OrgCodeSchema, fiscalYear: FiscalYearSchema });

const addParticipationRoute = createRoute({
  method: 'put',
  path: '/orgs/{code}/participation/{fiscalYear}',
  tags: ['orgs'],
  summary: '年度の人材シェア参画を登録（管理者）',
  request: { params: participationParams },
  responses: {
    200: jsonResponse(OrgSchema, '更新後の団体'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    409: errorResponses[409],
  },
});

const removeParticipationRoute = createRoute({
  method: 'delete',
  path: '/orgs/{code}/participation/{fiscalYear}',
  tags: ['orgs'],
  summary: '年度の人材シェア参画を取り消し（管理者）',
  request: { params: participationParams },
  responses: {
    200: jsonResponse(OrgSchema, '更新後の団体'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

/** Bodies are shared reference data: every signed-in role reads them; only admins change participation. */
export function orgsRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      requireActor(c.get('actor'));
      const items = (await listOrgs(c.get('db'))).map(presentOrg);
      return c.json({ items, total: items.length }, 200);
    })
    .openapi(getRoute, async (c) => {
      requireActor(c.get('actor'));
      return c.json(presentOrg(await getOrg(c.get('db'), c.req.valid('param').code)), 200);
    })
    .openapi(addParticipationRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin');
      const { code, fiscalYear } = c.req.valid('param');
      const org = await setParticipation(
        c.get('db'),
        actor,
        { code, fiscalYear, participates: true },
        c.get('requestId'),
      );
      return c.json(presentOrg(org), 200);
    })
    .openapi(removeParticipationRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin');
      const { code, fiscalYear } = c.req.valid('param');
      const org = await setParticipation(
        c.get('db'),
        actor,
        { code, fiscalYear, participates: false },
        c.get('requestId'),
      );
      return c.json(presentOrg(org), 200);
    });
}
