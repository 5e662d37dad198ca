import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../../platform/actor.ts';
import { etagOf, expectedVersionOf, IfMatchHeaders } from '../../platform/concurrency.ts';
import { createRouter, errorResponses, jsonResponse, versionedResponse } from '../../platform/http.ts';
import { addEvidence } from './add-evidence.ts';
import { listSkillSheets } from './list-skill-sheets.ts';
import { loadSheetView } from './load-sheet-views.ts';
import { openSkillSheet } from './open-skill-sheet.ts';
import { removeEvidence } from './remove-evidence.ts';
import { saveEvaluation } from './save-evaluation.ts';
import { saveSelfAssessment } from './save-self-assessment.ts';
import { presentEvidence, presentSheet } from './skill-sheets.presenter.ts';
import {
  AddEvidenceSchema,
  EvaluationSchema,
  EvidenceParams,
  EvidenceSchema,
  OpenSheetSchema,
  PersonParams,
  SelfAssessmentSchema,
  SheetParams,
  SkillSheetListSchema,
  SkillSheetSchema,
} from './skill-sheets.schema.ts';

const { 400: e400, 401: e401, 403: e403, 404: e404, 409: e409 } = errorResponses;
const json = <T>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });

const listRoute = createRoute({
  method: 'get',
  path: '/people/{id}/skill-sheets',
  tags: ['skills'],
  summary: 'デジタルスキルシートの履歴（本人・人材機構・管理者・配属先のDX責任者）',
  request: { params: PersonParams },
  responses: {
    200: jsonResponse(SkillSheetListSchema, '年度順のスキルシート'),
    400: e400,
    401: e401,
    403: e403,
    404: e404,
  },
});

const openRoute = createRoute({
  method: 'post',
  path: '/people/{id}/skill-sheets',
  tags: ['skills'],
  summary: '年度のスキルシートを作成（本人・人材機構・管理者）',
  request: { params: PersonParams, body: json(OpenSheetSchema) },
  responses: {
    201: jsonResponse(SkillSheetSchema, '作成したスキルシート'),
    400: e400,
    401: e401,
    403: e403,
    404: e404,
    409: e409,
  },
});

const selfRoute = createRoute({
  method: 'put',
  path: '/skill-sheets/{sheetId}/self-assessment',
  tags: ['skills'],
  summary: '自己評価（本人のみ）',
  request: { params: SheetParams, headers: IfMatchHeaders, body: json(SelfAssessmentSchema) },
  responses: {
    200: versionedResponse(SkillSheetSchema, '更新後のスキルシート'),
    412: errorResponses[412],
    400: e400,
    401: e401,
    403: e403,
    404: e404,
    409: e409,
  },
});

const evaluationRoute = createRoute({
  method: 'put',
  path: '/skill-sheets/{sheetId}/evaluation',
  tags: ['skills'],
  summary: '評価者の評価（人材機構・管理者・配属先のDX責任者。本人は不可）',
  request: { params: SheetParams, headers: IfMatchHeaders, body: json(EvaluationSchema) },
  responses: {
    200: versionedResponse(SkillSheetSchema, '更新後のスキルシート'),
    412: errorResponses[412],
    400: e400,
    401: e401,
    403: e403,
    404: e404,
  },
});

const addEvidenceRoute = createRoute({
  method: 'post',
  path: '/skill-sheets/{sheetId}/evidence',
  tags: ['skills'],
  summary: '根拠（資格・修了した研修・OJT）を登録（本人・評価者）',
  request: { params: SheetParams, body: json(AddEvidenceSchema) },
  responses: {
    201: jsonResponse(EvidenceSchema, '登録した根拠'),
    400: e400,
    401: e401,
    403: e403,
    404: e404,
    409: e409,
  },
});

const removeEvidenceRoute = createRoute({
  method: 'delete',
  path: '/skill-sheets/{sheetId}/evidence/{evidenceId}',
  tags: ['skills'],
  summary: '根拠を削除（本人・評価者）',
  request: { params: EvidenceParams },
  responses: { 204: { description: '削除しました' }, 400: e400, 401: e401, 403: e403, 404: e404 },
});

/**
 * The デジタルスキルシート: history, opening a 年度, self-assessment, evaluation, evidence.
 * requireRole admits the roles that can ever act; the use case then decides by the actor's relation
 * to the person (person-access.ts): 404 when the person is not visible, 403 when visible but not theirs.
 */
export function skillSheetRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin', 'talent_officer', 'municipal_manager', 'member');
      const { id } = c.req.valid('param');
      const views = await listSkillSheets(c.get('db'), actor, id);
      return c.json({ personId: id, items: views.map(presentSheet) }, 200);
    })
    .openapi(openRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin', 'talent_officer', 'member');
      const db = c.get('db');
      const sheet = await openSkillSheet(
        db,
        actor,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('requestId'),
      );
      return c.json(presentSheet(await loadSheetView(db, sheet)), 201);
    })
    .openapi(selfRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'member');
      const db = c.get('db');
      const sheetId = c.req.valid('param').sheetId;
      const expected = expectedVersionOf(c.req.valid('header'));
      const sheet = await saveSelfAssessment(
        db,
        actor,
        sheetId,
        c.req.valid('json'),
        c.get('requestId'),
        expected,
      );
      c.header('ETag', etagOf(sheet.version));
      return c.json(presentSheet(await loadSheetView(db, sheet)), 200);
    })
    .openapi(evaluationRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin', 'talent_officer', 'municipal_manager');
      const db = c.get('db');
      const sheetId = c.req.valid('param').sheetId;
      const expected = expectedVersionOf(c.req.valid('header'));
      const sheet = await saveEvaluation(
        db,
        actor,
        sheetId,
        c.req.valid('json'),
        c.get('requestId'),
        expected,
      );
      c.header('ETag', etagOf(sheet.version));
      return c.json(presentSheet(await loadSheetView(db, sheet)), 200);
    })
    .openapi(addEvidenceRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin', 'talent_officer', 'municipal_manager', 'member');
      const sheetId = c.req.valid('param').sheetId;
      const created = await addEvidence(c.get('db'), actor, sheetId, c.req.valid('json'), c.get('requestId'));
      return c.json(presentEvidence(created), 201);
    })
    .openapi(removeEvidenceRoute, async (c) => {
      const actor = requireRole(c.get('actor'), 'admin', 'talent_officer', 'municipal_manager', 'member');
      const { sheetId, evidenceId } = c.req.valid('param');
      await removeEvidence(c.get('db'), actor, sheetId, evidenceId, c.get('requestId'));
      return c.body(null, 204);
    });
}
