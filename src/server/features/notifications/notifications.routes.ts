import { createRoute, z } from '@hono/zod-openapi';
import { requireActor, requireRole } from '../../platform/actor.ts';
import { etagOf, expectedVersionOf, IfMatchHeaders } from '../../platform/concurrency.ts';
import { errors } from '../../platform/errors.ts';
import { createRouter, errorResponses, jsonResponse, versionedResponse } from '../../platform/http.ts';
import { assertBodyAccess } from '../../platform/scope.ts';
import { MeetingIdParamsSchema } from '../community/community.schema.ts';
import { getMeeting } from '../community/get-meeting.ts';
import { getBodySettings } from './body-settings.ts';
import { getNotificationSettings } from './get-notification-settings.ts';
import { issueCalendarFeed } from './issue-calendar-feed.ts';
import { listNotifications } from './list-notifications.ts';
import { listOutbox } from './list-outbox.ts';
import { markAllNotificationsRead } from './mark-all-notifications-read.ts';
import { markNotificationRead } from './mark-notification-read.ts';
import { meetingIcs, snapshotOf } from './meeting-calendar.ts';
import { presentBodySettings, presentNotification, presentOutboxItem } from './notifications.presenter.ts';
import {
  BodySettingsResponseSchema,
  BodySettingsSchema,
  CalendarFeedParams,
  CalendarFeedUrlSchema,
  NotificationIdParams,
  NotificationPageSchema,
  NotificationSettingsSchema,
  OrgCodeParams,
  OutboxPageSchema,
  OutboxQuerySchema,
  PageQuerySchema,
  ReadAllSchema,
  SavePreferencesSchema,
} from './notifications.schema.ts';
import { readCalendarFeed } from './read-calendar-feed.ts';
import { senderAddress } from './render-mail.ts';
import { revokeCalendarFeed } from './revoke-calendar-feed.ts';
import { saveBodySettings } from './save-body-settings.ts';
import { saveNotificationPreferences } from './save-notification-preferences.ts';

const json = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});
const ics = (description: string) => ({
  description,
  content: { 'text/calendar': { schema: z.string().openapi({ example: 'BEGIN:VCALENDAR…' }) } },
});
const TAGS = ['notifications'];

const listRoute = createRoute({
  method: 'get',
  path: '/notifications',
  tags: TAGS,
  summary: '自分の通知（未読を先に、新しい順）',
  request: { query: PageQuerySchema },
  responses: {
    200: jsonResponse(NotificationPageSchema, '通知'),
    400: errorResponses[400],
    401: errorResponses[401],
  },
});

const readRoute = createRoute({
  method: 'post',
  path: '/notifications/{id}/read',
  tags: TAGS,
  summary: '通知を既読にする',
  request: { params: NotificationIdParams },
  responses: {
    204: { description: '既読にしました' },
    400: errorResponses[400],
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const readAllRoute = createRoute({
  method: 'post',
  path: '/notifications/read-all',
  tags: TAGS,
  summary: '自分の通知をすべて既読にする',
  responses: { 200: jsonResponse(ReadAllSchema, '既読にした件数'), 401: errorResponses[401] },
});

const getSettingsRoute = createRoute({
  method: 'get',
  path: '/notifications/settings',
  tags: TAGS,
  summary: '自分の通知設定（種類ごとの受け取り方・予定表URLの発行状況）',
  responses: { 200: jsonResponse(NotificationSettingsSchema, '通知設定'), 401: errorResponses[401] },
});

const saveSettingsRoute = createRoute({
  method: 'put',
  path: '/notifications/settings',
  tags: TAGS,
  summary: '自分の通知設定を保存（すぐにメール・日次まとめ・アプリ内のみ）',
  request: { body: json(SavePreferencesSchema) },
  responses: {
    200: jsonResponse(NotificationSettingsSchema, '保存後の通知設定'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

const issueFeedRoute = createRoute({
  method: 'post',
  path: '/notifications/calendar-feed',
  tags: TAGS,
  summary: '予定表の購読URLを発行（以前のURLは無効になる）',
  responses: {
    201: jsonResponse(CalendarFeedUrlSchema, '購読URL（この応答でだけ表示）'),
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

const revokeFeedRoute = createRoute({
  method: 'delete',
  path: '/notifications/calendar-feed',
  tags: TAGS,
  summary: '予定表の購読URLを無効にする',
  responses: { 204: { description: '無効にしました' }, 401: errorResponses[401] },
});

const feedRoute = createRoute({
  method: 'get',
  path: '/calendar/{token}',
  tags: TAGS,
  summary: '個人の予定表（招待された会議、iCalendar）。URL に含まれる秘密で認証（ログイン不要）',
  security: [],
  request: { params: CalendarFeedParams },
  responses: { 200: ics('予定表'), 400: errorResponses[400], 404: errorResponses[404] },
});

const meetingIcsRoute = createRoute({
  method: 'get',
  path: '/meetings/{id}/ics',
  tags: TAGS,
  summary: '会議を予定表ファイル（.ics）でダウンロード',
  request: { params: MeetingIdParamsSchema },
  responses: {
    200: ics('会議の予定'),
    400: errorResponses[400],
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const getBodySettingsRoute = createRoute({
  method: 'get',
  path: '/notifications/bodies/{orgCode}/settings',
  tags: TAGS,
  summary: '団体の通知設定（契約満了を知らせる期間）',
  request: { params: OrgCodeParams },
  responses: {
    200: versionedResponse(BodySettingsResponseSchema, '団体の通知設定'),
    400: errorResponses[400],
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const saveBodySettingsRoute = createRoute({
  method: 'put',
  path: '/notifications/bodies/{orgCode}/settings',
  tags: TAGS,
  summary: '団体の通知設定を保存（その団体のDX責任者・管理者）',
  request: { params: OrgCodeParams, headers: IfMatchHeaders, body: json(BodySettingsSchema) },
  responses: {
    200: versionedResponse(BodySettingsResponseSchema, '保存後の団体の通知設定'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    412: errorResponses[412],
  },
});

const outboxRoute = createRoute({
  method: 'get',
  path: '/admin/outbox',
  tags: TAGS,
  summary: 'メール送信キュー（管理者のみ。失敗・再試行待ちを確認）',
  request: { query: OutboxQuerySchema },
  responses: {
    200: jsonResponse(OutboxPageSchema, '送信キュー（新しい順）'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

const icsHeaders = (fileName: string) => ({
  'Content-Type': 'text/calendar; charset=utf-8',
  'Content-Disposition': `attachment; filename="${fileName}"`,
  'Cache-Control': 'private, no-store',
});

/** The in-app inbox, personal settings, calendar files and feeds, body settings and the admins' outbox. */
export function notificationsRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      const page = await listNotifications(c.get('db'), actor, c.req.valid('query'));
      return c.json({ ...page, items: page.items.map(presentNotification) }, 200);
    })
    .openapi(readAllRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      return c.json({ updated: await markAllNotificationsRead(c.get('db'), actor) }, 200);
    })
    .openapi(readRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      if (!(await markNotificationRead(c.get('db'), actor, c.req.valid('param').id)))
        throw errors.notFound('通知');
      return c.body(null, 204);
    })
    .openapi(getSettingsRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      const settings = await getNotificationSettings(c.get('db'), actor, c.get('mail').smtpUrl !== undefined);
      return c.json(settings, 200);
    })
    .openapi(saveSettingsRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      await saveNotificationPreferences(c.get('db'), actor, c.req.valid('json'), c.get('requestId'));
      const settings = await getNotificationSettings(c.get('db'), actor, c.get('mail').smtpUrl !== undefined);
      return c.json(settings, 200);
    })
    .openapi(issueFeedRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      const feed = await issueCalendarFeed(c.get('db'), actor, c.get('mail').publicUrl, c.get('requestId'));
      return c.json(feed, 201);
    })
    .openapi(revokeFeedRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      await revokeCalendarFeed(c.get('db'), actor, c.get('requestId'));
      return c.body(null, 204);
    })
    .openapi(feedRoute, async (c) => {
      const mail = c.get('mail');
      const token = c.req.valid('param').token.replace(/\.ics$/, '');
      const body = await readCalendarFeed(c.get('db'), token, {
        publicUrl: mail.publicUrl,
        organizer: { name: 'DXShip', email: senderAddress(mail.from) },
      });
      return c.body(body, 200, { ...icsHeaders('dxship.ics'), 'Content-Disposition': 'inline' });
    })
    .openapi(meetingIcsRoute, async (c) => {
      requireActor(c.get('actor'));
      const mail = c.get('mail');
      const meeting = await getMeeting(c.get('db'), c.req.valid('param').id);
      const body = meetingIcs(snapshotOf(meeting), 'PUBLISH', {
        publicUrl: mail.publicUrl,
        organizer: { name: 'DXShip', email: senderAddress(mail.from) },
      });
      return c.body(body, 200, icsHeaders(`meeting-${meeting.id}.ics`));
    })
    .openapi(getBodySettingsRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      const { orgCode } = c.req.valid('param');
      assertBodyAccess(actor, orgCode, '団体');
      const settings = presentBodySettings(await getBodySettings(c.get('db'), orgCode));
      return c.json(settings, 200, { ETag: etagOf(settings.version) });
    })
    .openapi(saveBodySettingsRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin', 'municipal_manager');
      const { orgCode } = c.req.valid('param');
      const saved = await saveBodySettings(
        c.get('db'),
        actor,
        orgCode,
        c.req.valid('json'),
        expectedVersionOf(c.req.valid('header')),
        c.get('requestId'),
      );
      const settings = presentBodySettings(saved);
      return c.json(settings, 200, { ETag: etagOf(settings.version) });
    })
    .openapi(outboxRoute, async (c) => {
      requireRole(c.get('actor'), 'admin');
      const mail = c.get('mail');
      const page = await listOutbox(c.get('db'), c.req.valid('query'));
      return c.json(
        {
          ...page,
          mailEnabled: mail.smtpUrl !== undefined,
          from: mail.from,
          items: page.items.map(presentOutboxItem),
        },
        200,
      );
    });
}
