import { createRoute, z } from '@hono/zod-openapi';
import { requireActor, requireRole } from '../../platform/actor.ts';
import { etagOf, expectedVersionOf, IfMatchHeaders } from '../../platform/concurrency.ts';
import { streamedDownload } from '../../platform/download.ts';
import { AppError } from '../../platform/errors.ts';
import { createRouter, errorResponses, jsonResponse, versionedResponse } from '../../platform/http.ts';
import { presentCommitResult, presentImportBatch } from '../../platform/tabular/import-presenter.ts';
import type { ImportProgress } from '../../platform/tabular/import-progress.ts';
import { readImportRequest } from '../../platform/tabular/import-request.ts';
import {
  BatchIdParamsSchema,
  ImportBodyContent,
  ImportCommitQuerySchema,
  ImportPreviewSchema,
  ImportQuerySchema,
  ImportRecordsCommitSchema,
  RefusedQuerySchema,
  tableFileResponse,
} from '../../platform/tabular/import-schema.ts';
import { NDJSON, progressStream, wantsProgress } from '../../platform/tabular/progress-stream.ts';
import { exportRefusedRows, refusedRowsResponse } from '../../platform/tabular/refused-rows.ts';
import { attachmentDisposition } from '../../platform/tabular/write-table.ts';
import { addAttachment } from './add-attachment.ts';
import { addComment } from './add-comment.ts';
import { MAX_ATTACHMENT_BYTES } from './attachment-type.ts';
import { createPractice } from './create-practice.ts';
import { deleteAttachment } from './delete-attachment.ts';
import { deletePractice } from './delete-practice.ts';
import { exportPractices } from './export-practices.ts';
import { getAttachment } from './get-attachment.ts';
import { getPractice } from './get-practice.ts';
import { commitPracticesImport, findPracticesImport, previewPracticesImport } from './import-practices.ts';
import { listPractices } from './list-practices.ts';
import { presentAttachment, presentPractice } from './practices.presenter.ts';
import {
  AdoptionQuerySchema,
  AdoptionSchema,
  AttachmentParams,
  AttachmentQuerySchema,
  AttachmentSchema,
  CommentSchema,
  PracticeCreateSchema,
  PracticeDetailSchema,
  PracticeExportQuerySchema,
  PracticeIdParams,
  PracticeListQuerySchema,
  PracticeListSchema,
  PracticePatchSchema,
  PracticeSchema,
} from './practices.schema.ts';
import { setAdoption } from './set-adoption.ts';
import { updatePractice } from './update-practice.ts';

/** Roles that register a body's initiatives (their own body; admins every body). */
const EDITORS = ['admin', 'municipal_manager', 'municipal_staff'] as const;
/** Roles that comment: everyone signed in but viewers (who only read). */
const COMMENTERS = ['admin', 'talent_officer', 'municipal_manager', 'municipal_staff', 'member'] as const;

const R = errorResponses;

const progressOr = <T extends z.ZodType>(schema: T, description: string) => ({
  description: `${description}（Accept: ${NDJSON} のときは進捗を1行ずつ返し、最終行が結果）`,
  content: { 'application/json': { schema }, [NDJSON]: { schema: z.string() } },
});

const routes = {
  list: createRoute({
    method: 'get',
    path: '/practices',
    tags: ['practices'],
    summary: 'DX施策・好事例の一覧（全団体で共有）',
    request: { query: PracticeListQuerySchema },
    responses: { 200: jsonResponse(PracticeListSchema, '施策'), 400: R[400], 401: R[401] },
  }),
  get: createRoute({
    method: 'get',
    path: '/practices/{id}',
    tags: ['practices'],
    summary: '施策1件（添付ファイル、コメント、導入した団体）',
    request: { params: PracticeIdParams },
    responses: {
      200: versionedResponse(PracticeDetailSchema, '施策'),
      400: R[400],
      401: R[401],
      404: R[404],
    },
  }),
  create: createRoute({
    method: 'post',
    path: '/practices',
    tags: ['practices'],
    summary: '施策の登録（自団体。管理者は全団体）',
    request: { body: { required: true, content: { 'application/json': { schema: PracticeCreateSchema } } } },
    responses: { 201: jsonResponse(PracticeSchema, '登録した施策'), 400: R[400], 401: R[401], 403: R[403] },
  }),
  update: createRoute({
    method: 'patch',
    path: '/practices/{id}',
    tags: ['practices'],
    summary: '施策の変更（自団体。管理者は全団体）',
    request: {
      params: PracticeIdParams,
      headers: IfMatchHeaders,
      body: { required: true, content: { 'application/json': { schema: PracticePatchSchema } } },
    },
    responses: {
      200: versionedResponse(PracticeSchema, '変更後の施策'),
      412: R[412],
      400: R[400],
      401: R[401],
      403: R[403],
      404: R[404],
    },
  }),
  remove: createRoute({
    method: 'delete',
    path: '/practices/{id}',
    tags: ['practices'],
    summary: '施策の削除（自団体。管理者は全団体）',
    request: { params: PracticeIdParams, headers: IfMatchHeaders },
    responses: {
      204: { description: '削除しました' },
      400: R[400],
      401: R[401],
      403: R[403],
      404: R[404],
      412: R[412],
    },
  }),
  addAttachment: createRoute({
    method: 'post',
    path: '/practices/{id}/attachments',
    tags: ['practices'],
    summary: '添付ファイルの追加（10MBまで。PDF・PNG・JPEG・xlsx・docx・pptx・CSV を中身で判定）',
    request: {
      params: PracticeIdParams,
      query: AttachmentQuerySchema,
      body: {
        required: true,
        content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
      },
    },
    responses: {
      201: jsonResponse(AttachmentSchema, '添付ファイル'),
      400: R[400],
      401: R[401],
      403: R[403],
      404: R[404],
      413: { description: '大きすぎます', content: R[400].content },
      415: { description: '形式が認められていません', content: R[400].content },
    },
  }),
  getAttachment: createRoute({
    method: 'get',
    path: '/practices/{id}/attachments/{attachmentId}',
    tags: ['practices'],
    summary: '添付ファイルのダウンロード',
    request: { params: AttachmentParams },
    responses: {
      200: {
        description: 'ファイル',
        content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
      },
      400: R[400],
      401: R[401],
      404: R[404],
    },
  }),
  deleteAttachment: createRoute({
    method: 'delete',
    path: '/practices/{id}/attachments/{attachmentId}',
    tags: ['practices'],
    summary: '添付ファイルの削除（自団体の施策）',
    request: { params: AttachmentParams },
    responses: { 204: { description: '削除しました' }, 400: R[400], 401: R[401], 403: R[403], 404: R[404] },
  }),
  comment: createRoute({
    method: 'post',
    path: '/practices/{id}/comments',
    tags: ['practices'],
    summary: 'コメントの投稿（閲覧者以外のすべての利用者）',
    request: {
      params: PracticeIdParams,
      body: { required: true, content: { 'application/json': { schema: CommentSchema } } },
    },
    responses: {
      201: jsonResponse(PracticeDetailSchema, 'コメント後の施策'),
      400: R[400],
      401: R[401],
      403: R[403],
      404: R[404],
    },
  }),
  adopt: createRoute({
    method: 'put',
    path: '/practices/{id}/adoptions',
    tags: ['practices'],
    summary: '「うちも導入しました」の登録（自団体。管理者は団体を指定可）',
    request: {
      params: PracticeIdParams,
      body: { required: true, content: { 'application/json': { schema: AdoptionSchema } } },
    },
    responses: {
      200: jsonResponse(PracticeDetailSchema, '登録後の施策'),
      400: R[400],
      401: R[401],
      403: R[403],
      404: R[404],
      409: R[409],
    },
  }),
  unadopt: createRoute({
    method: 'delete',
    path: '/practices/{id}/adoptions',
    tags: ['practices'],
    summary: '「うちも導入しました」の取り消し',
    request: { params: PracticeIdParams, query: AdoptionQuerySchema },
    responses: {
      200: jsonResponse(PracticeDetailSchema, '取り消し後の施策'),
      400: R[400],
      401: R[401],
      403: R[403],
      404: R[404],
      409: R[409],
    },
  }),
  export: createRoute({
    method: 'get',
    path: '/practices/export',
    tags: ['practices'],
    summary: '施策の書き出し（CSV UTF-8 BOM付き / CSV Shift_JIS(CP932) / Excel、絞り込みを反映）',
    request: { query: PracticeExportQuerySchema },
    responses: {
      200: {
        description: '施策のファイル',
        content: {
          'text/csv': { schema: z.string().openapi({ format: 'binary' }) },
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
            schema: z.string().openapi({ format: 'binary' }),
          },
        },
      },
      400: R[400],
      401: R[401],
    },
  }),
  importPreview: createRoute({
    method: 'post',
    path: '/practices/import',
    tags: ['practices'],
    summary: '施策の取り込み: ファイルを読み込んでプレビューを作る。まだ何も登録しない',
    request: { query: ImportQuerySchema, body: { required: true, content: ImportBodyContent } },
    responses: { 201: progressOr(ImportPreviewSchema, 'プレビュー'), 400: R[400], 401: R[401], 403: R[403] },
  }),
  importShow: createRoute({
    method: 'get',
    path: '/practices/import/{batchId}',
    tags: ['practices'],
    summary: '読み込んだ施策のプレビューをもう一度開く（読み込んだ本人・管理者。取り込みを再開するとき）',
    request: { params: BatchIdParamsSchema },
    responses: {
      200: jsonResponse(ImportPreviewSchema, 'プレビュー'),
      400: R[400],
      401: R[401],
      403: R[403],
      404: R[404],
    },
  }),
  importCommit: createRoute({
    method: 'post',
    path: '/practices/import/{batchId}/commit',
    tags: ['practices'],
    summary:
      'プレビュー済みの施策の取り込みを確定する（全行か、何もしないか。skipInvalid=true ならエラーの行を除いて取り込み、除いた行はファイルで返す）',
    request: { params: BatchIdParamsSchema, query: ImportCommitQuerySchema },
    responses: {
      200: progressOr(ImportRecordsCommitSchema, '取り込み結果'),
      400: R[400],
      401: R[401],
      403: R[403],
      404: R[404],
      409: R[409],
      412: R[412],
    },
  }),
  importRefused: createRoute({
    method: 'get',
    path: '/practices/import/{batchId}/refused',
    tags: ['practices'],
    summary: '取り込まなかったエラーの行（元の列＋エラー列）をファイルで取得（取り込んだ本人・管理者）',
    request: { params: BatchIdParamsSchema, query: RefusedQuerySchema },
    responses: { 200: tableFileResponse('エラーの行'), 400: R[400], 401: R[401], 403: R[403], 404: R[404] },
  }),
};

/** The detail of an initiative as the API shows it. */
async function detail(db: Parameters<typeof getPractice>[0], id: number) {
  const d = await getPractice(db, id);
  return {
    ...presentPractice(d.practice),
    attachments: d.attachments.map(presentAttachment),
    comments: d.comments.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
    adoptions: d.adoptions.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
  };
}

/** DX施策・好事例: shared by every body; each body keeps its own; others comment and adopt. */
export function practicesRoutes() {
  return createRouter()
    .openapi(routes.list, async (c) => {
      requireActor(c.get('actor'));
      const result = await listPractices(c.get('db'), c.req.valid('query'));
      return c.json({ ...result, items: result.items.map(presentPractice) }, 200);
    })
    .openapi(routes.export, async (c) => {
      requireActor(c.get('actor'));
      const { format, ...filter } = c.req.valid('query');
      const file = await exportPractices(c.get('db'), filter, format);
      const stamp = new Date().toISOString().slice(0, 10);
      return streamedDownload(c, file, {
        'content-disposition': attachmentDisposition(`DX施策・好事例_${stamp}.${file.extension}`),
      });
    })
    .openapi(routes.importPreview, async (c) => {
      const actor = requireRole(c.get('actor'), ...EDITORS);
      const input = readImportRequest(c, c.req.valid('query'));
      if (wantsProgress(c)) {
        // A progress stream is not the typed JSON answer the RPC client infers: hence the cast.
        return progressStream(c, async (report) => ({
          status: 201,
          body: presentImportBatch(await previewPracticesImport(c.get('db'), actor, input, report)),
        })) as never;
      }
      return c.json(presentImportBatch(await previewPracticesImport(c.get('db'), actor, input)), 201);
    })
    .openapi(routes.importShow, async (c) => {
      const actor = requireRole(c.get('actor'), ...EDITORS);
      const batch = await findPracticesImport(c.get('db'), actor, c.req.valid('param').batchId);
      return c.json(presentImportBatch(batch), 200);
    })
    .openapi(routes.importCommit, async (c) => {
      const actor = requireRole(c.get('actor'), ...EDITORS);
      const { batchId } = c.req.valid('param');
      const run = async (onProgress?: (p: ImportProgress) => void) => {
        const r = await commitPracticesImport(c.get('db'), actor, batchId, {
          requestId: c.get('requestId'),
          onProgress,
          skipInvalid: c.req.valid('query').skipInvalid,
        });
        return presentCommitResult(r, `/api/practices/import/${batchId}/refused`);
      };
      if (wantsProgress(c)) {
        return progressStream(c, async (report) => ({ status: 200, body: await run(report) })) as never;
      }
      return c.json(await run(), 200);
    })
    .openapi(routes.importRefused, async (c) => {
      const actor = requireRole(c.get('actor'), ...EDITORS);
      const file = await exportRefusedRows(
        c.get('db'),
        actor,
        'practices',
        c.req.valid('param').batchId,
        c.req.valid('query').format,
      );
      return refusedRowsResponse(file);
    })
    .openapi(routes.get, async (c) => {
      requireActor(c.get('actor'));
      const practice = await detail(c.get('db'), c.req.valid('param').id);
      c.header('ETag', etagOf(practice.version));
      return c.json(practice, 200);
    })
    .openapi(routes.create, async (c) => {
      const actor = requireRole(c.get('actor'), ...EDITORS);
      const created = await createPractice(c.get('db'), actor, c.req.valid('json'), c.get('requestId'));
      return c.json(presentPractice(created), 201);
    })
    .openapi(routes.update, async (c) => {
      const actor = requireRole(c.get('actor'), ...EDITORS);
      const { id } = c.req.valid('param');
      const updated = await updatePractice(
        c.get('db'),
        actor,
        id,
        c.req.valid('json'),
        c.get('requestId'),
        expectedVersionOf(c.req.valid('header')),
      );
      c.header('ETag', etagOf(updated.version));
      return c.json(presentPractice(updated), 200);
    })
    .openapi(routes.remove, async (c) => {
      const actor = requireRole(c.get('actor'), ...EDITORS);
      await deletePractice(
        c.get('db'),
        actor,
        c.req.valid('param').id,
        c.get('requestId'),
        expectedVersionOf(c.req.valid('header')),
      );
      return c.body(null, 204);
    })
    .openapi(routes.addAttachment, async (c) => {
      const actor = requireRole(c.get('actor'), ...EDITORS);
      const declared = Number(c.req.header('content-length') ?? '0');
      if (declared > MAX_ATTACHMENT_BYTES) {
        throw new AppError('ATTACHMENT_TOO_LARGE', 413, '添付できるファイルは10MBまでです。');
      }
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const created = await addAttachment(
        c.get('db'),
        actor,
        c.req.valid('param').id,
        { filename: c.req.valid('query').filename, bytes },
        c.get('requestId'),
      );
      return c.json(presentAttachment(created), 201);
    })
    .openapi(routes.getAttachment, async (c) => {
      requireActor(c.get('actor'));
      const { id, attachmentId } = c.req.valid('param');
      const file = await getAttachment(c.get('db'), id, attachmentId);
      return new Response(new Uint8Array(file.data), {
        status: 200,
        headers: {
          'content-type': file.contentType,
          'content-disposition': attachmentDisposition(file.filename),
          'content-length': String(file.sizeBytes),
          'x-content-type-options': 'nosniff',
          'cache-control': 'private, no-store',
        },
      });
    })
    .openapi(routes.deleteAttachment, async (c) => {
      const actor = requireRole(c.get('actor'), ...EDITORS);
      const { id, attachmentId } = c.req.valid('param');
      await deleteAttachment(c.get('db'), actor, id, attachmentId, c.get('requestId'));
      return c.body(null, 204);
    })
    .openapi(routes.comment, async (c) => {
      const actor = requireRole(c.get('actor'), ...COMMENTERS);
      const { id } = c.req.valid('param');
      await addComment(c.get('db'), actor, id, c.req.valid('json').body, c.get('requestId'));
      return c.json(await detail(c.get('db'), id), 201);
    })
    .openapi(routes.adopt, async (c) => {
      const actor = requireRole(c.get('actor'), ...EDITORS);
      const { id } = c.req.valid('param');
      const { note, orgCode } = c.req.valid('json');
      await setAdoption(
        c.get('db'),
        actor,
        { practiceId: id, orgCode, note, adopted: true },
        c.get('requestId'),
      );
      return c.json(await detail(c.get('db'), id), 200);
    })
    .openapi(routes.unadopt, async (c) => {
      const actor = requireRole(c.get('actor'), ...EDITORS);
      const { id } = c.req.valid('param');
      const { orgCode } = c.req.valid('query');
      await setAdoption(c.get('db'), actor, { practiceId: id, orgCode, adopted: false }, c.get('requestId'));
      return c.json(await detail(c.get('db'), id), 200);
    });
}
