import { z } from '@hono/zod-openapi';
import { PRACTICE_CATEGORY_VALUES, PRACTICE_STATUS_VALUES } from '../../../db/schema/index.ts';
import { SerialIdParams, uuidIdParam } from '../../platform/params.ts';
import { OUTPUT_FORMATS } from '../../platform/tabular/write-table.ts';
import { OrgCode, RequiredText, Text } from '../inventory/inventory.schema.ts';

const FiscalYear = z
  .number({ error: '年度は 2024 や 令和6年度 のように指定してください' })
  .int()
  .min(2000, '年度は2000年度以降を指定してください')
  .max(2100);

const Themes = z
  .array(Text(50).pipe(z.string().min(1)))
  .max(10, 'テーマは10個までです')
  .transform((list) => [...new Set(list)]);

/** A new initiative: the body of POST /api/practices and of every imported row (the same schema). */
export const PracticeCreateSchema = z
  .object({
    orgCode: OrgCode.optional().openapi({ description: '団体コード（省略時は自団体）' }),
    title: RequiredText(200, '件名').openapi({ example: '書かない窓口の導入' }),
    category: z
      .enum(PRACTICE_CATEGORY_VALUES, {
        error: `区分は ${PRACTICE_CATEGORY_VALUES.join(' / ')} のいずれかです`,
      })
      .default('好事例'),
    fiscalYear: FiscalYear.openapi({ example: 2024, description: '年度（開始年の西暦）' }),
    themes: Themes.default([]),
    funding: Text(100).nullable().optional().openapi({ example: 'デジタル田園都市国家構想交付金' }),
    status: z
      .enum(PRACTICE_STATUS_VALUES, { error: `状況は ${PRACTICE_STATUS_VALUES.join(' / ')} のいずれかです` })
      .default('実施中'),
    summary: RequiredText(4000, '概要'),
    outcome: Text(4000).nullable().optional(),
    contact: Text(200).nullable().optional(),
  })
  .openapi('PracticeCreate');

export type PracticeCreateInput = z.infer<typeof PracticeCreateSchema>;

export const PracticePatchSchema = z
  .object({
    title: RequiredText(200, '件名').optional(),
    category: z.enum(PRACTICE_CATEGORY_VALUES).optional(),
    fiscalYear: FiscalYear.optional(),
    themes: Themes.optional(),
    funding: Text(100).nullable().optional(),
    status: z.enum(PRACTICE_STATUS_VALUES).optional(),
    summary: RequiredText(4000, '概要').optional(),
    outcome: Text(4000).nullable().optional(),
    contact: Text(200).nullable().optional(),
  })
  .openapi('PracticePatch');

export type PracticePatchInput = z.infer<typeof PracticePatchSchema>;

const PracticeFields = {
  id: z.number().int(),
  orgCode: z.string(),
  orgName: z.string(),
  title: z.string(),
  category: z.enum(PRACTICE_CATEGORY_VALUES),
  fiscalYear: z.number().int(),
  fiscalYearLabel: z.string(),
  themes: z.array(z.string()),
  funding: z.string().nullable(),
  status: z.enum(PRACTICE_STATUS_VALUES),
  summary: z.string(),
  outcome: z.string().nullable(),
  contact: z.string().nullable(),
  reuseCount: z.number().int().openapi({ description: '「うちも導入しました」の団体数' }),
  commentCount: z.number().int(),
  attachmentCount: z.number().int(),
  version: z.number().int().openapi({ description: '記録の版（ETag と同じ。変更時に If-Match で送る）' }),
  updatedAt: z.string(),
};

export const PracticeSchema = z.object(PracticeFields).openapi('Practice');

export const AttachmentSchema = z
  .object({
    id: z.string(),
    filename: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    uploadedBy: z.string(),
    createdAt: z.string(),
  })
  .openapi('PracticeAttachment');

export const PracticeDetailSchema = z
  .object({
    ...PracticeFields,
    attachments: z.array(AttachmentSchema),
    comments: z.array(
      z.object({
        id: z.number().int(),
        orgCode: z.string(),
        orgName: z.string(),
        authorName: z.string(),
        body: z.string(),
        createdAt: z.string(),
      }),
    ),
    adoptions: z.array(
      z.object({
        orgCode: z.string(),
        orgName: z.string(),
        note: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
  })
  .openapi('PracticeDetail');

export const PracticeListQuerySchema = z.object({
  orgCode: OrgCode.optional(),
  fiscalYear: z.coerce.number().int().min(2000).max(2100).optional(),
  theme: z.string().max(50).optional(),
  category: z.enum(PRACTICE_CATEGORY_VALUES).optional(),
  status: z.enum(PRACTICE_STATUS_VALUES).optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export type PracticeFilter = z.infer<typeof PracticeListQuerySchema>;

export const PracticeExportQuerySchema = PracticeListQuerySchema.omit({ limit: true, offset: true }).extend({
  format: z.enum(OUTPUT_FORMATS).default('csv'),
});

export const PracticeListSchema = z
  .object({
    items: z.array(PracticeSchema),
    total: z.number().int(),
    categories: z.array(z.object({ category: z.enum(PRACTICE_CATEGORY_VALUES), count: z.number().int() })),
  })
  .openapi('PracticeList');

export const PracticeIdParams = SerialIdParams;

export const AttachmentParams = PracticeIdParams.extend({ attachmentId: uuidIdParam('attachmentId') });

export const AttachmentQuerySchema = z.object({
  filename: z.string().trim().min(1, 'ファイル名を指定してください').max(255),
});

export const CommentSchema = z
  .object({ body: RequiredText(2000, 'コメント') })
  .openapi('PracticeCommentCreate');

export const AdoptionSchema = z
  .object({
    note: Text(1000).nullable().optional().openapi({ description: '導入の状況など' }),
    orgCode: OrgCode.optional().openapi({ description: '導入した団体（管理者のみ指定可。既定: 自団体）' }),
  })
  .openapi('PracticeAdoption');

export const AdoptionQuerySchema = z.object({ orgCode: OrgCode.optional() });
