import { createRoute } from '@hono/zod-openapi';
import { requireActor } from '../../platform/actor.ts';
import { createRouter, errorResponses, jsonResponse } from '../../platform/http.ts';
import { cacheReads } from '../../platform/read-cache.ts';
import { presentCatalogue, presentJobTypes } from './catalogue.presenter.ts';
import { JobTypeListSchema, SkillCatalogueSchema } from './catalogue.schema.ts';

const jobTypesRoute = createRoute({
  middleware: [cacheReads('role')] as const,
  method: 'get',
  path: '/job-types',
  tags: ['skills'],
  summary: '10種類のジョブタイプ（①〜⑩）',
  responses: { 200: jsonResponse(JobTypeListSchema, 'ジョブタイプ'), 401: errorResponses[401] },
});

const catalogueRoute = createRoute({
  middleware: [cacheReads('role')] as const,
  method: 'get',
  path: '/skills/catalogue',
  tags: ['skills'],
  summary: 'スキルカタログ（分類・項目）、レベル定義、キャリア段階、ジョブタイプ別の目標レベル',
  responses: { 200: jsonResponse(SkillCatalogueSchema, 'スキルカタログ'), 401: errorResponses[401] },
});

/** Job types and the skill catalogue: shared reference data for every signed-in role. */
export function catalogueRoutes() {
  return createRouter()
    .openapi(jobTypesRoute, (c) => {
      requireActor(c.get('actor'));
      return c.json({ items: presentJobTypes() }, 200);
    })
    .openapi(catalogueRoute, (c) => {
      requireActor(c.get('actor'));
      return c.json(presentCatalogue(), 200);
    });
}
