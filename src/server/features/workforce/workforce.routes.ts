import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../../platform/actor.ts';
import { etagOf, expectedVersionOf, IfMatchHeaders } from '../../platform/concurrency.ts';
import { createRouter, errorResponses, jsonResponse, versionedResponse } from '../../platform/http.ts';
import { UuidId } from '../../platform/params.ts';
import { computeProjection } from './compute-projection.ts';
import { computeTargetProgress } from './compute-target-progress.ts';
import { deleteTarget } from './delete-target.ts';
import { createTarget, listTargets, presentTarget } from './targets.ts';
import { updateTarget } from './update-target.ts';
import {
  CreateTargetSchema,
  ProgressQuerySchema,
  ProjectionQuerySchema,
  ProjectionSchema,
  TargetListSchema,
  TargetProgressSchema,
  TargetSchema,
  UpdateTargetSchema,
} from './workforce.schema.ts';

/** Who keeps target organisations: admins and HR for every body, a body's DX manager for their own. */
const TARGET_EDITORS = ['admin', 'talent_officer', 'municipal_manager'] as const;

const TargetIdParams = z.object({ id: UuidId.openapi({ param: { name: 'id', in: 'path' } }) });

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

const updateTargetRoute = createRoute({
  method: 'patch',
  path: '/workforce/targets/{id}',
  tags: ['workforce'],
  summary: '目指す組織体制の役割を変更（管理者・人材機構・その団体のDX責任者）',
  request: {
    params: TargetIdParams,
    headers: IfMatchHeaders,
    body: { required: true, content: { 'application/json': { schema: UpdateTargetSchema } } },
  },
  responses: {
    200: versionedResponse(TargetSchema, '変更後の役割'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    409: errorResponses[409],
    412: errorResponses[412],
  },
});

const deleteTargetRoute = createRoute({
  method: 'delete',
  path: '/workforce/targets/{id}',
  tags: ['workforce'],
  summary: '目指す組織体制の役割を削除（管理者・人材機構・その団体のDX責任者）',
  request: { params: TargetIdParams, headers: IfMatchHeaders },
  responses: {
    204: { description: '削除しました' },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    412: errorResponses[412],
  },
});

const progressRoute = createRoute({
  method: 'get',
  path: '/workforce/targets/progress',
  tags: ['workforce'],
  summary: '目指す組織体制と実績（団体ごと・役割ごとの目標人数と、その年度に配属されている人数）',
  request: { query: ProgressQuerySchema },
  responses: {
    200: jsonResponse(TargetProgressSchema, '目標と実績'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
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
    .openapi(progressRoute, async (c) => {
      requireRole(c.get('actor'), ...READERS);
      return c.json(await computeTargetProgress(c.get('db'), c.req.valid('query').fiscalYear), 200);
    })
    .openapi(createTargetRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...TARGET_EDITORS);
      const row = await createTarget(c.get('db'), actor, c.req.valid('json'), c.get('requestId'));
      c.header('ETag', etagOf(row.version));
      return c.json(presentTarget(row), 201);
    })
    .openapi(updateTargetRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...TARGET_EDITORS);
      const row = await updateTarget(
        c.get('db'),
        actor,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('requestId'),
        expectedVersionOf(c.req.valid('header')),
      );
      c.header('ETag', etagOf(row.version));
      return c.json(presentTarget(row), 200);
    })
    .openapi(deleteTargetRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...TARGET_EDITORS);
      await deleteTarget(
        c.get('db'),
        actor,
        c.req.valid('param').id,
        c.get('requestId'),
        expectedVersionOf(c.req.valid('header')),
      );
      return c.body(null, 204);
    });
}
