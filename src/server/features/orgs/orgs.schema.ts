import { z } from '@hono/zod-openapi';
import { isValidLocalGovCode } from '../../../domain/local-gov-code.ts';

/** A 全国地方公共団体コード in a path: six digits with a valid check digit. */
export const OrgCodeSchema = z
  .string()
  .regex(/^\d{6}$/, '団体コードは6桁の数字で指定してください')
  .refine(isValidLocalGovCode, '団体コードの検査数字が正しくありません')
  .openapi({ param: { name: 'code', in: 'path' }, example: '342157' });

export const FiscalYearSchema = z.coerce
  .number()
  .int()
  .min(2000)
  .max(2100)
  .openapi({ param: { name: 'fiscalYear', in: 'path' }, example: 2024, description: '年度（開始年の西暦）' });

export const ParticipationSchema = z
  .object({
    fiscalYear: z.number().int().openapi({ example: 2024 }),
    label: z.string().openapi({ example: '令和6年度' }),
  })
  .openapi('Participation');

export const OrgSchema = z
  .object({
    code: z.string().openapi({ example: '342157' }),
    name: z.string().openapi({ example: '江田島市' }),
    kana: z.string().openapi({ example: 'えたじまし' }),
    romaji: z.string().openapi({ example: 'Etajima-shi' }),
    type: z.enum(['県', '市', '町']),
    participation: z.array(ParticipationSchema),
  })
  .openapi('Org');

export const OrgListSchema = z
  .object({ items: z.array(OrgSchema), total: z.number().int() })
  .openapi('OrgList');

/** A body's profile for a 年度, as PUT takes it (every field; empty text and null clear). */
export const OrgProfileInputSchema = z
  .object({
    population: z
      .number()
      .int('人口は整数で入力してください')
      .min(0)
      .max(100_000_000)
      .nullable()
      .openapi({ example: 21000, description: '人口（人）' }),
    staffCount: z
      .number()
      .int('職員数は整数で入力してください')
      .min(0)
      .max(1_000_000)
      .nullable()
      .openapi({ example: 220, description: '一般行政職員数（人）' }),
    dxUnit: z.string().trim().max(100).default('').openapi({ example: 'デジタル推進室' }),
    dxHead: z.string().trim().max(100).default('').openapi({ example: '副市長（CDO）' }),
    note: z.string().trim().max(500).default(''),
  })
  .openapi('OrgProfileInput');

export type OrgProfileInput = z.infer<typeof OrgProfileInputSchema>;

export const OrgProfileSchema = z
  .object({
    orgCode: z.string(),
    fiscalYear: z.number().int(),
    label: z.string().openapi({ example: '令和6年度' }),
    population: z.number().int().nullable(),
    staffCount: z.number().int().nullable(),
    dxUnit: z.string(),
    dxHead: z.string(),
    note: z.string(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi('OrgProfile');

export const OrgProfileListSchema = z.object({ items: z.array(OrgProfileSchema) }).openapi('OrgProfileList');
