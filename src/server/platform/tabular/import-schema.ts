import { z } from '@hono/zod-openapi';
import { IMPORT_STATUS_VALUES } from '../../../db/schema/index.ts';
import { IMPORT_MODES } from './import-target.ts';
import { OUTPUT_FORMATS } from './write-table.ts';

/** Query parameters of every `POST …/import` (the file itself is the request body). */
export const ImportQuerySchema = z.object({
  filename: z.string().max(255).optional().openapi({ example: '台帳_江田島市.csv' }),
  encoding: z.enum(['auto', 'utf-8', 'cp932']).default('auto').openapi({
    description: 'CSV の文字コード: auto（自動判定）, utf-8, cp932（Excel の Shift_JIS）',
  }),
  mode: z.enum(IMPORT_MODES).default('append').openapi({
    description:
      'append: 追加 / replace: ファイルに含まれる団体の既存データを置き換え / upsert: ID のある行はその記録を更新（自団体の記録のみ）、ID のない行は追加',
  }),
  orgCode: z
    .string()
    .regex(/^\d{6}$/, '団体コードは6桁の数字で指定してください')
    .optional()
    .openapi({ description: '団体コード列のない行の団体（既定: 自団体）' }),
  mapping: z
    .string()
    .max(10_000)
    .optional()
    .openapi({ description: '列の対応（JSON）: {"見出し": "項目キー" | null}' }),
});

/** The file, sent as the raw request body. */
export const ImportBodyContent = {
  'text/csv': { schema: z.string().openapi({ format: 'binary' }) },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    schema: z.string().openapi({ format: 'binary' }),
  },
  'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) },
};

export const RowErrorSchema = z
  .object({
    row: z.number().int().openapi({ description: 'Excel の行番号（見出しが1行目）', example: 3 }),
    column: z.string().openapi({ example: '年間経費' }),
    message: z.string().openapi({ example: '整数として読めません（「百万」）' }),
  })
  .openapi('ImportRowError');

const PreviewRowSchema = z.object({
  row: z.number().int(),
  cells: z.array(z.string()),
  flagged: z.boolean(),
});

export const ImportPreviewSchema = z
  .object({
    batchId: z.string().uuid(),
    kind: z.string(),
    status: z.enum(IMPORT_STATUS_VALUES),
    filename: z.string().nullable(),
    format: z.enum(['csv', 'xlsx']),
    encoding: z.enum(['utf-8', 'utf-8-bom', 'cp932']).nullable(),
    mode: z.enum(IMPORT_MODES),
    totalRows: z.number().int(),
    validRows: z.number().int(),
    invalidRows: z.number().int(),
    errorCount: z.number().int(),
    errors: z.array(RowErrorSchema).openapi({ description: '最初の1000件' }),
    headers: z.array(z.string()),
    columns: z.array(
      z.object({ header: z.string(), field: z.string().nullable(), label: z.string().nullable() }),
    ),
    unmappedFields: z.array(z.string()),
    ignoredHeaders: z.array(z.string()),
    sample: z.array(PreviewRowSchema),
    flagged: z.array(PreviewRowSchema),
    orgCodes: z.array(z.string()),
    counts: z
      .object({
        created: z.number().int().openapi({ description: '新規（追加する行）' }),
        updated: z.number().int().openapi({ description: '更新（ID の記録を変更する行）' }),
        unchanged: z.number().int().openapi({ description: '変更なし（ID の記録と同じ行）' }),
        errors: z.number().int().openapi({ description: 'エラー（取り込めない行）' }),
      })
      .openapi({ description: '行の内訳' }),
    canCommit: z.boolean(),
    canCommitSkippingInvalid: z
      .boolean()
      .openapi({ description: 'エラーの行を除いて取り込める（skipInvalid=true）' }),
    insertedRows: z.number().int().nullable(),
    createdAt: z.string(),
    committedAt: z.string().nullable(),
  })
  .openapi('ImportPreview');

export const ImportCommitQuerySchema = z.object({
  skipInvalid: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .openapi({ description: 'true: エラーの行を除いて取り込み、除いた行はファイルで返す' }),
});

export const ImportCommitSchema = z
  .object({
    batchId: z.string().uuid(),
    inserted: z.number().int(),
    deleted: z.number().int(),
  })
  .openapi('ImportCommit');

/** The answer of a commit of the generic pipeline (台帳, 施策): what was added, updated and refused. */
export const ImportRecordsCommitSchema = ImportCommitSchema.extend({
  updated: z.number().int().openapi({ description: 'ID で照合して更新した記録' }),
  unchanged: z.number().int().openapi({ description: 'ID の記録と同じで変更しなかった行' }),
  refused: z.number().int().openapi({ description: '取り込まなかったエラーの行' }),
  refusedFile: z
    .object({ csv: z.string(), xlsx: z.string() })
    .nullable()
    .openapi({ description: '取り込まなかった行（エラー列付き）のダウンロード先' }),
}).openapi('ImportRecordsCommit');

export const RefusedQuerySchema = z.object({
  format: z.enum(OUTPUT_FORMATS).default('csv').openapi({ description: 'csv / csv-cp932 / xlsx' }),
});

export const BatchIdParamsSchema = z.object({
  batchId: z
    .string()
    .uuid('取込IDが正しくありません')
    .openapi({ param: { name: 'batchId', in: 'path' } }),
});

/** A 200 answer that is a table file (CSV or .xlsx). */
export function tableFileResponse(description: string) {
  return {
    description,
    content: {
      'text/csv': { schema: z.string().openapi({ format: 'binary' }) },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: z.string().openapi({ format: 'binary' }),
      },
    },
  };
}
