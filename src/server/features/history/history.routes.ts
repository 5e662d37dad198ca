import { createRoute, z } from '@hono/zod-openapi';
import type { Role } from '../../../domain/roles.ts';
import { requireActor, requireRole } from '../../platform/actor.ts';
import { createRouter, errorResponses, jsonResponse } from '../../platform/http.ts';
import { SerialIdParams, UuidId } from '../../platform/params.ts';
import { getRecordHistory } from './get-record-history.ts';
import { HistorySchema } from './history.schema.ts';

const UuidIdParams = z.object({ id: UuidId.openapi({ param: { name: 'id', in: 'path' } }) });

/** Roles that may read people at all (the talent routes' readers); which people, the person access decides. */
const PEOPLE_READERS: Role[] = ['admin', 'talent_officer', 'municipal_manager', 'municipal_staff', 'member'];

const responses = {
  200: jsonResponse(HistorySchema, '変更履歴（新しい順）'),
  400: errorResponses[400],
  401: errorResponses[401],
  404: errorResponses[404],
};

const systemRoute = createRoute({
  method: 'get',
  path: '/systems/{id}/history',
  tags: ['history'],
  summary: '情報システムの変更履歴（だれが・いつ・どの項目を変更したか）',
  request: { params: SerialIdParams },
  responses: { ...responses },
});

const practiceRoute = createRoute({
  method: 'get',
  path: '/practices/{id}/history',
  tags: ['history'],
  summary: 'DX施策・好事例の変更履歴（だれが・いつ・どの項目を変更したか）',
  request: { params: SerialIdParams },
  responses: { ...responses },
});

const personRoute = createRoute({
  method: 'get',
  path: '/people/{id}/history',
  tags: ['history'],
  summary: '人材（個人情報は閲覧権限に応じて伏せる）の変更履歴（だれが・いつ・どの項目を変更したか）',
  request: { params: UuidIdParams },
  responses: { ...responses, 403: errorResponses[403] },
});

const postRoute = createRoute({
  method: 'get',
  path: '/posts/{id}/history',
  tags: ['history'],
  summary: 'ポストの変更履歴（だれが・いつ・どの項目を変更したか）',
  request: { params: UuidIdParams },
  responses: { ...responses },
});

const meetingRoute = createRoute({
  method: 'get',
  path: '/meetings/{id}/history',
  tags: ['history'],
  summary: '会議の変更履歴（だれが・いつ・どの項目を変更したか）',
  request: { params: UuidIdParams },
  responses: { ...responses },
});

const commitmentRoute = createRoute({
  method: 'get',
  path: '/commitments/{id}/history',
  tags: ['history'],
  summary: '決定事項・コミットの変更履歴（だれが・いつ・どの項目を変更したか）',
  request: { params: UuidIdParams },
  responses: { ...responses },
});

/**
 * 変更履歴: the audit entries of one record as a diff of named fields, for everyone who may read the
 * record (each kind checks access as its own GET does).
 */
export function historyRoutes() {
  return createRouter()
    .openapi(systemRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      const items = await getRecordHistory(c.get('db'), actor, 'system', c.req.valid('param').id);
      return c.json({ items }, 200);
    })
    .openapi(practiceRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      const items = await getRecordHistory(c.get('db'), actor, 'practice', c.req.valid('param').id);
      return c.json({ items }, 200);
    })
    .openapi(personRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...PEOPLE_READERS);
      const items = await getRecordHistory(c.get('db'), actor, 'person', c.req.valid('param').id);
      return c.json({ items }, 200);
    })
    .openapi(postRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      const items = await getRecordHistory(c.get('db'), actor, 'post', c.req.valid('param').id);
      return c.json({ items }, 200);
    })
    .openapi(meetingRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      const items = await getRecordHistory(c.get('db'), actor, 'meeting', c.req.valid('param').id);
      return c.json({ items }, 200);
    })
    .openapi(commitmentRoute, async (c) => {
      const actor = requireActor(c.get('actor'));
      const items = await getRecordHistory(c.get('db'), actor, 'commitment', c.req.valid('param').id);
      return c.json({ items }, 200);
    });
}
