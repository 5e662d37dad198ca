import { createRoute } from '@hono/zod-openapi';
import { requireActor, requireRole } from '../../platform/actor.ts';
import { createRouter, errorResponses, jsonResponse } from '../../platform/http.ts';
import { createSession } from './create-session.ts';
import { listCourses } from './list-courses.ts';
import { presentCourse, presentSession } from './literacy.presenter.ts';
import {
  CourseListSchema,
  CreateSessionSchema,
  ParticipationParamsSchema,
  ParticipationQuerySchema,
  ParticipationRecordSchema,
  ParticipationSummarySchema,
  RecordParticipationSchema,
  SessionResponseSchema,
} from './literacy.schema.ts';
import { recordParticipation } from './record-participation.ts';
import { summariseParticipation } from './summarise-participation.ts';

const coursesRoute = createRoute({
  method: 'get',
  path: '/literacy/courses',
  tags: ['literacy'],
  summary: '職員向けデジタルリテラシー研修のメニュー（資料 p.28）と実施回',
  responses: { 200: jsonResponse(CourseListSchema, '研修メニュー'), 401: errorResponses[401] },
});

const participationRoute = createRoute({
  method: 'get',
  path: '/literacy/participation',
  tags: ['literacy'],
  summary: '年度の参加実績（団体ごとの記録を集計）',
  request: { query: ParticipationQuerySchema },
  responses: {
    200: jsonResponse(ParticipationSummarySchema, '参加実績'),
    400: errorResponses[400],
    401: errorResponses[401],
  },
});

const createSessionRoute = createRoute({
  method: 'post',
  path: '/literacy/sessions',
  tags: ['literacy'],
  summary: '研修の実施回を登録（管理者・人材機構）',
  request: { body: { required: true, content: { 'application/json': { schema: CreateSessionSchema } } } },
  responses: {
    201: jsonResponse(SessionResponseSchema, '登録した実施回'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

const recordRoute = createRoute({
  method: 'put',
  path: '/literacy/sessions/{id}/participation/{orgCode}',
  tags: ['literacy'],
  summary: '団体の参加者数を登録（管理者・人材機構・その団体の担当者）',
  request: {
    params: ParticipationParamsSchema,
    body: { required: true, content: { 'application/json': { schema: RecordParticipationSchema } } },
  },
  responses: {
    200: jsonResponse(ParticipationRecordSchema, '登録した参加者数'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

/** Literacy training (LIT): the menu and participation are shared figures; officers and bodies record them. */
export function literacyRoutes() {
  return createRouter()
    .openapi(coursesRoute, async (c) => {
      requireActor(c.get('actor'));
      return c.json({ items: (await listCourses(c.get('db'))).map(presentCourse) }, 200);
    })
    .openapi(participationRoute, async (c) => {
      requireActor(c.get('actor'));
      return c.json(await summariseParticipation(c.get('db'), c.req.valid('query').fiscalYear), 200);
    })
    .openapi(createSessionRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin', 'talent_officer');
      const row = await createSession(c.get('db'), actor, c.req.valid('json'), c.get('requestId'));
      return c.json(
        { ...presentSession({ ...row, bodies: 0, participants: 0 }), courseId: row.courseId },
        201,
      );
    })
    .openapi(recordRoute, async (c) => {
      const actor = requireRole(
        c.get('actor'),
        'admin',
        'talent_officer',
        'municipal_manager',
        'municipal_staff',
      );
      const { id, orgCode } = c.req.valid('param');
      const record = await recordParticipation(
        c.get('db'),
        actor,
        { sessionId: id, orgCode, participants: c.req.valid('json').participants },
        c.get('requestId'),
      );
      return c.json(record, 200);
    });
}
