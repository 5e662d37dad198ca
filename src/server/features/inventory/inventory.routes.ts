import { createRoute, z } from '@hono/zod-openapi';
import { requireActor, requireRole } from '../../platform/actor.ts';
import { etagOf, expectedVersionOf, IfMatchHeaders } from '../../platform/concurrency.ts';
import { streamedDownload } from '../../platform/download.ts';
import { createRouter, errorResponses, jsonResponse, versionedResponse } from '../../platform/http.ts';
import { cacheReads } from '../../platform/read-cache.ts';
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
import { createSystem } from './create-system.ts';
import { deleteSystem } from './delete-system.ts';
import { exportSystems } from './export-systems.ts';
import { getSystem } from './get-system.ts';
import { commitSystemsImport, findSystemsImport, previewSystemsImport } from './import-systems.ts';
import { presentSystem } from './inventory.presenter.ts';
import {
  BusinessSummarySchema,
  StandardisationSchema,
  SystemCreateSchema,
  SystemExportQuerySchema,
  SystemIdParams,
  SystemListQuerySchema,
  SystemListSchema,
  SystemPatchSchema,
  SystemSchema,
} from './inventory.schema.ts';
import { listSystems } from './list-systems.ts';
import { standardisationProgress } from './standardisation-progress.ts';
import { summariseBusinesses } from './summarise-businesses.ts';
import { updateSystem } from './update-system.ts';

/** Roles that keep a body's 台帳 (their own body; admins every body). */
const EDITORS = ['admin', 'municipal_manager', 'municipal_staff'] as const;

const progressOr = <T extends z.ZodType>(schema: T, description: string) => ({
  description: `${description}（Accept: ${NDJSON} のときは進捗を1行ずつ返し、最終行が結果）`,
  content: {
    'application/json': { schema },
    [NDJSON]: { schema: z.string() },
  },
});

const listRoute = createRoute({
  middleware: [cacheReads('role')] as const,
  method: 'get',
  path: '/systems',
  tags: ['inventory'],
  summary: '情報システム台帳の一覧（全団体で共有、絞り込みとページ送り）',
  request: { query: SystemListQuerySchema },
  responses: {
    200: jsonResponse(SystemListSchema, '情報システム'),
    400: errorResponses[400],
    401: errorResponses[401],
  },
});

const businessesRoute = createRoute({
  method: 'get',
  path: '/systems/businesses',
  tags: ['inventory'],
  summary: '業務ごとの団体横断の集計（システム数・団体数・年間経費・主なベンダー）',
  responses: { 200: jsonResponse(BusinessSummarySchema, '業務ごとの集計'), 401: errorResponses[401] },
});

const standardisationRoute = createRoute({
  method: 'get',
  path: '/systems/standardisation',
  tags: ['inventory'],
  summary: '標準化対象20業務の標準化・ガバメントクラウド移行の進捗',
  responses: { 200: jsonResponse(StandardisationSchema, '進捗'), 401: errorResponses[401] },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/systems/export',
  tags: ['inventory'],
  summary: '台帳の書き出し（CSV UTF-8 BOM付き / CSV Shift_JIS(CP932) / Excel、絞り込みを反映）',
  request: { query: SystemExportQuerySchema },
  responses: { 200: tableFileResponse('台帳のファイル'), 400: errorResponses[400], 401: errorResponses[401] },
});

const importRoute = createRoute({
  method: 'post',
  path: '/systems/import',
  tags: ['inventory'],
  summary: '台帳の取り込み: ファイルを読み込んでプレビュー（行ごとのエラー）を作る。まだ何も登録しない',
  request: { query: ImportQuerySchema, body: { required: true, content: ImportBodyContent } },
  responses: {
    201: progressOr(ImportPreviewSchema, 'プレビュー'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

const previewRoute = createRoute({
  method: 'get',
  path: '/systems/import/{batchId}',
  tags: ['inventory'],
  summary: '読み込んだ台帳のプレビューをもう一度開く（読み込んだ本人・管理者。取り込みを再開するとき）',
  request: { params: BatchIdParamsSchema },
  responses: {
    200: jsonResponse(ImportPreviewSchema, 'プレビュー'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

const commitRoute = createRoute({
  method: 'post',
  path: '/systems/import/{batchId}/commit',
  tags: ['inventory'],
  summary:
    'プレビュー済みの取り込みを確定する（1つのトランザクション。エラーが1行でもあれば何もしない。skipInvalid=true ならエラーの行を除いて取り込み、除いた行はファイルで返す）',
  request: { params: BatchIdParamsSchema, query: ImportCommitQuerySchema },
  responses: {
    200: progressOr(ImportRecordsCommitSchema, '取り込み結果'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    409: errorResponses[409],
    412: errorResponses[412],
  },
});

const refusedRoute = createRoute({
  method: 'get',
  path: '/systems/import/{batchId}/refused',
  tags: ['inventory'],
  summary: '取り込まなかったエラーの行（元の列＋エラー列）をファイルで取得（取り込んだ本人・管理者）',
  request: { params: BatchIdParamsSchema, query: RefusedQuerySchema },
  responses: {
    200: tableFileResponse('エラーの行'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/systems/{id}',
  tags: ['inventory'],
  summary: '情報システム1件',
  request: { params: SystemIdParams },
  responses: {
    200: versionedResponse(SystemSchema, '情報システム'),
    400: errorResponses[400],
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const createSystemRoute = createRoute({
  method: 'post',
  path: '/systems',
  tags: ['inventory'],
  summary: '情報システムの登録（自団体。管理者は全団体）',
  request: { body: { required: true, content: { 'application/json': { schema: SystemCreateSchema } } } },
  responses: {
    201: jsonResponse(SystemSchema, '登録した情報システム'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/systems/{id}',
  tags: ['inventory'],
  summary: '情報システムの変更（自団体。管理者は全団体）',
  request: {
    params: SystemIdParams,
    headers: IfMatchHeaders,
    body: { required: true, content: { 'application/json': { schema: SystemPatchSchema } } },
  },
  responses: {
    200: versionedResponse(SystemSchema, '変更後の情報システム'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    412: errorResponses[412],
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/systems/{id}',
  tags: ['inventory'],
  summary: '情報システムの削除（自団体。管理者は全団体）',
  request: { params: SystemIdParams, headers: IfMatchHeaders },
  responses: {
    204: { description: '削除しました' },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    412: errorResponses[412],
  },
});

/** 情報システム台帳: shared for reading by every signed-in role; each body keeps its own. */
export function inventoryRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      requireActor(c.get('actor'));
      const { items, total } = await listSystems(c.get('db'), c.req.valid('query'));
      return c.json({ items: items.map(presentSystem), total }, 200);
    })
    .openapi(businessesRoute, async (c) => {
      requireActor(c.get('actor'));
      return c.json({ items: await summariseBusinesses(c.get('db')) }, 200);
    })
    .openapi(standardisationRoute, async (c) => {
      requireActor(c.get('actor'));
      return c.json(await standardisationProgress(c.get('db')), 200);
    })
    .openapi(exportRoute, async (c) => {
      requireActor(c.get('actor'));
      const { format, ...filter } = c.req.valid('query');
      const file = await exportSystems(c.get('db'), filter, format);
      const stamp = new Date().toISOString().slice(0, 10);
      return streamedDownload(c, file, {
        'content-disposition': attachmentDisposition(`情報システム台帳_${stamp}.${file.extension}`),
      });
    })
    .openapi(importRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...EDITORS);
      const input = readImportRequest(c, c.req.valid('query'));
      if (wantsProgress(c)) {
        // A progress stream is not the typed JSON answer the RPC client infers: hence the cast.
        return progressStream(c, async (report) => ({
          status: 201,
          body: presentImportBatch(await previewSystemsImport(c.get('db'), actor, input, report)),
        })) as never;
      }
      return c.json(presentImportBatch(await previewSystemsImport(c.get('db'), actor, input)), 201);
    })
    .openapi(previewRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...EDITORS);
      const batch = await findSystemsImport(c.get('db'), actor, c.req.valid('param').batchId);
      return c.json(presentImportBatch(batch), 200);
    })
    .openapi(commitRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...EDITORS);
      const { batchId } = c.req.valid('param');
      const run = async (onProgress?: (p: ImportProgress) => void) => {
        const result = await commitSystemsImport(c.get('db'), actor, batchId, {
          requestId: c.get('requestId'),
          onProgress,
          skipInvalid: c.req.valid('query').skipInvalid,
        });
        return presentCommitResult(result, `/api/systems/import/${batchId}/refused`);
      };
      if (wantsProgress(c)) {
        return progressStream(c, async (report) => ({ status: 200, body: await run(report) })) as never;
      }
      return c.json(await run(), 200);
    })
    .openapi(refusedRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...EDITORS);
      const file = await exportRefusedRows(
        c.get('db'),
        actor,
        'systems',
        c.req.valid('param').batchId,
        c.req.valid('query').format,
      );
      return refusedRowsResponse(file);
    })
    .openapi(getRoute, async (c) => {
      requireActor(c.get('actor'));
      const system = await getSystem(c.get('db'), c.req.valid('param').id);
      c.header('ETag', etagOf(system.version));
      return c.json(presentSystem(system), 200);
    })
    .openapi(createSystemRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...EDITORS);
      const created = await createSystem(c.get('db'), actor, c.req.valid('json'), c.get('requestId'));
      return c.json(presentSystem(created), 201);
    })
    .openapi(updateRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...EDITORS);
      const updated = await updateSystem(
        c.get('db'),
        actor,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('requestId'),
        expectedVersionOf(c.req.valid('header')),
      );
      c.header('ETag', etagOf(updated.version));
      return c.json(presentSystem(updated), 200);
    })
    .openapi(deleteRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...EDITORS);
      await deleteSystem(
        c.get('db'),
        actor,
        c.req.valid('param').id,
        c.get('requestId'),
        expectedVersionOf(c.req.valid('header')),
      );
      return c.body(null, 204);
    });
}
