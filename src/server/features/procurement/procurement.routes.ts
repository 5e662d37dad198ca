import { createRoute } from '@hono/zod-openapi';
import { requireActor } from '../../platform/actor.ts';
import { createRouter, errorResponses, jsonResponse } from '../../platform/http.ts';
import { findCandidates } from './find-candidates.ts';
import { listAlerts } from './list-alerts.ts';
import { listJointSystems } from './list-joint-systems.ts';
import { presentJointSystem } from './procurement.presenter.ts';
import {
  AlertsQuerySchema,
  AlertsSchema,
  CandidatesQuerySchema,
  CandidatesSchema,
  JointSystemIdParams,
  JointSystemListSchema,
  JointSystemSchema,
} from './procurement.schema.ts';

const candidatesRoute = createRoute({
  method: 'get',
  path: '/procurement/candidates',
  tags: ['procurement'],
  summary: '共同調達の候補: 同じ業務のシステムの契約が期間内に終わる団体のグループ（年間経費の比較つき）',
  request: { query: CandidatesQuerySchema },
  responses: {
    200: jsonResponse(CandidatesSchema, '候補'),
    400: errorResponses[400],
    401: errorResponses[401],
  },
});

const alertsRoute = createRoute({
  method: 'get',
  path: '/procurement/alerts',
  tags: ['procurement'],
  summary: '契約満了の予告（既定は自団体、指定した月数先まで）',
  request: { query: AlertsQuerySchema },
  responses: {
    200: jsonResponse(AlertsSchema, '満了が近い契約'),
    400: errorResponses[400],
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const jointListRoute = createRoute({
  method: 'get',
  path: '/procurement/joint-systems',
  tags: ['procurement'],
  summary: '共同利用・共同調達中のシステム（参加団体、代表団体、入札、各団体の契約）',
  responses: { 200: jsonResponse(JointSystemListSchema, '共同利用システム'), 401: errorResponses[401] },
});

const jointGetRoute = createRoute({
  method: 'get',
  path: '/procurement/joint-systems/{id}',
  tags: ['procurement'],
  summary: '共同利用システム1件',
  request: { params: JointSystemIdParams },
  responses: {
    200: jsonResponse(JointSystemSchema, '共同利用システム'),
    400: errorResponses[400],
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

/** Joint use and procurement: shared information, read by every signed-in role. */
export function procurementRoutes() {
  return createRouter()
    .openapi(candidatesRoute, async (c) => {
      requireActor(c.get('actor'));
      return c.json(await findCandidates(c.get('db'), c.req.valid('query')), 200);
    })
    .openapi(alertsRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      return c.json(await listAlerts(c.get('db'), actor, c.req.valid('query')), 200);
    })
    .openapi(jointListRoute, async (c) => {
      requireActor(c.get('actor'));
      return c.json({ items: (await listJointSystems(c.get('db'))).map(presentJointSystem) }, 200);
    })
    .openapi(jointGetRoute, async (c) => {
      requireActor(c.get('actor'));
      const [item] = await listJointSystems(c.get('db'), c.req.valid('param').id);
      return c.json(presentJointSystem(item!), 200);
    });
}
