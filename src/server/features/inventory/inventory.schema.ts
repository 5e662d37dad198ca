import { z } from '@hono/zod-openapi';
import { HOSTING_VALUES, SYSTEM_STATUS_VALUES } from '../../../db/schema/index.ts';
import { isValidLocalGovCode } from '../../../domain/local-gov-code.ts';
import {
  BUSINESSES,
  isStandardBusiness,
  MIGRATION_STEPS,
  STANDARD_BUSINESSES,
} from '../../../domain/standard-businesses.ts';
import { SerialIdParams } from '../../platform/params.ts';
import { OUTPUT_FORMATS } from '../../platform/tabular/write-table.ts';

/** A 全国地方公共団体コード: six digits whose last is the check digit (existence checked by the use case). */
export const OrgCode = z
  .string()
  .regex(/^\d{6}$/, '団体コードは6桁の数字で指定してください')
  .refine(isValidLocalGovCode, '団体コードの検査数字が正しくありません');

/** A real calendar date written YYYY-MM-DD. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日付は YYYY-MM-DD の形式で指定してください')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, '存在しない日付です');

/** Free text as typed: NFC and trimmed only, so 髙, ① and ㈱ survive unchanged. */
export const Text = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max, `${max}文字以内で入力してください`));

/** Required text: not empty after trimming. */
export const RequiredText = (max: number, what: string) =>
  Text(max).pipe(z.string().min(1, `${what}を入力してください`));

/** The fields of a system, each with its own checks; cross-field rules in {@link systemIssues}. */
export const systemFields = {
  orgCode: OrgCode.openapi({ description: '団体コード（省略時は自団体）', example: '342157' }),
  name: RequiredText(200, 'システム名').openapi({ example: '住民記録システム' }),
  business: z.enum(BUSINESSES, {
    error: '業務は標準化対象20業務のいずれか、または「その他」を指定してください',
  }),
  category: Text(100).nullable().openapi({ description: '業務分類（財務会計、電子申請など）' }),
  unit: Text(100).nullable().openapi({ description: '担当課', example: '市民課' }),
  vendor: Text(200).nullable().openapi({ example: '瀬戸内システム株式会社（架空）' }),
  product: Text(200).nullable(),
  hosting: z.enum(HOSTING_VALUES, {
    error: '稼働環境は オンプレミス / クラウド / ガバメントクラウド / LGWAN-ASP のいずれかを指定してください',
  }),
  contractStart: IsoDate.nullable(),
  contractEnd: IsoDate.nullable(),
  yearlyCost: z
    .number({ error: '年間経費は円単位の整数で入力してください' })
    .int('年間経費は円単位の整数で入力してください')
    .min(0, '年間経費は0以上にしてください')
    .max(100_000_000_000, '年間経費が大きすぎます')
    .nullable(),
  users: z
    .number({ error: '利用者数は整数で入力してください' })
    .int('利用者数は整数で入力してください')
    .min(0, '利用者数は0以上にしてください')
    .max(10_000_000)
    .nullable(),
  personalData: z.boolean({ error: '個人情報の有無は はい / いいえ で指定してください' }),
  status: z.enum(SYSTEM_STATUS_VALUES, {
    error: `状態は ${SYSTEM_STATUS_VALUES.join(' / ')} のいずれかを指定してください`,
  }),
  migrationStep: z
    .enum(MIGRATION_STEPS, { error: `標準化・移行状況は ${MIGRATION_STEPS.join(' / ')} のいずれかです` })
    .nullable(),
  migrationTargetDate: IsoDate.nullable(),
  note: Text(2000).nullable(),
};

/** A system's record as the rules see it. */
export type SystemRecord = {
  business: string;
  contractStart?: string | null;
  contractEnd?: string | null;
  migrationStep?: string | null;
  migrationTargetDate?: string | null;
};

/** Rules across fields: contract dates in order; migration fields only for the 20 businesses. */
export function systemIssues(r: SystemRecord): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (r.contractStart && r.contractEnd && r.contractEnd < r.contractStart) {
    issues.push({ path: 'contractEnd', message: '契約終了日が契約開始日より前です' });
  }
  if (!isStandardBusiness(r.business)) {
    if (r.migrationStep) {
      issues.push({
        path: 'migrationStep',
        message: '標準化・移行状況は標準化対象20業務のシステムにだけ設定できます',
      });
    }
    if (r.migrationTargetDate) {
      issues.push({
        path: 'migrationTargetDate',
        message: '移行目標日は標準化対象20業務のシステムにだけ設定できます',
      });
    }
  }
  return issues;
}

/**
 * A new system: the body of the API's POST and of every imported row (the same schema).
 * Optional fields may be omitted; personalData defaults to false, status to 稼働中.
 */
export const SystemCreateSchema = z
  .object({
    orgCode: systemFields.orgCode.optional(),
    name: systemFields.name,
    business: systemFields.business,
    category: systemFields.category.optional(),
    unit: systemFields.unit.optional(),
    vendor: systemFields.vendor.optional(),
    product: systemFields.product.optional(),
    hosting: systemFields.hosting,
    contractStart: systemFields.contractStart.optional(),
    contractEnd: systemFields.contractEnd.optional(),
    yearlyCost: systemFields.yearlyCost.optional(),
    users: systemFields.users.optional(),
    personalData: systemFields.personalData.default(false),
    status: systemFields.status.default('稼働中'),
    migrationStep: systemFields.migrationStep.optional(),
    migrationTargetDate: systemFields.migrationTargetDate.optional(),
    note: systemFields.note.optional(),
  })
  .superRefine((value, ctx) => {
    for (const issue of systemIssues(value))
      ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  })
  .openapi('SystemCreate');

export type SystemCreateInput = z.infer<typeof SystemCreateSchema>;

/** A change to a system: any subset of the fields; null clears an optional one. */
export const SystemPatchSchema = z
  .object({
    orgCode: systemFields.orgCode.optional(),
    name: systemFields.name.optional(),
    business: systemFields.business.optional(),
    category: systemFields.category.optional(),
    unit: systemFields.unit.optional(),
    vendor: systemFields.vendor.optional(),
    product: systemFields.product.optional(),
    hosting: systemFields.hosting.optional(),
    contractStart: systemFields.contractStart.optional(),
    contractEnd: systemFields.contractEnd.optional(),
    yearlyCost: systemFields.yearlyCost.optional(),
    users: systemFields.users.optional(),
    personalData: systemFields.personalData.optional(),
    status: systemFields.status.optional(),
    migrationStep: systemFields.migrationStep.optional(),
    migrationTargetDate: systemFields.migrationTargetDate.optional(),
    note: systemFields.note.optional(),
  })
  .openapi('SystemPatch');

export type SystemPatchInput = z.infer<typeof SystemPatchSchema>;

export const SystemSchema = z
  .object({
    id: z.number().int(),
    orgCode: z.string(),
    orgName: z.string(),
    name: z.string(),
    business: z.enum(BUSINESSES),
    standardBusiness: z.boolean(),
    category: z.string().nullable(),
    unit: z.string().nullable(),
    vendor: z.string().nullable(),
    product: z.string().nullable(),
    hosting: z.enum(HOSTING_VALUES),
    contractStart: z.string().nullable(),
    contractEnd: z.string().nullable(),
    yearlyCost: z.number().int().nullable(),
    users: z.number().int().nullable(),
    personalData: z.boolean(),
    status: z.enum(SYSTEM_STATUS_VALUES),
    migrationStep: z.enum(MIGRATION_STEPS).nullable(),
    migrationTargetDate: z.string().nullable(),
    note: z.string().nullable(),
    version: z.number().int().openapi({ description: '記録の版（ETag と同じ。変更時に If-Match で送る）' }),
    updatedAt: z.string(),
  })
  .openapi('System');

export const SystemIdParams = SerialIdParams;

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional();

/** Filters of the list and the export. */
export const SystemFilterSchema = z.object({
  orgCode: OrgCode.optional().openapi({ description: '団体コード' }),
  business: optionalEnum(BUSINESSES),
  vendor: z.string().max(200).optional().openapi({ description: 'ベンダー（完全一致）' }),
  hosting: optionalEnum(HOSTING_VALUES),
  status: optionalEnum(SYSTEM_STATUS_VALUES),
  contractEndBefore: IsoDate.optional().openapi({ description: 'この日以前に契約が終わる' }),
  contractEndAfter: IsoDate.optional().openapi({ description: 'この日以後に契約が終わる' }),
  q: z.string().max(200).optional().openapi({ description: 'システム名・ベンダー・製品・担当課の部分一致' }),
});

export type SystemFilter = z.infer<typeof SystemFilterSchema>;

export const SystemListQuerySchema = SystemFilterSchema.extend({
  sort: z.enum(['id', 'contractEnd', 'yearlyCost', 'name']).default('id'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const SystemListSchema = z
  .object({ items: z.array(SystemSchema), total: z.number().int() })
  .openapi('SystemList');

export const SystemExportQuerySchema = SystemFilterSchema.extend({
  format: z.enum(OUTPUT_FORMATS).default('csv'),
});

export const BusinessSummarySchema = z
  .object({
    items: z.array(
      z.object({
        business: z.enum(BUSINESSES),
        standardBusiness: z.boolean(),
        systems: z.number().int(),
        bodies: z.number().int(),
        yearlyCost: z.number().int(),
        vendors: z.array(z.object({ vendor: z.string(), systems: z.number().int() })),
        earliestContractEnd: z.string().nullable(),
      }),
    ),
  })
  .openapi('BusinessSummary');

export const StandardisationSchema = z
  .object({
    deadline: z.string(),
    steps: z.array(z.enum(MIGRATION_STEPS)),
    businesses: z.array(
      z.object({
        business: z.enum(STANDARD_BUSINESSES),
        systems: z.number().int(),
        bySteps: z.record(z.string(), z.number().int()),
        done: z.number().int(),
        unknown: z.number().int(),
        beyondDeadline: z.number().int(),
      }),
    ),
    bodies: z.array(
      z.object({
        orgCode: z.string(),
        orgName: z.string(),
        steps: z.record(z.string(), z.enum(MIGRATION_STEPS).nullable()),
      }),
    ),
  })
  .openapi('Standardisation');
