import { createRoute } from '@hono/zod-openapi';
import { requireActor, requireRole } from '../../platform/actor.ts';
import { createRouter, errorResponses, jsonResponse } from '../../platform/http.ts';
import { orgSkillGaps, poolGaps, skillDistribution } from './aggregate-gaps.ts';
import { presentPersonGaps } from './gaps.presenter.ts';
import {
  DistributionSchema,
  GroupGapsSchema,
  OrgGapsParams,
  PersonGapsParams,
  PersonGapsQuery,
  PersonGapsSchema,
  RequiredFiscalYearQuery,
} from './gaps.schema.ts';
import { personGaps } from './person-gaps.ts';

const { 400: e400, 401: e401, 403: e403, 404: e404 } = errorResponses;

const personRoute = createRoute({
  method: 'get',
  path: '/people/{id}/gaps',
  tags: ['skills'],
  summary: '人材のスキルギャップ（大きい順）と、それを埋める研修',
  request: { params: PersonGapsParams, query: PersonGapsQuery },
  responses: {
    200: jsonResponse(PersonGapsSchema, 'スキルギャップ'),
    400: e400,
    401: e401,
    403: e403,
    404: e404,
  },
});

const orgRoute = createRoute({
  method: 'get',
  path: '/orgs/{code}/skill-gaps',
  tags: ['skills'],
  summary: '団体に配属された人材のジョブタイプ別スキルギャップ（自団体のDX責任者・担当、人材機構、管理者）',
  request: { params: OrgGapsParams, query: RequiredFiscalYearQuery },
  responses: {
    200: jsonResponse(GroupGapsSchema, 'ジョブタイプ別の集計'),
    400: e400,
    401: e401,
    403: e403,
    404: e404,
  },
});

const poolRoute = createRoute({
  method: 'get',
  path: '/skills/pool-gaps',
  tags: ['skills'],
  summary: '人材プール全体のジョブタイプ別スキルギャップ（氏名なしの集計）',
  request: { query: RequiredFiscalYearQuery },
  responses: { 200: jsonResponse(GroupGapsSchema, 'ジョブタイプ別の集計'), 400: e400, 401: e401, 403: e403 },
});

const distributionRoute = createRoute({
  method: 'get',
  path: '/skills/distribution',
  tags: ['skills'],
  summary: 'ジョブタイプ別の人数と平均達成度（ダッシュボード用の集計）',
  request: { query: RequiredFiscalYearQuery },
  responses: { 200: jsonResponse(DistributionSchema, 'ジョブタイプ別の分布'), 400: e400, 401: e401 },
});

/** Gaps of a person, a body and the pool, and the skill distribution for dashboards. */
export function gapsRoutes() {
  return createRouter()
    .openapi(personRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin', 'talent_officer', 'municipal_manager', 'member');
      const { id } = c.req.valid('param');
      const r = await personGaps(c.get('db'), actor, id, c.req.valid('query').fiscalYear);
      return c.json(presentPersonGaps(id, r), 200);
    })
    .openapi(orgRoute, async (c) => {
      const actor = requireRole(
        c.get('actor'),
        'admin',
        'talent_officer',
        'municipal_manager',
        'municipal_staff',
      );
      const { code } = c.req.valid('param');
      return c.json(await orgSkillGaps(c.get('db'), actor, code, c.req.valid('query').fiscalYear), 200);
    })
    .openapi(poolRoute, async (c) => {
      const actor = requireRole(
        c.get('actor'),
        'admin',
        'talent_officer',
        'municipal_manager',
        'municipal_staff',
        'viewer',
      );
      return c.json(await poolGaps(c.get('db'), actor, c.req.valid('query').fiscalYear), 200);
    })
    .openapi(distributionRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      return c.json(await skillDistribution(c.get('db'), actor, c.req.valid('query').fiscalYear), 200);
    });
}
