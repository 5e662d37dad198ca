import { createRoute, z } from '@hono/zod-openapi';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { requireActor, requireRole } from '../../platform/actor.ts';
import { etagOf, expectedVersionOf, IfMatchHeaders } from '../../platform/concurrency.ts';
import { errors } from '../../platform/errors.ts';
import {
  type AppContext,
  createRouter,
  errorResponses,
  jsonResponse,
  versionedResponse,
} from '../../platform/http.ts';
import { uuidIdParam } from '../../platform/params.ts';
import { cacheReads } from '../../platform/read-cache.ts';
import { listAssignments } from './list-assignments.ts';
import { listPosts } from './list-posts.ts';
import { presentPost } from './placement.presenter.ts';
import {
  AssignmentQuerySchema,
  AssignmentSchema,
  FiscalYearQuerySchema,
  PlacementSummarySchema,
  PostInputSchema,
  PostQuerySchema,
  PostSchema,
} from './placement.schema.ts';
import { createPost, updatePost } from './save-post.ts';
import { summarisePlacement } from './summarise-placement.ts';

const summaryRoute = createRoute({
  middleware: [cacheReads('role')] as const,
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

const PostIdParams = z.object({ id: uuidIdParam('id') });
const postBody = { required: true, content: { 'application/json': { schema: PostInputSchema } } };
const POST_EDITORS = ['admin', 'talent_officer', 'municipal_manager'] as const;

const listPostsRoute = createRoute({
  method: 'get',
  path: '/posts',
  tags: ['placement'],
  summary: 'ポスト（団体が確保する職・予算）の一覧。年度・団体で絞り込み',
  request: { query: PostQuerySchema },
  responses: {
    200: jsonResponse(z.object({ items: z.array(PostSchema) }), 'ポスト'),
    400: errorResponses[400],
    401: errorResponses[401],
  },
});

const createPostRoute = createRoute({
  method: 'post',
  path: '/posts',
  tags: ['placement'],
  summary: 'ポストの登録（管理者・人材機構・自団体のDX責任者）',
  request: { body: postBody },
  responses: {
    201: jsonResponse(PostSchema, '登録したポスト'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

const updatePostRoute = createRoute({
  method: 'put',
  path: '/posts/{id}',
  tags: ['placement'],
  summary: 'ポストの更新（管理者・人材機構・自団体のDX責任者）',
  request: { params: PostIdParams, headers: IfMatchHeaders, body: postBody },
  responses: {
    200: versionedResponse(PostSchema, '更新したポスト'),
    412: errorResponses[412],
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

const listAssignmentsRoute = createRoute({
  method: 'get',
  path: '/assignments',
  tags: ['placement'],
  summary: '年度の配属（実績・計画）。見てよい人材の分のみ',
  request: { query: AssignmentQuerySchema },
  responses: {
    200: jsonResponse(z.object({ items: z.array(AssignmentSchema) }), '配属'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

async function onePost(c: AppContext, id: string) {
  const [post] = await listPosts(c.get('db'), requireActor(c.get('actor')), { postId: id });
  if (!post) throw errors.notFound('ポスト');
  return presentPost(post);
}

/**
 * Placement: the aggregate table and posts are shared program information (every role reads them);
 * names and budgets follow the people scope and the body scope.
 */
export function placementRoutes() {
  return createRouter()
    .openapi(summaryRoute, async (c) => {
      requireActor(c.get('actor'));
      const { fiscalYear } = c.req.valid('query');
      const summary = await summarisePlacement(c.get('db'), fiscalYear);
      return c.json({ ...summary, label: formatFiscalYear(fiscalYear) }, 200);
    })
    .openapi(listPostsRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      const items = await listPosts(c.get('db'), actor, c.req.valid('query'));
      return c.json({ items: items.map(presentPost) }, 200);
    })
    .openapi(createPostRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...POST_EDITORS);
      const row = await createPost(c.get('db'), actor, c.req.valid('json'), c.get('requestId'));
      return c.json(await onePost(c, row.id), 201);
    })
    .openapi(updatePostRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...POST_EDITORS);
      const { id } = c.req.valid('param');
      const expected = expectedVersionOf(c.req.valid('header'));
      await updatePost(c.get('db'), actor, id, c.req.valid('json'), c.get('requestId'), expected);
      const post = await onePost(c, id);
      c.header('ETag', etagOf(post.version));
      return c.json(post, 200);
    })
    .openapi(listAssignmentsRoute, async (c) => {
      const actor = requireRole(
        c.get('actor'),
        'admin',
        'talent_officer',
        'municipal_manager',
        'municipal_staff',
        'member',
      );
      return c.json({ items: await listAssignments(c.get('db'), actor, c.req.valid('query')) }, 200);
    });
}
