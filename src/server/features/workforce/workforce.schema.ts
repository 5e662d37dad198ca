import { z } from '@hono/zod-openapi';
import { STAFF_KINDS } from '../../../db/schema/index.ts';
import { JOB_TYPE_CODES } from '../../../domain/job-types.ts';
import { OrgCodeBodySchema } from '../community/community.schema.ts';

export const ProjectionQuerySchema = z.object({
  fromFiscalYear: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ example: 2025, description: '最初の年度（開始年の西暦）' }),
  years: z.coerce
    .number()
    .int()
    .min(1)
    .max(10)
    .default(5)
    .openapi({ description: '見通す年数（1〜10、既定 5）' }),
  leaveRatePercent: z.coerce
    .number()
    .min(0, '離職率は0以上で指定してください')
    .max(50, '離職率は50%以下で指定してください')
    .default(0)
    .openapi({ example: 5, description: '年あたりの離職率（%、年度当初の人数に対する割合、既定 0）' }),
});

export type ProjectionQuery = z.infer<typeof ProjectionQuerySchema>;

const Figures = {
  need: z.number(),
  start: z.number(),
  hires: z.number(),
  leavers: z.number(),
  supply: z.number(),
  gap: z.number().openapi({ description: '供給−需要（負は不足）' }),
};

export const ProjectionSchema = z
  .object({
    fromFiscalYear: z.number().int(),
    leaveRatePercent: z.number(),
    years: z.array(z.object({ fiscalYear: z.number().int(), label: z.string() })),
    jobTypes: z.array(z.object({ code: z.string(), name: z.string() })),
    cells: z.array(z.object({ fiscalYear: z.number().int(), jobType: z.string(), ...Figures })),
    totals: z.array(
      z.object({
        fiscalYear: z.number().int(),
        label: z.string(),
        plannedHires: z.number().int(),
        ...Figures,
      }),
    ),
    assumptions: z.array(z.string()),
    targets: z.array(
      z.object({
        orgName: z.string(),
        targetFiscalYear: z.number().int(),
        label: z.string(),
        staffKind: z.enum(STAFF_KINDS),
        roleName: z.string(),
        jobType: z.string().nullable(),
        jobTypeName: z.string().nullable(),
        count: z.number().int(),
      }),
    ),
  })
  .openapi('WorkforceProjection');

export const CreateTargetSchema = z
  .object({
    orgCode: OrgCodeBodySchema,
    targetFiscalYear: z.number().int().min(2000).max(2100),
    staffKind: z.enum(STAFF_KINDS),
    roleName: z.string().trim().min(1, '役割を入力してください').max(100),
    jobType: z
      .enum(JOB_TYPE_CODES as [string, ...string[]])
      .nullable()
      .default(null)
      .openapi({
        description: '情報システム人材のジョブタイプ。省略時は役割名から対応付け',
      }),
    count: z.number().int().min(1, '人数は1以上で入力してください').max(1000),
    note: z.string().trim().max(500).default(''),
  })
  .openapi('CreateTargetPosition');

export type CreateTargetInput = z.infer<typeof CreateTargetSchema>;

/** A change to a role of a target organisation (the body stays: delete and add to move it). */
export const UpdateTargetSchema = z
  .object({
    targetFiscalYear: z.number().int().min(2000).max(2100).optional(),
    staffKind: z.enum(STAFF_KINDS).optional(),
    roleName: z.string().trim().min(1, '役割を入力してください').max(100).optional(),
    jobType: z
      .enum(JOB_TYPE_CODES as [string, ...string[]])
      .nullable()
      .optional()
      .openapi({
        description: '情報システム人材のジョブタイプ。役割名や区分を変えて省略すると役割名から対応付け',
      }),
    count: z.number().int().min(1, '人数は1以上で入力してください').max(1000).optional(),
    note: z.string().trim().max(500).optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), '変更する項目を指定してください')
  .openapi('UpdateTargetPosition');

export type UpdateTargetInput = z.infer<typeof UpdateTargetSchema>;

export const ProgressQuerySchema = z.object({
  fiscalYear: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ example: 2024, description: '実績を数える年度（開始年の西暦）' }),
});

const ProgressRowSchema = z.object({
  targetId: z.string(),
  roleName: z.string(),
  staffKind: z.enum(STAFF_KINDS),
  jobType: z.string().nullable(),
  jobTypeName: z.string().nullable(),
  target: z.number().int(),
  actual: z.number().int().nullable().openapi({ description: '配属の実績（行政職は対象外で null）' }),
  gap: z.number().int().nullable().openapi({ description: '実績−目標（負は不足）' }),
});

export const TargetProgressSchema = z
  .object({
    fiscalYear: z.number().int(),
    label: z.string(),
    bodies: z.array(
      z.object({
        orgCode: z.string(),
        orgName: z.string(),
        targetFiscalYear: z.number().int(),
        targetLabel: z.string(),
        rows: z.array(ProgressRowSchema),
        otherPlaced: z
          .number()
          .int()
          .openapi({ description: '配属されているが、どの役割のジョブタイプにも当たらない人数' }),
        totals: z.object({
          itTarget: z.number().int(),
          itActual: z.number().int(),
          administrativeTarget: z.number().int(),
          target: z.number().int(),
        }),
      }),
    ),
    assumptions: z.array(z.string()),
  })
  .openapi('TargetProgress');

export const TargetSchema = z
  .object({
    id: z.string(),
    orgCode: z.string(),
    orgName: z.string(),
    targetFiscalYear: z.number().int(),
    label: z.string(),
    staffKind: z.enum(STAFF_KINDS),
    roleName: z.string(),
    jobType: z.string().nullable(),
    jobTypeName: z.string().nullable(),
    count: z.number().int(),
    note: z.string(),
    version: z.number().int(),
  })
  .openapi('TargetPosition');

export const TargetListSchema = z.object({ items: z.array(TargetSchema) }).openapi('TargetPositionList');
