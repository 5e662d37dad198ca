import { z } from '@hono/zod-openapi';

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
