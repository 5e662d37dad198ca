import { createRoute } from '@hono/zod-openapi';
import { requireActor, requireRole } from '../../platform/actor.ts';
import { createRouter, errorResponses, jsonResponse } from '../../platform/http.ts';
import { listTrainings } from './list-trainings.ts';
import { createTraining, updateTraining } from './save-training.ts';
import { presentTraining } from './trainings.presenter.ts';
import {
  CreateTrainingSchema,
  TrainingIdParams,
  TrainingListSchema,
  TrainingQuerySchema,
  TrainingSchema,
  UpdateTrainingSchema,
} from './trainings.schema.ts';

const { 400: e400, 401: e401, 403: e403, 404: e404 } = errorResponses;

const listRoute = createRoute({
  method: 'get',
  path: '/trainings',
  tags: ['development'],
  summary: '研修カタログ（オンライン研修・派遣研修・オンラインコミュニティ・課程研修・OJT）',
  request: { query: TrainingQuerySchema },
  responses: { 200: jsonResponse(TrainingListSchema, '研修'), 400: e400, 401: e401 },
});

const createTrainingRoute = createRoute({
  method: 'post',
  path: '/trainings',
  tags: ['development'],
  summary: '研修をカタログに追加（人材機構・管理者）',
  request: { body: { required: true, content: { 'application/json': { schema: CreateTrainingSchema } } } },
  responses: { 201: jsonResponse(TrainingSchema, '追加した研修'), 400: e400, 401: e401, 403: e403 },
});

const updateTrainingRoute = createRoute({
  method: 'patch',
  path: '/trainings/{id}',
  tags: ['development'],
  summary: '研修を変更（人材機構・管理者）。募集終了は active: false',
  request: {
    params: TrainingIdParams,
    body: { required: true, content: { 'application/json': { schema: UpdateTrainingSchema } } },
  },
  responses: {
    200: jsonResponse(TrainingSchema, '変更後の研修'),
    400: e400,
    401: e401,
    403: e403,
    404: e404,
  },
});

/** The training catalogue: everyone reads it; talent officers and admins maintain it. */
export function trainingsRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      requireActor(c.get('actor'));
      const items = (await listTrainings(c.get('db'), c.req.valid('query'))).map(presentTraining);
      return c.json({ items, total: items.length }, 200);
    })
    .openapi(createTrainingRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin', 'talent_officer');
      const created = await createTraining(c.get('db'), actor, c.req.valid('json'), c.get('requestId'));
      return c.json(presentTraining(created), 201);
    })
    .openapi(updateTrainingRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin', 'talent_officer');
      const { id } = c.req.valid('param');
      const updated = await updateTraining(c.get('db'), actor, id, c.req.valid('json'), c.get('requestId'));
      return c.json(presentTraining(updated), 200);
    });
}
