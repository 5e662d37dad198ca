import { createRoute } from '@hono/zod-openapi';
import { requireActor } from '../../platform/actor.ts';
import { createRouter, errorResponses, jsonResponse } from '../../platform/http.ts';
import { cacheReads } from '../../platform/read-cache.ts';
import { runSearch } from './run-search.ts';
import { presentPracticeHit, presentSystemHit } from './search.presenter.ts';
import { SearchQuerySchema, SearchResultSchema } from './search.schema.ts';

const searchRoute = createRoute({
  middleware: [cacheReads('role')] as const,
  method: 'get',
  path: '/search',
  tags: ['search'],
  summary: '台帳とDX施策・好事例の横断検索（日本語の部分一致、ファセットの絞り込みと件数）',
  request: { query: SearchQuerySchema },
  responses: {
    200: jsonResponse(SearchResultSchema, '検索結果'),
    400: errorResponses[400],
    401: errorResponses[401],
  },
});

/** Search over shared data: every signed-in role. */
export function searchRoutes() {
  return createRouter().openapi(searchRoute, async (c) => {
    requireActor(c.get('actor'));
    const result = await runSearch(c.get('db'), c.req.valid('query'));
    return c.json(
      {
        ...result,
        systems: { total: result.systems.total, items: result.systems.items.map(presentSystemHit) },
        practices: { total: result.practices.total, items: result.practices.items.map(presentPracticeHit) },
      },
      200,
    );
  });
}
