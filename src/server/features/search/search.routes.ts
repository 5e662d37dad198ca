import { createRoute } from '@hono/zod-openapi';
import { requireActor, requireRole } from '../../platform/actor.ts';
import { etagOf, expectedVersionOf, IfMatchHeaders } from '../../platform/concurrency.ts';
import { createRouter, errorResponses, jsonResponse, versionedResponse } from '../../platform/http.ts';
import { cacheReads } from '../../platform/read-cache.ts';
import { createSynonym } from './create-synonym.ts';
import { deleteSynonym } from './delete-synonym.ts';
import { getSynonym } from './get-synonym.ts';
import { listSynonyms } from './list-synonyms.ts';
import { runSearch } from './run-search.ts';
import { presentPracticeHit, presentSystemHit } from './search.presenter.ts';
import { SearchQuerySchema, SearchResultSchema } from './search.schema.ts';
import type { SynonymRow } from './synonym-entry.ts';
import { SynonymIdParams, SynonymInputSchema, SynonymListSchema, SynonymSchema } from './synonyms.schema.ts';
import { updateSynonym } from './update-synonym.ts';

const searchRoute = createRoute({
  middleware: [cacheReads('role')] as const,
  method: 'get',
  path: '/search',
  tags: ['search'],
  summary:
    '台帳とDX施策・好事例の横断検索（日本語の部分一致、検索辞書の同義語、ファセットの絞り込みと件数、一致した項目と箇所）',
  request: { query: SearchQuerySchema },
  responses: {
    200: jsonResponse(SearchResultSchema, '検索結果'),
    400: errorResponses[400],
    401: errorResponses[401],
  },
});

const synonymBody = {
  required: true,
  content: { 'application/json': { schema: SynonymInputSchema } },
} as const;

const listSynonymsRoute = createRoute({
  method: 'get',
  path: '/search/synonyms',
  tags: ['search'],
  summary: '検索辞書（略語・同義語）の一覧',
  responses: { 200: jsonResponse(SynonymListSchema, '検索辞書'), 401: errorResponses[401] },
});

const getSynonymRoute = createRoute({
  method: 'get',
  path: '/search/synonyms/{id}',
  tags: ['search'],
  summary: '検索辞書の語1件',
  request: { params: SynonymIdParams },
  responses: {
    200: versionedResponse(SynonymSchema, '検索辞書の語'),
    400: errorResponses[400],
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const createSynonymRoute = createRoute({
  method: 'post',
  path: '/search/synonyms',
  tags: ['search'],
  summary: '検索辞書に語を登録（管理者）',
  request: { body: synonymBody },
  responses: {
    201: jsonResponse(SynonymSchema, '登録した語'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    409: errorResponses[409],
  },
});

const updateSynonymRoute = createRoute({
  method: 'put',
  path: '/search/synonyms/{id}',
  tags: ['search'],
  summary: '検索辞書の語を変更（管理者）',
  request: { params: SynonymIdParams, headers: IfMatchHeaders, body: synonymBody },
  responses: {
    200: versionedResponse(SynonymSchema, '変更後の語'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    409: errorResponses[409],
    412: errorResponses[412],
  },
});

const deleteSynonymRoute = createRoute({
  method: 'delete',
  path: '/search/synonyms/{id}',
  tags: ['search'],
  summary: '検索辞書から語を削除（管理者）',
  request: { params: SynonymIdParams, headers: IfMatchHeaders },
  responses: {
    204: { description: '削除しました' },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    412: errorResponses[412],
  },
});

function presentSynonym(row: SynonymRow) {
  return {
    id: row.id,
    term: row.term,
    synonyms: row.synonyms,
    note: row.note,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Search over shared data (every signed-in role) and its dictionary (read by all, kept by admins). */
export function searchRoutes() {
  return createRouter()
    .openapi(searchRoute, async (c) => {
      requireActor(c.get('actor'));
      const result = await runSearch(c.get('db'), c.req.valid('query'));
      const words = result.expansions.flat().concat(result.terms);
      return c.json(
        {
          ...result,
          systems: {
            total: result.systems.total,
            items: result.systems.items.map((s) => presentSystemHit(s, words)),
          },
          practices: {
            total: result.practices.total,
            items: result.practices.items.map((p) => presentPracticeHit(p, words)),
          },
        },
        200,
      );
    })
    .openapi(listSynonymsRoute, async (c) => {
      requireActor(c.get('actor'));
      return c.json({ items: (await listSynonyms(c.get('db'))).map(presentSynonym) }, 200);
    })
    .openapi(getSynonymRoute, async (c) => {
      requireActor(c.get('actor'));
      const row = await getSynonym(c.get('db'), c.req.valid('param').id);
      c.header('ETag', etagOf(row.version));
      return c.json(presentSynonym(row), 200);
    })
    .openapi(createSynonymRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin');
      const row = await createSynonym(c.get('db'), actor, c.req.valid('json'), c.get('requestId'));
      c.header('ETag', etagOf(row.version));
      return c.json(presentSynonym(row), 201);
    })
    .openapi(updateSynonymRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin');
      const row = await updateSynonym(
        c.get('db'),
        actor,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('requestId'),
        expectedVersionOf(c.req.valid('header')),
      );
      c.header('ETag', etagOf(row.version));
      return c.json(presentSynonym(row), 200);
    })
    .openapi(deleteSynonymRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin');
      await deleteSynonym(
        c.get('db'),
        actor,
        c.req.valid('param').id,
        c.get('requestId'),
        expectedVersionOf(c.req.valid('header')),
      );
      return c.body(null, 204);
    });
}
