import { createRoute } from '@hono/zod-openapi';
import { requireActor, requireRole } from '../../platform/actor.ts';
import { etagOf, expectedVersionOf, IfMatchHeaders } from '../../platform/concurrency.ts';
import { createRouter, errorResponses, jsonResponse, versionedResponse } from '../../platform/http.ts';
import { createTimelineEvent } from './create-timeline-event.ts';
import { deleteTimelineEvent } from './delete-timeline-event.ts';
import { getProgrammeSettings } from './get-settings.ts';
import { getTimelineEvent, listTimeline } from './list-timeline.ts';
import { presentSettings, presentTimelineEvent } from './programme.presenter.ts';
import {
  SettingsPatchSchema,
  SettingsSchema,
  TimelineEventInputSchema,
  TimelineEventPatchSchema,
  TimelineEventSchema,
  TimelineIdParams,
  TimelineListSchema,
} from './programme.schema.ts';
import { updateProgrammeSettings } from './update-settings.ts';
import { updateTimelineEvent } from './update-timeline-event.ts';

const getSettingsRoute = createRoute({
  method: 'get',
  path: '/settings',
  tags: ['programme'],
  summary: 'プログラムの設定（共同調達の削減率の想定など）',
  responses: { 200: versionedResponse(SettingsSchema, '設定'), 401: errorResponses[401] },
});

const updateSettingsRoute = createRoute({
  method: 'patch',
  path: '/settings',
  tags: ['programme'],
  summary: 'プログラムの設定を変更（管理者）',
  request: {
    headers: IfMatchHeaders,
    body: { required: true, content: { 'application/json': { schema: SettingsPatchSchema } } },
  },
  responses: {
    200: versionedResponse(SettingsSchema, '変更後の設定'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    412: errorResponses[412],
  },
});

const listTimelineRoute = createRoute({
  method: 'get',
  path: '/timeline',
  tags: ['programme'],
  summary: '沿革（取組の経緯：日付・出来事・団体・資料のページ）',
  responses: { 200: jsonResponse(TimelineListSchema, '沿革'), 401: errorResponses[401] },
});

const getTimelineRoute = createRoute({
  method: 'get',
  path: '/timeline/{id}',
  tags: ['programme'],
  summary: '沿革の出来事1件',
  request: { params: TimelineIdParams },
  responses: {
    200: versionedResponse(TimelineEventSchema, '出来事'),
    400: errorResponses[400],
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const createTimelineRoute = createRoute({
  method: 'post',
  path: '/timeline',
  tags: ['programme'],
  summary: '沿革に出来事を登録（管理者）',
  request: {
    body: { required: true, content: { 'application/json': { schema: TimelineEventInputSchema } } },
  },
  responses: {
    201: versionedResponse(TimelineEventSchema, '登録した出来事'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

const updateTimelineRoute = createRoute({
  method: 'patch',
  path: '/timeline/{id}',
  tags: ['programme'],
  summary: '沿革の出来事を変更（管理者）',
  request: {
    params: TimelineIdParams,
    headers: IfMatchHeaders,
    body: { required: true, content: { 'application/json': { schema: TimelineEventPatchSchema } } },
  },
  responses: {
    200: versionedResponse(TimelineEventSchema, '変更後の出来事'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    412: errorResponses[412],
  },
});

const deleteTimelineRoute = createRoute({
  method: 'delete',
  path: '/timeline/{id}',
  tags: ['programme'],
  summary: '沿革の出来事を削除（管理者）',
  request: { params: TimelineIdParams, headers: IfMatchHeaders },
  responses: {
    204: { description: '削除しました' },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    412: errorResponses[412],
  },
});

/** The programme itself: its settings and its 沿革. Read by every signed-in role, kept by admins. */
export function programmeRoutes() {
  return createRouter()
    .openapi(getSettingsRoute, async (c) => {
      requireActor(c.get('actor'));
      const settings = await getProgrammeSettings(c.get('db'));
      c.header('ETag', etagOf(settings.version));
      return c.json(presentSettings(settings), 200);
    })
    .openapi(updateSettingsRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin');
      const settings = await updateProgrammeSettings(
        c.get('db'),
        actor,
        c.req.valid('json'),
        c.get('requestId'),
        expectedVersionOf(c.req.valid('header')),
      );
      c.header('ETag', etagOf(settings.version));
      return c.json(presentSettings(settings), 200);
    })
    .openapi(listTimelineRoute, async (c) => {
      requireActor(c.get('actor'));
      return c.json({ items: (await listTimeline(c.get('db'))).map(presentTimelineEvent) }, 200);
    })
    .openapi(getTimelineRoute, async (c) => {
      requireActor(c.get('actor'));
      const event = await getTimelineEvent(c.get('db'), c.req.valid('param').id);
      c.header('ETag', etagOf(event.version));
      return c.json(presentTimelineEvent(event), 200);
    })
    .openapi(createTimelineRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin');
      const event = await createTimelineEvent(c.get('db'), actor, c.req.valid('json'), c.get('requestId'));
      c.header('ETag', etagOf(event.version));
      return c.json(presentTimelineEvent(event), 201);
    })
    .openapi(updateTimelineRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin');
      const event = await updateTimelineEvent(
        c.get('db'),
        actor,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('requestId'),
        expectedVersionOf(c.req.valid('header')),
      );
      c.header('ETag', etagOf(event.version));
      return c.json(presentTimelineEvent(event), 200);
    })
    .openapi(deleteTimelineRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin');
      await deleteTimelineEvent(
        c.get('db'),
        actor,
        c.req.valid('param').id,
        c.get('requestId'),
        expectedVersionOf(c.req.valid('header')),
      );
      return c.body(null, 204);
    });
}
