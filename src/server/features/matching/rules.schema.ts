import { z } from '@hono/zod-openapi';
import type { MatchingRule } from '../../../domain/matching-rules.ts';

const RuleId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,40}$/, 'ルール ID は英数字・「-」・「_」の 40 文字以内で指定してください');
const FiscalYear = z.number().int().min(2000).max(2100);
const OrgCode = z.string().regex(/^\d{6}$/, '団体コードは6桁の数字で指定してください');
const Years = z.number().int().min(0).max(40);

const common = {
  id: RuleId,
  enforcement: z
    .enum(['hard', 'penalty'])
    .openapi({ description: 'hard: 違反する組合せは選ばない / penalty: 違反ごとに減点' }),
  penalty: z.number().int().min(0).max(100000).default(100).openapi({ description: 'penalty のときの点数' }),
  note: z.string().trim().max(200).default(''),
};
const period = {
  fromFiscalYear: FiscalYear.nullable().default(null),
  toFiscalYear: FiscalYear.nullable().default(null),
};
const periodInOrder = (r: { fromFiscalYear: number | null; toFiscalYear: number | null }) =>
  r.fromFiscalYear === null || r.toFiscalYear === null || r.fromFiscalYear <= r.toFiscalYear;
const PERIOD_MESSAGE = { message: '適用終了年度は開始年度以降にしてください', path: ['toFiscalYear'] };

const CrossBodyMove = z.object({
  ...common,
  kind: z.literal('crossBodyMove'),
  category: z.enum(['pref_it', 'fixed_term_expert', 'municipal_registered']),
  targetKind: z.enum(['prefecture', 'municipality']),
  allowedFromFiscalYear: FiscalYear,
  employerOrgCode: OrgCode.nullable().default(null),
});
const StayUntil = z.object({
  ...common,
  kind: z.literal('stayUntil'),
  orgCode: OrgCode,
  throughFiscalYear: FiscalYear,
});
const Tenure = z
  .object({
    ...common,
    ...period,
    kind: z.enum(['minTenure', 'maxTenure']),
    years: Years,
    orgCode: OrgCode.nullable().default(null),
  })
  .refine(periodInOrder, PERIOD_MESSAGE);
const NoReturn = z
  .object({ ...common, ...period, kind: z.literal('noReturn'), years: Years })
  .refine(periodInOrder, PERIOD_MESSAGE);
const FixedTermContract = z.object({
  ...common,
  kind: z.literal('fixedTermContract'),
  termYears: z.number().int().min(1).max(10),
});
const BodyHeadcount = z
  .object({
    ...common,
    ...period,
    kind: z.literal('bodyHeadcount'),
    orgCode: OrgCode,
    min: z.number().int().min(0).max(100).nullable().default(null),
    max: z.number().int().min(0).max(100).nullable().default(null),
  })
  .refine(periodInOrder, PERIOD_MESSAGE)
  .refine((r) => r.min !== null || r.max !== null, {
    message: '最少か最多のどちらかを指定してください',
    path: ['min'],
  })
  .refine((r) => r.min === null || r.max === null || r.min <= r.max, {
    message: '最少は最多以下にしてください',
    path: ['min'],
  })
  .refine((r) => r.enforcement === 'hard', {
    message: '人数のルールは「必ず守る」のみです（最少は必須の枠、最多は枠の上限になります）',
    path: ['enforcement'],
  });

/** One rule of the programme (see src/domain/matching-rules.ts for what each kind means). */
export const MatchingRuleSchema = z
  .union([CrossBodyMove, StayUntil, Tenure, NoReturn, FixedTermContract, BodyHeadcount])
  .openapi('MatchingRule');

/** The body of PUT /api/matching/rules: the whole set, ids unique. */
export const PutRulesSchema = z
  .object({
    rules: z
      .array(MatchingRuleSchema)
      .max(200)
      .refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, 'ルール ID が重複しています'),
  })
  .openapi('PutMatchingRules');

export const RuleSetSchema = z
  .object({
    rules: z.array(
      z.intersection(
        MatchingRuleSchema,
        z.object({ description: z.string().openapi({ description: 'ルールの日本語の名前（説明に使う）' }) }),
      ),
    ),
    version: z.number().int().openapi({ description: '0 は保存前（資料に基づく既定のルール）' }),
    isDefault: z.boolean(),
    updatedAt: z.string().nullable(),
  })
  .openapi('MatchingRuleSet');

/** The parsed rule, which is the domain's rule (checked at compile time below). */
export type ParsedRule = z.infer<typeof MatchingRuleSchema>;
export const PARSED_RULES_ARE_DOMAIN_RULES: ParsedRule extends MatchingRule ? true : false = true;
