import { createRoute } from '@hono/zod-openapi';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { requireActor } from '../../platform/actor.ts';
import { createRouter, errorResponses, jsonResponse } from '../../platform/http.ts';
import { FiscalYearQuerySchema, PlacementSummarySchema } from './placement.schema.ts';
import { summarisePlacement } from './summarise-placement.ts';

const summaryRoute = createRoute({
  method: 'get',
  path: '/placement/summary',
  tags: ['placement'],
  summary: '共通人材の配属状況（資料 p.20 の表）を年度ごとに集計',
  request: { query: FiscalYearQuerySchema },
  responses: {
    200: jsonResponse(PlacementSummarySchema, '配属状況の集計'),
    400: errorResponses[400],
    401: errorResponses[401],
  },
});

/** Placement: aggregate tables are program-wide figures without names, readable by every role. */
export function placementRoutes() {
  return createRouter().openapi(summaryRoute, async (c) => {
    requireActor(c.get('actor'));
    const { fiscalYear } = c.req.valid('query');
    const summary = await summarisePlacement(c.get('db'), fiscalYear);
    return c.json({ ...summary, label: formatFiscalYear(fiscalYear) }, 200);
  });
}
