import { createRoute, z } from '@hono/zod-openapi';
import { requireActor } from '../../platform/actor.ts';
import { createRouter, errorResponses, jsonResponse } from '../../platform/http.ts';
import { DATA_YEAR_AREAS, getDataYears } from './get-data-years.ts';

const YearSpanSchema = z.object({ first: z.number().int(), last: z.number().int() }).nullable();

const DataYearsSchema = z
  .object({
    current: z.number().int().openapi({ description: '今日の年度（開始の西暦年）' }),
    first: z.number().int().openapi({ description: '記録のある最初の年度' }),
    last: z.number().int().openapi({ description: '選べる最後の年度（翌年度）' }),
    areas: z.object(
      Object.fromEntries(DATA_YEAR_AREAS.map((a) => [a, YearSpanSchema])) as Record<
        (typeof DATA_YEAR_AREAS)[number],
        typeof YearSpanSchema
      >,
    ),
  })
  .openapi('DataYears');

const dataYearsRoute = createRoute({
  method: 'get',
  path: '/fiscal-years',
  tags: ['fiscal-years'],
  summary: '選べる年度（記録のある最初の年度〜翌年度）と、機能ごとに記録のある年度の範囲',
  responses: { 200: jsonResponse(DataYearsSchema, '年度'), 401: errorResponses[401] },
});

/** The 年度 the app offers and where each area's records end: every signed-in role (years only). */
export function fiscalYearsRoutes() {
  return createRouter().openapi(dataYearsRoute, async (c) => {
    requireActor(c.get('actor'));
    return c.json(await getDataYears(c.get('db')), 200);
  });
}
