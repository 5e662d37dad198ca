import { createRoute } from '@hono/zod-openapi';
import { requireActor, requireRole } from '../../platform/actor.ts';
import { etagOf, expectedVersionOf, IfMatchHeaders } from '../../platform/concurrency.ts';
import { createRouter, errorResponses, jsonResponse, versionedResponse } from '../../platform/http.ts';
import { computeFunnel } from './compute-funnel.ts';
import { computeRatios } from './compute-ratios.ts';
import { createExam } from './create-exam.ts';
import { examYears, listExams } from './list-exams.ts';
import { hiringYearLabel, presentExam } from './recruitment.presenter.ts';
import {
  CreateExamSchema,
  ExamIdParamSchema,
  ExamListSchema,
  ExamSchema,
  FunnelSchema,
  RatiosSchema,
  UpdateExamSchema,
} from './recruitment.schema.ts';
import { updateExam } from './update-exam.ts';

const listRoute = createRoute({
  method: 'get',
  path: '/recruitment/exams',
  tags: ['recruitment'],
  summary: '採用試験の実績と計画（資料 p.21）',
  responses: { 200: jsonResponse(ExamListSchema, '採用試験'), 401: errorResponses[401] },
});

const ratiosRoute = createRoute({
  method: 'get',
  path: '/recruitment/ratios',
  tags: ['recruitment'],
  summary: '情報職採用試験の競争倍率（資料 p.22、受験者÷最終合格を計算）',
  responses: { 200: jsonResponse(RatiosSchema, '競争倍率'), 401: errorResponses[401] },
});

const funnelRoute = createRoute({
  method: 'get',
  path: '/recruitment/funnel',
  tags: ['recruitment'],
  summary: '採用年度ごとの採用→配属→定着',
  responses: { 200: jsonResponse(FunnelSchema, '採用年度ごとの推移'), 401: errorResponses[401] },
});

const createExamRoute = createRoute({
  method: 'post',
  path: '/recruitment/exams',
  tags: ['recruitment'],
  summary: '採用試験の実績・計画を登録（管理者・人材機構）',
  request: { body: { required: true, content: { 'application/json': { schema: CreateExamSchema } } } },
  responses: {
    201: jsonResponse(ExamSchema, '登録した記録'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    409: errorResponses[409],
  },
});

const updateExamRoute = createRoute({
  method: 'patch',
  path: '/recruitment/exams/{id}',
  tags: ['recruitment'],
  summary: '採用試験の数値を更新（管理者・人材機構）',
  request: {
    params: ExamIdParamSchema,
    headers: IfMatchHeaders,
    body: { required: true, content: { 'application/json': { schema: UpdateExamSchema } } },
  },
  responses: {
    200: versionedResponse(ExamSchema, '更新後の記録'),
    412: errorResponses[412],
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

/** Recruitment: published aggregate figures, read by every role; written by the program office and HR. */
export function recruitmentRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      requireActor(c.get('actor'));
      const rows = await listExams(c.get('db'));
      const years = examYears(rows).map((fiscalYear) => ({ fiscalYear, label: hiringYearLabel(fiscalYear) }));
      return c.json({ items: rows.map(presentExam), years }, 200);
    })
    .openapi(ratiosRoute, async (c) => {
      requireActor(c.get('actor'));
      return c.json(await computeRatios(c.get('db')), 200);
    })
    .openapi(funnelRoute, async (c) => {
      requireActor(c.get('actor'));
      return c.json({ items: await computeFunnel(c.get('db')) }, 200);
    })
    .openapi(createExamRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin', 'talent_officer');
      const created = await createExam(c.get('db'), actor, c.req.valid('json'), c.get('requestId'));
      return c.json(presentExam(created), 201);
    })
    .openapi(updateExamRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin', 'talent_officer');
      const updated = await updateExam(
        c.get('db'),
        actor,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('requestId'),
        expectedVersionOf(c.req.valid('header')),
      );
      c.header('ETag', etagOf(updated.version));
      return c.json(presentExam(updated), 200);
    });
}
