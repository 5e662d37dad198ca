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
