import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../../platform/actor.ts';
import { createRouter, errorResponses, jsonResponse } from '../../platform/http.ts';
import { uuidIdParam } from '../../platform/params.ts';
import { acceptRun } from './accept-run.ts';
import { cancelRun } from './cancel-run.ts';
import { createScenario } from './create-scenario.ts';
import { getRun } from './get-run.ts';
import { listScenarios } from './list-scenarios.ts';
import { presentRun, presentScenario } from './matching.presenter.ts';
import { CreateScenarioSchema, RunSchema, ScenarioSchema, StartRunSchema } from './matching.schema.ts';
import { startRun } from './start-run.ts';

const MATCHERS = ['admin', 'talent_officer'] as const;
const RunIdParams = z.object({ id: uuidIdParam('id') });
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});
const errs = { 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] };

const createScenarioRoute = createRoute({
  method: 'post',
  path: '/matching/scenarios',
  tags: ['matching'],
  summary: 'マッチングのシナリオ（重み・ロック・仮定）を保存',
  request: { body: body(CreateScenarioSchema) },
  responses: { 201: jsonResponse(ScenarioSchema, '保存したシナリオ'), ...errs },
});

const listScenariosRoute = createRoute({
  method: 'get',
  path: '/matching/scenarios',
  tags: ['matching'],
  summary: '年度のシナリオと最新の計算結果の指標（比較用）',
  request: { query: z.object({ fiscalYear: z.coerce.number().int().min(2000).max(2100) }) },
  responses: { 200: jsonResponse(z.object({ items: z.array(ScenarioSchema) }), 'シナリオ'), ...errs },
});

const startRunRoute = createRoute({
  method: 'post',
  path: '/matching/runs',
  tags: ['matching'],
  summary: '最適配置の計算を開始（ワーカーで実行、ID を返す）',
  request: { body: body(StartRunSchema) },
  responses: {
    202: jsonResponse(z.object({ id: z.string() }), '開始しました'),
    ...errs,
    404: errorResponses[404],
  },
});

const getRunRoute = createRoute({
  method: 'get',
  path: '/matching/runs/{id}',
  tags: ['matching'],
  summary: '計算の進捗と、完了後は配置案（項目ごとの説明付き）',
  request: { params: RunIdParams },
  responses: { 200: jsonResponse(RunSchema, '計算'), ...errs, 404: errorResponses[404] },
});

const cancelRunRoute = createRoute({
  method: 'post',
  path: '/matching/runs/{id}/cancel',
  tags: ['matching'],
  summary: '計算を中止',
  request: { params: RunIdParams },
  responses: {
    200: jsonResponse(RunSchema, '中止後の計算'),
    ...errs,
    404: errorResponses[404],
    409: errorResponses[409],
  },
});

const acceptRunRoute = createRoute({
  method: 'post',
  path: '/matching/runs/{id}/accept',
  tags: ['matching'],
  summary: '配置案を年度の配置計画として採用',
  request: { params: RunIdParams },
  responses: {
    200: jsonResponse(z.object({ fiscalYear: z.number().int(), planned: z.number().int() }), '採用しました'),
    ...errs,
    404: errorResponses[404],
    409: errorResponses[409],
  },
});

/** Matching (最適配置) is the talent organisation's work: admin and talent_officer only. */
export function matchingRoutes() {
  return createRouter()
    .openapi(createScenarioRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...MATCHERS);
      const row = await createScenario(c.get('db'), actor, c.req.valid('json'), c.get('requestId'));
      return c.json(presentScenario(row, null), 201);
    })
    .openapi(listScenariosRoute, async (c) => {
      requireRole(c.get('actor'), ...MATCHERS);
      const items = await listScenarios(c.get('db'), c.req.valid('query').fiscalYear);
      return c.json({ items: items.map((i) => presentScenario(i.scenario, i.latestRun)) }, 200);
    })
    .openapi(startRunRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...MATCHERS);
      const { runId } = await startRun(c.get('db'), actor, c.req.valid('json').scenarioId, c.get('logger'));
      return c.json({ id: runId }, 202);
    })
    .openapi(getRunRoute, async (c) => {
      requireRole(c.get('actor'), ...MATCHERS);
      return c.json(presentRun(await getRun(c.get('db'), c.req.valid('param').id)), 200);
    })
    .openapi(cancelRunRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...MATCHERS);
      const { id } = c.req.valid('param');
      await cancelRun(c.get('db'), actor, id, c.get('requestId'));
      return c.json(presentRun(await getRun(c.get('db'), id)), 200);
    })
    .openapi(acceptRunRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...MATCHERS);
      return c.json(await acceptRun(c.get('db'), actor, c.req.valid('param').id, c.get('requestId')), 200);
    });
}
