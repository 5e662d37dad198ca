import { z } from '@hono/zod-openapi';
import { HOSTING_VALUES } from '../../../db/schema/index.ts';
import { BUSINESSES } from '../../../domain/standard-businesses.ts';
import { IsoDate, OrgCode } from '../inventory/inventory.schema.ts';

export const SearchQuerySchema = z.object({
  q: z
    .string()
    .max(200, '検索語は200文字以内で入力してください')
    .default('')
    .openapi({ description: '検索語（空白区切りで AND。1〜2文字でも正確に一致）', example: '戸籍' }),
  kind: z.enum(['all', 'system', 'practice']).default('all'),
  orgCode: OrgCode.optional().openapi({ description: '団体' }),
  business: z.enum(BUSINESSES).optional().openapi({ description: '業務（台帳のみ）' }),
  vendor: z.string().max(200).optional().openapi({ description: 'ベンダー（台帳のみ、完全一致）' }),
  hosting: z.enum(HOSTING_VALUES).optional().openapi({ description: '稼働環境（台帳のみ）' }),
  contractEndBefore: IsoDate.optional().openapi({ description: 'この日以前に契約が終わる（台帳のみ）' }),
  contractEndAfter: IsoDate.optional().openapi({ description: 'この日以後に契約が終わる（台帳のみ）' }),
  theme: z.string().max(100).optional().openapi({ description: 'テーマ（施策のみ）' }),
  fiscalYear: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .openapi({ description: '年度（施策のみ）' }),
  limit: z.coerce.number().int().min(0).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});

export type SearchQuery = z.infer<typeof SearchQuerySchema>;

const FacetSchema = z.array(z.object({ value: z.string(), label: z.string(), count: z.number().int() }));

const FieldMatchSchema = z.object({
  field: z.string().openapi({ description: '一致した項目の名前' }),
  text: z.string().openapi({ description: '項目の文（長いときは一致した箇所の前後）' }),
  ranges: z
    .array(z.tuple([z.number().int(), z.number().int()]))
    .openapi({ description: '一致した範囲 [開始, 終了)' }),
});

export const SystemHitSchema = z.object({
  matches: z.array(FieldMatchSchema),
  id: z.number().int(),
  orgCode: z.string(),
  orgName: z.string(),
  name: z.string(),
  business: z.string(),
  category: z.string().nullable(),
  unit: z.string().nullable(),
  vendor: z.string().nullable(),
  product: z.string().nullable(),
  hosting: z.string(),
  contractEnd: z.string().nullable(),
  yearlyCost: z.number().int().nullable(),
});

export const PracticeHitSchema = z.object({
  matches: z.array(FieldMatchSchema),
  id: z.number().int(),
  orgCode: z.string(),
  orgName: z.string(),
  title: z.string(),
  category: z.string(),
  fiscalYear: z.number().int(),
  fiscalYearLabel: z.string(),
  themes: z.array(z.string()),
  status: z.string(),
  summary: z.string(),
});

export const SearchResultSchema = z
  .object({
    query: z.string(),
    terms: z.array(z.string()),
    expansions: z
      .array(z.array(z.string()))
      .openapi({ description: '検索辞書で広げた語（語ごとに、その語と同じ意味の語）' }),
    systems: z.object({ total: z.number().int(), items: z.array(SystemHitSchema) }),
    practices: z.object({ total: z.number().int(), items: z.array(PracticeHitSchema) }),
    facets: z.object({
      body: FacetSchema,
      business: FacetSchema,
      vendor: FacetSchema,
      hosting: FacetSchema,
      contractEndFiscalYear: FacetSchema,
      theme: FacetSchema,
      fiscalYear: FacetSchema,
    }),
  })
  .openapi('SearchResult');
