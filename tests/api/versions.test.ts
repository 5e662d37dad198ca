import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/test-app.ts';

/**
 * Optimistic concurrency (decision 012) on the records people edit: GET/PUT/PATCH answer the version
 * as ETag; a stale If-Match is 412 STALE_VERSION and changes nothing; no If-Match keeps the old
 * behaviour. The systems of the 台帳 are tested in their feature.
 */

let t: TestApp;
let officer: Session;
let manager: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.as('talent_officer');
  manager = await t.as('municipal_manager', '342157');
});
afterAll(() => t.close());

type Versioned = { id: string | number; version: number };
const code = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

/** Creates a record, then checks the version protocol on one of its edit routes. */
async function checkProtocol(options: {
  created: Response;
  as: Session;
  method: string;
  path: (id: string | number) => string;
  body?: (i: number) => unknown;
  read?: (id: string | number) => Promise<Versioned>;
}) {
  expect(options.created.status).toBe(201);
  const record = (await options.created.json()) as Versioned;
  expect(record.version).toBe(1);
  const send = (i: number, ifMatch?: string) =>
    t.request(options.method, options.path(record.id), {
      as: options.as,
      ...(options.body ? { body: options.body(i) } : {}),
      ...(ifMatch ? { headers: { 'if-match': ifMatch } } : {}),
    });
  const first = await send(1, '"1"');
  expect(first.status).toBe(200);
  expect(first.headers.get('etag')).toBe('"2"');
  expect(((await first.json()) as Versioned).version).toBe(2);
  const stale = await send(2, '"1"');
  expect(stale.status).toBe(412);
  expect(await code(stale)).toBe('STALE_VERSION');
  if (options.read) expect((await options.read(record.id)).version).toBe(2);
  const malformed = await send(3, 'x');
  expect(malformed.status).toBe(400);
  const blind = await send(4);
  expect(blind.status).toBe(200);
  expect(blind.headers.get('etag')).toBe('"3"');
}

describe('ETag / If-Match on every edited record', () => {
  it('practices: PATCH, and DELETE with a stale version is refused', async () => {
    const created = await t.request('POST', '/api/practices', {
      as: manager,
      body: { title: '版の確認', summary: '概要', fiscalYear: 2024, category: '好事例', status: '実施中' },
    });
    const read = async (id: string | number) => {
      const res = await t.request('GET', `/api/practices/${id}`, { as: manager });
      expect(res.headers.get('etag')).toMatch(/^"\d+"$/);
      return (await res.json()) as Versioned;
    };
    await checkProtocol({
      created: created.clone(),
      as: manager,
      method: 'PATCH',
      path: (id) => `/api/practices/${id}`,
      body: (i) => ({ summary: `変更 ${i}` }),
      read,
    });
    const { id } = (await created.json()) as Versioned;
    const del = await t.request('DELETE', `/api/practices/${id}`, {
      as: manager,
      headers: { 'if-match': '"1"' },
    });
    expect(del.status).toBe(412);
    expect((await t.request('GET', `/api/practices/${id}`, { as: manager })).status).toBe(200);
  });

  it('people: PATCH and PUT …/status', async () => {
    const person = (employeeNo: string) => ({
      employeeNo,
      name: '版 確認',
      kana: 'はん かくにん',
      employerOrgCode: '340006',
      category: 'pref_it',
      hiringRoute: 'mid_career',
      hiringFiscalYear: 2024,
      hiredOn: '2024-04-01',
      grade: '主任',
      primaryJobType: 'business_designer',
    });
    const read = async (id: string | number) =>
      (await (await t.request('GET', `/api/people/${id}`, { as: officer })).json()) as Versioned;
    await checkProtocol({
      created: await t.request('POST', '/api/people', { as: officer, body: person('VER-1') }),
      as: officer,
      method: 'PATCH',
      path: (id) => `/api/people/${id}`,
      body: (i) => ({ careerGoal: `目標 ${i}` }),
      read,
    });
    await checkProtocol({
      created: await t.request('POST', '/api/people', { as: officer, body: person('VER-2') }),
      as: officer,
      method: 'PUT',
      path: (id) => `/api/people/${id}/status`,
      body: (i) => ({ status: i % 2 === 0 ? 'active' : 'leave' }),
      read,
    });
  });

  it('exams: PATCH', async () => {
    await checkProtocol({
      created: await t.request('POST', '/api/recruitment/exams', {
        as: officer,
        body: {
          fiscalYear: 2032,
          route: 'mid_career',
          applicants: 10,
          finalPassers: 2,
          hires: null,
          plannedHires: 2,
          note: '',
        },
      }),
      as: officer,
      method: 'PATCH',
      path: (id) => `/api/recruitment/exams/${id}`,
      body: (i) => ({ applicants: 10 + i }),
    });
  });

  it('documents If-Match on the edit routes of every versioned record', async () => {
    const doc = (await (await t.request('GET', '/api/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<string, { parameters?: { name: string; in: string }[]; responses: object }>
      >;
    };
    const edits = [
      ['patch', '/api/practices/{id}'],
      ['delete', '/api/practices/{id}'],
      ['patch', '/api/people/{id}'],
      ['put', '/api/people/{id}/status'],
      ['put', '/api/posts/{id}'],
      ['put', '/api/skill-sheets/{sheetId}/self-assessment'],
      ['put', '/api/skill-sheets/{sheetId}/evaluation'],
      ['put', '/api/people/{id}/training-plans/{fiscalYear}/items'],
      ['patch', '/api/meetings/{id}'],
      ['patch', '/api/commitments/{id}'],
      ['patch', '/api/recruitment/exams/{id}'],
    ] as const;
    for (const [method, path] of edits) {
      const op = doc.paths[path]?.[method];
      expect(
        op?.parameters?.some((p) => p.in === 'header' && p.name === 'if-match'),
        `${method} ${path}`,
      ).toBe(true);
      expect(Object.keys(op?.responses ?? {}), `${method} ${path}`).toContain('412');
    }
  });
});
