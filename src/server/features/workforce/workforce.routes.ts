import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../../platform/actor.ts';
import { createRouter, errorResponses, jsonResponse } from '../../platform/http.ts';
import { computeProjection } from './compute-projection.ts';
import { createTarget, listTargets, presentTarget } from './targets.ts';
import {
  CreateTargetSchema,
  ProjectionQuerySchema,
  ProjectionSchema,
  TargetListSchema,
  TargetSchema,
} from './workforce.schema.ts';

/** Who reads the projection and the targets: the office, HR, bodies' DX managers and CDO-forum viewers (aggregates). */
const READERS = ['admin', 'talent_officer', 'municipal_manager', 'viewer'] as const;

const projectionRoute = createRoute({
  method: 'get',
  path: '/workforce/projection',
  tags: ['workforce'],
  summary: '人材の需給見通し（ジョブタイプ・年度ごとの需要・供給・過不足と前提）',
  request: { query: ProjectionQuerySchema },
  responses: {
    200: jsonResponse(ProjectionSchema, '需給見通し'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

const listTargetsRoute = createRoute({
  method: 'get',
  path: '/workforce/targets',
  tags: ['workforce'],
  summary: '各団体の目指す組織体制（資料 p.18）',
  responses: {
    200: jsonResponse(TargetListSchema, '目指す組織体制'),
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

const createTargetRoute = createRoute({
  method: 'post',
  path: '/workforce/targets',
  tags: ['workforce'],
  summary: '目指す組織体制の役割を登録（管理者・人材機構・その団体のDX責任者）',
  request: { body: { required: true, content: { 'application/json': { schema: CreateTargetSchema } } } },
  responses: {
    201: jsonResponse(TargetSchema, '登録した役割'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    409: errorResponses[409],
  },
});

/** Workforce projection and target organisations. */
export function workforceRoutes() {
  return createRouter()
    .openapi(projectionRoute, async (c) => {
      requireRole(c.get('actor'), ...READERS);
      return c.json(await computeProjection(c.get('db'), c.req.valid('query')), 200);
    })
    .openapi(listTargetsRoute, async (c) => {
      requireRole(c.get('actor'), ...READERS);
      return c.json({ items: (await listTargets(c.get('db'))).map(presentTarget) }, 200);
    })
    .openapi(createTargetRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin', 'talent_officer', 'municipal_manager');
      const row = await createTarget(c.get('db'), actor, c.req.valid('json'), c.get('requestId'));
      return c.json(presentTarget(row), 201);
    });
}
