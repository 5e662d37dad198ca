import { z } from '@hono/zod-openapi';
import { UuidId } from '../../platform/params.ts';

export const FiscalYearQuerySchema = z.object({
  fiscalYear: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ example: 2024, description: '年度（開始年の西暦）' }),
});

const BodyRowSchema = z.object({
  orgCode: z.string(),
  orgName: z.string(),
  prefFte: z.number().openapi({ description: '共通人材（県情報職等）の人数（FTE）' }),
  municipalCount: z.number().int().openapi({ description: '共通人材（市町情報職相当）の人数' }),
  midYear: z.boolean().openapi({ description: '年度中途の配属を含む' }),
  municipalEmployers: z.array(z.string()),
});

export const PlacementSummarySchema = z
  .object({
    fiscalYear: z.number().int(),
    label: z.string().openapi({ example: '令和6年度' }),
    municipalities: z.array(BodyRowSchema),
    prefecture: BodyRowSchema,
    totals: z.object({
      municipalityCount: z.number().int(),
      municipalPrefFte: z.number(),
      municipalCount: z.number().int(),
      prefFte: z.number(),
      municipalTotal: z.number().int(),
    }),
  })
  .openapi('PlacementSummary');

const fiscalYear = z.number().int().min(2000).max(2100);

/** A post a body secures. FTE steps of 0.1 (0.4 and 0.6 occur). */
export const PostInputSchema = z
  .object({
    orgCode: z.string().regex(/^\d{6}$/, '団体コードは6桁の数字で指定してください'),
    unit: z.string().trim().min(1).max(100),
    title: z.string().trim().min(1).max(100),
    duties: z.string().trim().max(2000).default(''),
    wantedJobType: z.string().max(50).nullable().default(null),
    wantedLevel: z.number().int().min(0).max(4).nullable().default(null),
    fte: z.number().min(0.1).max(1).multipleOf(0.1).default(1),
    fromFiscalYear: fiscalYear,
    toFiscalYear: fiscalYear.nullable().default(null),
    budgetSecured: z.boolean().default(false),
    budgetYen: z.number().int().min(0).max(1_000_000_000).nullable().default(null),
    note: z.string().max(100).default(''),
  })
  .refine((p) => p.toFiscalYear === null || p.toFiscalYear >= p.fromFiscalYear, {
    message: '終了年度は開始年度以降にしてください',
    path: ['toFiscalYear'],
  })
  .openapi('PostInput');

export type PostInput = z.infer<typeof PostInputSchema>;

export const PostSchema = z
  .object({
    version: z.number().int().openapi({ description: '記録の版（ETag と同じ。変更時に If-Match で送る）' }),
    id: z.string(),
    orgCode: z.string(),
    orgName: z.string(),
    unit: z.string(),
    title: z.string(),
    duties: z.string(),
    wantedJobType: z.string().nullable(),
    wantedLevel: z.number().int().nullable(),
    fte: z.number(),
    fromFiscalYear: z.number().int(),
    fromLabel: z.string().openapi({ example: '令和6年度' }),
    toFiscalYear: z.number().int().nullable(),
    budgetSecured: z.boolean(),
    budgetYen: z.number().int().nullable().openapi({ description: '自団体・管理者・人材機構のみ' }),
    note: z.string(),
    holders: z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        fte: z.number(),
        status: z.enum(['actual', 'planned']),
      }),
    ),
  })
  .openapi('Post');

export const PostQuerySchema = z.object({
  fiscalYear: z.coerce.number().int().min(2000).max(2100).optional(),
  orgCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
});

export const AssignmentQuerySchema = z.object({
  fiscalYear: z.coerce.number().int().min(2000).max(2100),
  status: z.enum(['actual', 'planned']).optional(),
  orgCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  personId: UuidId.optional(),
});

export const AssignmentSchema = z
  .object({
    id: z.string(),
    personId: z.string(),
    personName: z.string(),
    category: z.string(),
    postId: z.string(),
    orgCode: z.string(),
    orgName: z.string(),
    unit: z.string(),
    title: z.string(),
    fte: z.number(),
    startFiscalYear: z.number().int(),
    endFiscalYear: z.number().int().nullable(),
    startDate: z.string().nullable(),
    status: z.enum(['actual', 'planned']),
  })
  .openapi('Assignment');
