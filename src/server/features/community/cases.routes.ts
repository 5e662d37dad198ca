import { createRoute, z } from '@hono/zod-openapi';
import { requireActor, requireRole } from '../../platform/actor.ts';
import { etagOf, expectedVersionOf, IfMatchHeaders } from '../../platform/concurrency.ts';
import { createRouter, errorResponses, jsonResponse, versionedResponse } from '../../platform/http.ts';
import { UuidId } from '../../platform/params.ts';
import { createCase, listCases } from './cases.ts';
import { presentCase } from './community.presenter.ts';
import { CaseListSchema, CaseSchema, ForumMemberListSchema } from './community.responses.ts';
import { CaseListQuerySchema, CreateCaseSchema, UpdateCaseSchema } from './community.schema.ts';
import { getCase } from './get-case.ts';
import { listForumMembers } from './list-forum-members.ts';
import { updateCase } from './update-case.ts';

const CaseIdParams = z.object({ id: UuidId.openapi({ param: { name: 'id', in: 'path' } }) });

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

const getRouteDef = createRoute({
  method: 'get',
  path: '/community/cases/{id}',
  tags: ['community'],
  summary: '好事例・課題1件（対応状況・対応内容・結び付いた好事例）',
  request: { params: CaseIdParams },
  responses: {
    200: versionedResponse(CaseSchema, '事例・課題'),
    400: errorResponses[400],
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const updateRouteDef = createRoute({
  method: 'patch',
  path: '/community/cases/{id}',
  tags: ['community'],
  summary:
    '好事例・課題の対応（未対応・対応中・解決、対応内容、好事例DBの施策との結び付け）。管理者・人材機構・その団体の担当者・報告者',
  request: {
    params: CaseIdParams,
    headers: IfMatchHeaders,
    body: { required: true, content: { 'application/json': { schema: UpdateCaseSchema } } },
  },
  responses: {
    200: versionedResponse(CaseSchema, '更新後の事例・課題'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    412: errorResponses[412],
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
    })
    .openapi(getRouteDef, async (c) => {
      requireActor(c.get('actor'));
      const row = await getCase(c.get('db'), c.req.valid('param').id);
      c.header('ETag', etagOf(row.version));
      return c.json(presentCase(row), 200);
    })
    .openapi(updateRouteDef, async (c) => {
      const actor = requireRole(
        c.get('actor'),
        'admin',
        'talent_officer',
        'municipal_manager',
        'municipal_staff',
        'member',
      );
      const row = await updateCase(
        c.get('db'),
        actor,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('requestId'),
        expectedVersionOf(c.req.valid('header')),
      );
      c.header('ETag', etagOf(row.version));
      return c.json(presentCase(row), 200);
    });
}
