import { createRoute } from '@hono/zod-openapi';
import { requireActor } from '../../platform/actor.ts';
import { createRouter, errorResponses, jsonResponse } from '../../platform/http.ts';
import { cacheReads } from '../../platform/read-cache.ts';
import { buildDashboard } from './build-dashboard.ts';
import { DashboardQuerySchema, DashboardSchema } from './dashboard.schema.ts';

const dashboardRoute = createRoute({
  middleware: [cacheReads('role')] as const,
  method: 'get',
  path: '/dashboard',
  tags: ['dashboard'],
  summary:
    'プログラムのダッシュボード（参画団体・人材とポスト・配属の模式図・採用・ジョブタイプ・コミットメント・研修）',
  request: { query: DashboardQuerySchema },
  responses: {
    200: jsonResponse(DashboardSchema, 'ダッシュボード'),
    400: errorResponses[400],
    401: errorResponses[401],
  },
});

/** The program dashboard: aggregate figures without names, for every signed-in role. */
export function dashboardRoutes() {
  return createRouter().openapi(dashboardRoute, async (c) => {
    requireActor(c.get('actor'));
    return c.json(await buildDashboard(c.get('db'), c.req.valid('query').fiscalYear), 200);
  });
}
