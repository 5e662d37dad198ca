import { createRoute, z } from '@hono/zod-openapi';
import { IfMatchHeaders } from '../../platform/concurrency.ts';
import { errorResponses, jsonResponse, versionedResponse } from '../../platform/http.ts';
import { cacheReads } from '../../platform/read-cache.ts';
import {
  BatchIdParamsSchema,
  ImportBodyContent,
  ImportCommitSchema,
  ImportPreviewSchema,
  ImportQuerySchema,
} from '../../platform/tabular/import-schema.ts';
import { NDJSON } from '../../platform/tabular/progress-stream.ts';
import { OUTPUT_FORMATS } from '../../platform/tabular/write-table.ts';
import { ListPeopleQuerySchema, PeopleFilterSchema, PersonIdParams } from './talent.query.ts';
import {
  AllowanceSchema,
  CareerSchema,
  CertificationListSchema,
  PersonPageSchema,
  PersonSchema,
  RosterSummarySchema,
} from './talent.responses.ts';
import { PersonInputSchema, PersonPatchSchema, PersonStatusInputSchema } from './talent.schema.ts';

const read = { 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] };
const one = { ...read, 404: errorResponses[404] };
const json = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

/** GET /people */
export const listPeopleRoute = createRoute({
  middleware: [cacheReads('user')] as const,
  method: 'get',
  path: '/people',
  tags: ['people'],
  summary: '共通人材名簿（役割に応じて見える人材のみ。ふりがな順・ページ送り）',
  request: { query: ListPeopleQuerySchema },
  responses: { 200: jsonResponse(PersonPageSchema, '人材'), ...read },
});

/** GET /people/roster-summary */
export const rosterSummaryRoute = createRoute({
  method: 'get',
  path: '/people/roster-summary',
  tags: ['people'],
  summary:
    '年度の共通人材数（配属のある人。県情報職等・市町職員別、区分別、採用団体別。p.12 の R6: 38 = 30 + 8）',
  request: {
    query: z.object({
      fiscalYear: z.coerce.number().int().min(2000).max(2100).openapi({ example: 2024 }),
    }),
  },
  responses: { 200: jsonResponse(RosterSummarySchema, '人数'), ...read },
});

/** GET /people/{id} */
export const getPersonRoute = createRoute({
  method: 'get',
  path: '/people/{id}',
  tags: ['people'],
  summary: '人材の詳細（個人情報は本人・人材機構・管理者のみ）',
  request: {
    params: PersonIdParams,
    query: z.object({ fiscalYear: z.coerce.number().int().min(2000).max(2100).optional() }),
  },
  responses: { 200: versionedResponse(PersonSchema, '人材'), ...one },
});

/** POST /people */
export const createPersonRoute = createRoute({
  method: 'post',
  path: '/people',
  tags: ['people'],
  summary: '人材の登録（人材機構・管理者）',
  request: { body: json(PersonInputSchema) },
  responses: { 201: jsonResponse(PersonSchema, '登録した人材'), ...read, 409: errorResponses[409] },
});

/** PATCH /people/{id} */
export const updatePersonRoute = createRoute({
  method: 'patch',
  path: '/people/{id}',
  tags: ['people'],
  summary: '人材の更新（人材機構・管理者は全項目、本人はキャリア目標・副ジョブタイプ・勤務希望地のみ）',
  request: { params: PersonIdParams, headers: IfMatchHeaders, body: json(PersonPatchSchema) },
  responses: {
    200: versionedResponse(PersonSchema, '更新後の人材'),
    ...one,
    409: errorResponses[409],
    412: errorResponses[412],
  },
});

/** PUT /people/{id}/status */
export const setStatusRoute = createRoute({
  method: 'put',
  path: '/people/{id}/status',
  tags: ['people'],
  summary: '在籍状況（在籍・休職・退職）の変更（人材機構・管理者）',
  request: { params: PersonIdParams, headers: IfMatchHeaders, body: json(PersonStatusInputSchema) },
  responses: { 200: versionedResponse(PersonSchema, '更新後の人材'), ...one, 412: errorResponses[412] },
});

/** GET /people/{id}/career */
export const careerRoute = createRoute({
  method: 'get',
  path: '/people/{id}/career',
  tags: ['people'],
  summary: 'キャリア（配属・研修・資格・年度ごとのスキル達成度）',
  request: { params: PersonIdParams },
  responses: { 200: jsonResponse(CareerSchema, 'キャリア'), ...one },
});

/** GET /people/{id}/allowance */
export const allowanceRoute = createRoute({
  method: 'get',
  path: '/people/{id}/allowance',
  tags: ['people'],
  summary: '初任給調整手当の支給判定と期間（本人・人材機構・管理者のみ）',
  request: { params: PersonIdParams },
  responses: { 200: jsonResponse(AllowanceSchema, '初任給調整手当'), ...one },
});

/** GET /certifications */
export const certificationsRoute = createRoute({
  method: 'get',
  path: '/certifications',
  tags: ['reference'],
  summary: 'IPA 試験の一覧（初任給調整手当の対象かどうかを含む）',
  responses: { 200: jsonResponse(CertificationListSchema, '試験'), 401: errorResponses[401] },
});

const binary = z.string().openapi({ format: 'binary' });

/** GET /people/export */
export const exportPeopleRoute = createRoute({
  method: 'get',
  path: '/people/export',
  tags: ['people'],
  summary:
    '共通人材名簿の書き出し（CSV UTF-8 BOM付き / CSV CP932 / xlsx）。個人情報の列は人材機構・管理者のみ',
  request: {
    query: PeopleFilterSchema.extend({
      format: z.enum(OUTPUT_FORMATS).default('csv').openapi({ description: 'csv | csv-cp932 | xlsx' }),
    }),
  },
  responses: {
    200: {
      description: '名簿ファイル',
      content: {
        'text/csv': { schema: binary },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: binary },
      },
    },
    ...read,
  },
});

const progressOr = <T extends z.ZodType>(schema: T, description: string) => ({
  description: `${description}（Accept: ${NDJSON} のときは進捗を1行ずつ返し、最終行が結果）`,
  content: { 'application/json': { schema }, [NDJSON]: { schema: z.string() } },
});

/** The preview of a people import: the pipeline's preview and which rows create or update a person. */
export const PeopleImportPreviewSchema = ImportPreviewSchema.extend({
  people: z.object({
    created: z.number().int(),
    updated: z.number().int(),
    rows: z.array(
      z.object({ employeeNo: z.string(), name: z.string(), action: z.enum(['create', 'update']) }),
    ),
  }),
}).openapi('PeopleImportPreview');

/** POST /people/import */
export const importPeopleRoute = createRoute({
  method: 'post',
  path: '/people/import',
  tags: ['people'],
  summary:
    '人材の取り込み（CSV UTF-8/BOM付き/CP932, xlsx）: 読み込んで行ごとのエラーと新規・更新の別をプレビュー。まだ何も登録しない（人材機構・管理者）',
  request: {
    query: ImportQuerySchema.omit({ mode: true, orgCode: true }),
    body: { required: true, content: ImportBodyContent },
  },
  responses: { 201: progressOr(PeopleImportPreviewSchema, 'プレビュー'), ...read },
});

/** GET /people/import/{batchId} */
export const showPeopleImportRoute = createRoute({
  method: 'get',
  path: '/people/import/{batchId}',
  tags: ['people'],
  summary:
    '読み込んだ人材ファイルのプレビューをもう一度開く（読み込んだ本人・管理者。取り込みを再開するとき）',
  request: { params: BatchIdParamsSchema },
  responses: { 200: jsonResponse(PeopleImportPreviewSchema, 'プレビュー'), ...one },
});

/** POST /people/import/{batchId}/commit */
export const commitPeopleImportRoute = createRoute({
  method: 'post',
  path: '/people/import/{batchId}/commit',
  tags: ['people'],
  summary:
    'プレビュー済みの人材取り込みを確定（職員番号が一致する人は更新、その他は新規。全行を1トランザクションで）',
  request: { params: BatchIdParamsSchema },
  responses: {
    200: progressOr(
      ImportCommitSchema.extend({ created: z.number().int(), updated: z.number().int() }).openapi(
        'PeopleImportCommit',
      ),
      '取り込み結果',
    ),
    ...one,
    409: errorResponses[409],
  },
});
