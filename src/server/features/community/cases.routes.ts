import { createRoute } from '@hono/zod-openapi';
import { requireActor, requireRole } from '../../platform/actor.ts';
import { createRouter, errorResponses, jsonResponse } from '../../platform/http.ts';
import { createCase, listCases } from './cases.ts';
import { presentCase } from './community.presenter.ts';
import { CaseListSchema, CaseSchema, ForumMemberListSchema } from './community.responses.ts';
import { CaseListQuerySchema, CreateCaseSchema } from './community.schema.ts';
import { listForumMembers } from './list-forum-members.ts';

const membersRoute = createRoute({
  method: 'get',
  path: '/community/forum-members',
  tags: ['community'],
  summary: '県・市町CDOフォーラムのメンバー（資料 p.24）',
  responses: { 200: jsonResponse(ForumMemberListSchema, 'メンバー'), 401: errorResponses[401] },
});

const listRoute = createRoute({
  method: 'get',
  path: '/community/cases',
  tags: ['community'],
  summary: '配属先からの好事例・課題（open=true で未解決の課題）',
  request: { query: CaseListQuerySchema },
  responses: {
    200: jsonResponse(CaseListSchema, '事例・課題'),
    400: errorResponses[400],
    401: errorResponses[401],
  },
});

const createRouteDef = createRoute({
  method: 'post',
  path: '/community/cases',
  tags: ['community'],
  summary: '好事例・課題を登録（管理者・人材機構・団体の担当者・配属された共通人材）',
  request: { body: { required: true, content: { 'application/json': { schema: CreateCaseSchema } } } },
  responses: {
    201: jsonResponse(CaseSchema, '登録した事例・課題'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

/** The CDO forum's members and the cases shared from the posts (the sharing cycle of p.19). */
export function casesRoutes() {
  return createRouter()
    .openapi(membersRoute, async (c) => {
      requireActor(c.get('actor'));
      const items = (await listForumMembers(c.get('db'))).map((m) => ({
        orgCode: m.orgCode,
        organisationName: m.organisationName,
        title: m.title,
      }));
      return c.json({ items, total: items.length }, 200);
    })
    .openapi(listRoute, async (c) => {
      requireActor(c.get('actor'));
      const items = (await listCases(c.get('db'), c.req.valid('query'))).map(presentCase);
      return c.json({ items, total: items.length }, 200);
    })
    .openapi(createRouteDef, async (c) => {
      const actor = requireRole(
        c.get('actor'),
        'admin',
        'talent_officer',
        'municipal_manager',
        'municipal_staff',
        'member',
      );
      const row = await createCase(c.get('db'), actor, c.req.valid('json'), c.get('requestId'));
      return c.json(presentCase(row), 201);
    });
}
