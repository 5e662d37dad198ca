import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { requireActor, requireRole } from '../../platform/actor.ts';
import { etagOf, expectedVersionOf, IfMatchHeaders } from '../../platform/concurrency.ts';
import {
  type AppEnv,
  createRouter,
  errorResponses,
  jsonResponse,
  versionedResponse,
} from '../../platform/http.ts';
import { addMaterial } from './add-material.ts';
import { presentCommitment, presentMeetingDetail, presentMeetingSummary } from './community.presenter.ts';
import {
  CommitmentSchema,
  MaterialSchema,
  MeetingDetailSchema,
  MeetingListSchema,
} from './community.responses.ts';
import {
  CommitmentInputSchema,
  CreateMeetingSchema,
  MeetingIdParamsSchema,
  MeetingListQuerySchema,
  UpdateMeetingSchema,
  UuidParam,
} from './community.schema.ts';
import { createCommitment } from './create-commitment.ts';
import { createMeeting } from './create-meeting.ts';
import { deleteMeeting } from './delete-meeting.ts';
import { getMaterial } from './get-material.ts';
import { getMeeting } from './get-meeting.ts';
import { listMeetings } from './list-meetings.ts';
import { todayInJapan } from './today.ts';
import { updateMeeting } from './update-meeting.ts';

const json = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

const listRoute = createRoute({
  method: 'get',
  path: '/meetings',
  tags: ['community'],
  summary: '会議の一覧（CDOフォーラム・DX加速サイクル・担当者会議）',
  request: { query: MeetingListQuerySchema },
  responses: {
    200: jsonResponse(MeetingListSchema, '会議'),
    400: errorResponses[400],
    401: errorResponses[401],
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/meetings/{id}',
  tags: ['community'],
  summary: '会議の記録（議題・議事録・出席・資料・コミットメント）',
  request: { params: MeetingIdParamsSchema },
  responses: {
    200: versionedResponse(MeetingDetailSchema, '会議'),
    400: errorResponses[400],
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const createMeetingRoute = createRoute({
  method: 'post',
  path: '/meetings',
  tags: ['community'],
  summary: '会議を記録（管理者・人材機構）',
  request: { body: json(CreateMeetingSchema) },
  responses: {
    201: jsonResponse(MeetingDetailSchema, '記録した会議'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

const updateMeetingRoute = createRoute({
  method: 'patch',
  path: '/meetings/{id}',
  tags: ['community'],
  summary: '会議の記録を更新（管理者・人材機構）',
  request: { params: MeetingIdParamsSchema, headers: IfMatchHeaders, body: json(UpdateMeetingSchema) },
  responses: {
    200: versionedResponse(MeetingDetailSchema, '更新後の会議'),
    412: errorResponses[412],
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

const deleteMeetingRoute = createRoute({
  method: 'delete',
  path: '/meetings/{id}',
  tags: ['community'],
  summary: '会議を取り消す（管理者・人材機構。招待した団体へ取消の通知と .ics を送る）',
  request: { params: MeetingIdParamsSchema },
  responses: {
    204: { description: '取り消しました' },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    409: errorResponses[409],
  },
});

const addCommitmentRoute = createRoute({
  method: 'post',
  path: '/meetings/{id}/commitments',
  tags: ['community'],
  summary: '会議での決定・コミットメントを追加（管理者・人材機構）',
  request: { params: MeetingIdParamsSchema, body: json(CommitmentInputSchema) },
  responses: {
    201: jsonResponse(CommitmentSchema, '追加したコミットメント'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

const UploadSchema = z
  .object({
    file: z
      .instanceof(File, { message: 'ファイルを選択してください' })
      .openapi({ type: 'string', format: 'binary', description: 'PDF・画像・Office文書（10 MBまで）' }),
  })
  .openapi('MaterialUpload');

const fileError = (description: string) => ({
  description,
  content: { 'application/json': { schema: errorResponses[400].content['application/json'].schema } },
});

/** Checks the role before the body is read, so a forbidden upload is refused without parsing the file. */
const officersOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireRole(c.get('actor'), 'admin', 'talent_officer');
  await next();
};

const uploadRoute = createRoute({
  method: 'post',
  path: '/meetings/{id}/materials',
  middleware: [officersOnly] as const,
  tags: ['community'],
  summary: '会議資料を登録（管理者・人材機構。10 MBまで、中身で種類を判定）',
  request: {
    params: MeetingIdParamsSchema,
    body: { required: true, content: { 'multipart/form-data': { schema: UploadSchema } } },
  },
  responses: {
    201: jsonResponse(MaterialSchema, '登録した資料'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    413: fileError('ファイルが大きすぎます'),
    415: fileError('登録できない種類のファイルです'),
  },
});

const downloadRoute = createRoute({
  method: 'get',
  path: '/meetings/{id}/materials/{materialId}',
  tags: ['community'],
  summary: '会議資料のダウンロード',
  request: { params: z.object({ id: UuidParam('id'), materialId: UuidParam('materialId') }) },
  responses: {
    200: {
      description: '資料のファイル',
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    400: errorResponses[400],
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

/** `attachment` with the name in UTF-8 (RFC 6266) and an ASCII fallback. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replaceAll(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Meetings: everyone signed in reads them; the program office and officers record them. */
export function meetingsRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      requireActor(c.get('actor'));
      const items = (await listMeetings(c.get('db'), c.req.valid('query'))).map(presentMeetingSummary);
      return c.json({ items, total: items.length }, 200);
    })
    .openapi(getRoute, async (c) => {
      requireActor(c.get('actor'));
      const meeting = await getMeeting(c.get('db'), c.req.valid('param').id);
      c.header('ETag', etagOf(meeting.version));
      return c.json(presentMeetingDetail(meeting, todayInJapan()), 200);
    })
    .openapi(createMeetingRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin', 'talent_officer');
      const meeting = await createMeeting(c.get('db'), actor, c.req.valid('json'), c.get('requestId'));
      return c.json(presentMeetingDetail(meeting, todayInJapan()), 201);
    })
    .openapi(updateMeetingRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin', 'talent_officer');
      const { id } = c.req.valid('param');
      const expected = expectedVersionOf(c.req.valid('header'));
      const meeting = await updateMeeting(
        c.get('db'),
        actor,
        id,
        c.req.valid('json'),
        c.get('requestId'),
        expected,
      );
      c.header('ETag', etagOf(meeting.version));
      return c.json(presentMeetingDetail(meeting, todayInJapan()), 200);
    })
    .openapi(deleteMeetingRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin', 'talent_officer');
      await deleteMeeting(c.get('db'), actor, c.req.valid('param').id, c.get('requestId'));
      return c.body(null, 204);
    })
    .openapi(addCommitmentRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin', 'talent_officer');
      const { id } = c.req.valid('param');
      const row = await createCommitment(c.get('db'), actor, id, c.req.valid('json'), c.get('requestId'));
      return c.json(presentCommitment(row, todayInJapan()), 201);
    })
    .openapi(uploadRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin', 'talent_officer');
      const { file } = c.req.valid('form');
      const bytes = new Uint8Array(await file.arrayBuffer());
      const row = await addMaterial(
        c.get('db'),
        actor,
        c.req.valid('param').id,
        { name: file.name, bytes },
        c.get('requestId'),
      );
      return c.json({ ...row, uploadedAt: row.uploadedAt.toISOString() }, 201);
    })
    .openapi(downloadRoute, async (c) => {
      requireActor(c.get('actor'));
      const { id, materialId } = c.req.valid('param');
      const material = await getMaterial(c.get('db'), id, materialId);
      return c.body(Buffer.from(material.content), 200, {
        'Content-Type': material.mediaType,
        'Content-Disposition': contentDisposition(material.fileName),
        'Content-Length': String(material.sizeBytes),
        'Cache-Control': 'private, no-store',
      });
    });
}
