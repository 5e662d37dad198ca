import { z } from '@hono/zod-openapi';
import { TIMELINE_PRECISIONS } from '../../../db/schema/index.ts';
import { isValidLocalGovCode } from '../../../domain/local-gov-code.ts';
import { calendarDateOf } from '../../../domain/wareki.ts';
import { SerialId } from '../../platform/params.ts';

/** A savings rate: 0–90% with at most one decimal (the column is numeric(4,1)). */
const RatePercent = z
  .number()
  .min(0, '削減率は0%以上で入力してください')
  .max(90, '削減率は90%以下で入力してください')
  .refine((n) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-9, '削減率は小数第1位までで入力してください');

export const SettingsPatchSchema = z
  .object({
    savingsRatePercent: RatePercent.optional().openapi({
      example: 10,
      description: '共同調達による年間経費の削減率の想定（%、小数第1位まで）',
    }),
    savingsRateBasis: z
      .string()
      .trim()
      .max(500)
      .optional()
      .openapi({ description: '削減率の根拠（見積り・実績など）' }),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), '変更する項目を指定してください')
  .openapi('ProgrammeSettingsPatch');

export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const SettingsSchema = z
  .object({
    savingsRatePercent: z.number(),
    savingsRateBasis: z.string(),
    version: z.number().int().openapi({ description: '0 は未設定（既定値）' }),
    updatedAt: z.string().nullable(),
  })
  .openapi('ProgrammeSettings');

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日付は YYYY-MM-DD で入力してください')
  .refine((v) => {
    try {
      calendarDateOf(v);
      return true;
    } catch {
      return false;
    }
  }, '存在しない日付です');

const OrgCode = z
  .string()
  .regex(/^\d{6}$/, '団体コードは6桁の数字で指定してください')
  .refine(isValidLocalGovCode, '団体コードの検査数字が正しくありません');

/** An event of the 沿革, as POST takes it (PATCH takes any part of it). */
export const TimelineEventInputSchema = z
  .object({
    occurredOn: IsoDate.openapi({
      example: '2022-12-01',
      description: '日付。精度が月なら月の初日、年度なら年度内の任意の日（4月1日に揃えます）',
    }),
    precision: z
      .enum(TIMELINE_PRECISIONS)
      .default('day')
      .openapi({ description: 'day / month / fiscal_year' }),
    title: z.string().trim().min(1, '出来事を入力してください').max(200),
    detail: z.string().trim().max(2000).default(''),
    orgCodes: z
      .array(OrgCode)
      .max(30)
      .default([])
      .refine((codes) => new Set(codes).size === codes.length, '同じ団体が重複しています')
      .openapi({ description: '関係する団体（空なら全体）' }),
    sourcePage: z
      .number()
      .int('資料のページは整数で入力してください')
      .min(1)
      .max(999)
      .nullable()
      .default(null)
      .openapi({ description: '出典（資料のページ）' }),
  })
  .openapi('TimelineEventInput');

export type TimelineEventInput = z.infer<typeof TimelineEventInputSchema>;

export const TimelineEventPatchSchema = z
  .object({
    occurredOn: IsoDate.optional(),
    precision: z.enum(TIMELINE_PRECISIONS).optional(),
    title: z.string().trim().min(1, '出来事を入力してください').max(200).optional(),
    detail: z.string().trim().max(2000).optional(),
    orgCodes: z
      .array(OrgCode)
      .max(30)
      .refine((codes) => new Set(codes).size === codes.length, '同じ団体が重複しています')
      .optional(),
    sourcePage: z.number().int().min(1).max(999).nullable().optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), '変更する項目を指定してください')
  .openapi('TimelineEventPatch');

export type TimelineEventPatch = z.infer<typeof TimelineEventPatchSchema>;

export const TimelineEventSchema = z
  .object({
    id: z.number().int(),
    occurredOn: z.string(),
    precision: z.enum(TIMELINE_PRECISIONS),
    dateLabel: z.string().openapi({ example: '令和4年12月' }),
    fiscalYear: z.number().int(),
    title: z.string(),
    detail: z.string(),
    bodies: z.array(z.object({ code: z.string(), name: z.string() })),
    sourcePage: z.number().int().nullable(),
    version: z.number().int(),
  })
  .openapi('TimelineEvent');

export const TimelineListSchema = z
  .object({ items: z.array(TimelineEventSchema) })
  .openapi('TimelineEventList');

export const TimelineIdParams = z.object({
  id: SerialId.openapi({ param: { name: 'id', in: 'path' }, example: '1', type: 'integer' }),
});
