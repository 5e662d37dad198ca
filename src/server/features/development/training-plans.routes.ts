import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../../platform/actor.ts';
import { etagOf, expectedVersionOf, IfMatchHeaders } from '../../platform/concurrency.ts';
import { createRouter, errorResponses, jsonResponse, versionedResponse } from '../../platform/http.ts';
import { completePlanItem } from './complete-plan-item.ts';
import { draftTrainingPlan } from './draft-training-plan.ts';
import { editPlanItems } from './edit-plan-items.ts';
import { listTrainingPlans } from './list-training-plans.ts';
import { presentPlan, presentPlanItem } from './training-plans.presenter.ts';
import {
  CompleteItemSchema,
  CompletionResultSchema,
  DraftPlanSchema,
  DraftResultSchema,
  EditPlanItemsSchema,
  PersonParams,
  PersonYearParams,
  PlanItemParams,
  PlanListQuery,
  PlanListSchema,
  PlanSchema,
} from './training-plans.schema.ts';

const { 400: e400, 401: e401, 403: e403, 404: e404, 409: e409 } = errorResponses;
const json = <T>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });

const listRoute = createRoute({
  method: 'get',
  path: '/people/{id}/training-plans',
  tags: ['development'],
  summary: '人材の研修計画（年度順）。人材を閲覧できる利用者',
  request: { params: PersonParams, query: PlanListQuery },
  responses: { 200: jsonResponse(PlanListSchema, '研修計画'), 400: e400, 401: e401, 403: e403, 404: e404 },
});

const draftRoute = createRoute({
  method: 'post',
  path: '/people/{id}/training-plans/draft',
  tags: ['development'],
  summary: 'スキルギャップから研修計画を下書き（本人・人材機構・管理者）',
  request: { params: PersonParams, body: json(DraftPlanSchema) },
  responses: {
    200: jsonResponse(DraftResultSchema, '下書きした研修計画'),
    400: e400,
    401: e401,
    403: e403,
    404: e404,
    409: e409,
  },
});

const editRoute = createRoute({
  method: 'put',
  path: '/people/{id}/training-plans/{fiscalYear}/items',
  tags: ['development'],
  summary: '研修計画の項目を編集（追加・削除・並べ替え。本人は費用を変更不可）',
  request: { params: PersonYearParams, headers: IfMatchHeaders, body: json(EditPlanItemsSchema) },
  responses: {
    200: versionedResponse(PlanSchema, '更新後の研修計画'),
    412: errorResponses[412],
    400: e400,
    401: e401,
    403: e403,
    404: e404,
    409: e409,
  },
});

const completeRoute = createRoute({
  method: 'post',
  path: '/training-plan-items/{id}/complete',
  tags: ['development'],
  summary: '研修の修了を記録（本人・人材機構・管理者。実費は人材機構・管理者）',
  request: { params: PlanItemParams, body: json(CompleteItemSchema) },
  responses: {
    200: jsonResponse(CompletionResultSchema, '記録した修了と自動登録した根拠'),
    400: e400,
    401: e401,
    403: e403,
    404: e404,
    409: e409,
  },
});

/** Yearly training plans: read by whoever sees the person; drafted and edited by the person and HR. */
export function trainingPlansRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const actor = requireRole(
        c.get('actor'),
        'admin',
        'talent_officer',
        'municipal_manager',
        'municipal_staff',
        'member',
      );
      const { id } = c.req.valid('param');
      const plans = await listTrainingPlans(c.get('db'), actor, id, c.req.valid('query').fiscalYear);
      return c.json({ items: plans.map(presentPlan) }, 200);
    })
    .openapi(draftRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin', 'talent_officer', 'member');
      const { id } = c.req.valid('param');
      const r = await draftTrainingPlan(c.get('db'), actor, id, c.req.valid('json'), c.get('requestId'));
      const { view, ...draft } = r;
      return c.json({ plan: presentPlan(view), ...draft }, 200);
    })
    .openapi(editRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin', 'talent_officer', 'member');
      const { id, fiscalYear } = c.req.valid('param');
      const view = await editPlanItems(
        c.get('db'),
        actor,
        id,
        fiscalYear,
        c.req.valid('json'),
        c.get('requestId'),
        expectedVersionOf(c.req.valid('header')),
      );
      c.header('ETag', etagOf(view.plan.version));
      return c.json(presentPlan(view), 200);
    })
    .openapi(completeRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin', 'talent_officer', 'member');
      const r = await completePlanItem(
        c.get('db'),
        actor,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('requestId'),
      );
      return c.json({ item: presentPlanItem(r.item, r.course), evidence: r.evidence }, 200);
    });
}
