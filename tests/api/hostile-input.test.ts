import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBatches, people, systems } from '../../src/db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/test-app.ts';

type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

let t: TestApp;
let admin: Session;
let officer: Session;
let etajima: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  officer = await t.as('talent_officer');
  etajima = await t.as('municipal_manager', '342157');
});
afterAll(() => t.close());

const system = { name: '住民記録システム', business: '住民基本台帳', hosting: 'ガバメントクラウド' };
const person = {
  employeeNo: 'H00001',
  name: '試験 花子',
  kana: 'しけん はなこ',
  employerOrgCode: '340006',
  category: 'pref_it',
  hiringRoute: 'mid_career',
  hiringFiscalYear: 2023,
  hiredOn: '2023-04-01',
  grade: '主任',
  primaryJobType: 'business_designer',
};

async function errorOf(res: Response) {
  return ((await res.json()) as ErrorBody).error;
}
const systemCount = async () => (await t.db.select({ n: count() }).from(systems))[0]!.n;

describe('NUL and lone surrogates are refused at the edge (400, the field named)', () => {
  it.each([
    ['NUL in a top-level string', { ...system, name: 'a\u0000b' }, 'name'],
    ['a lone high surrogate', { ...system, vendor: 'x\ud800' }, 'vendor'],
    ['a lone low surrogate', { ...system, note: '\udc00' }, 'note'],
  ])('%s in a JSON body', async (_, body, field) => {
    const before = await systemCount();
    const res = await t.request('POST', '/api/systems', { as: etajima, body });
    expect(res.status).toBe(400);
    const e = await errorOf(res);
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.issues?.map((i) => i.path)).toEqual([field]);
    expect(await systemCount()).toBe(before);
  });

  it('at any depth, and in object keys', async () => {
    const deep = await t.request('POST', '/api/people', {
      as: officer,
      body: { ...person, certifications: [{ code: 'ip', passedOn: '2023-01-01\u0000' }] },
    });
    expect(deep.status).toBe(400);
    expect((await errorOf(deep)).issues?.[0]?.path).toBe('certifications.0.passedOn');
    const key = await t.request('POST', '/api/systems', { as: etajima, body: { ...system, 'x\u0000': 1 } });
    expect(key.status).toBe(400);
    expect((await errorOf(key)).code).toBe('VALIDATION_FAILED');
  });

  it('on the login route too (before any session)', async () => {
    const res = await t.request('POST', '/api/auth/login', { body: { login: 'a\u0000', password: 'x' } });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).issues?.[0]?.path).toBe('login');
  });

  it('in query parameters: the export answers 400 instead of breaking the connection after 200', async () => {
    for (const query of ['q=%00', 'q=a%00b', 'vendor=%00', 'q=%ED%A0%80', 'q=%ZZ']) {
      const res = await t.request('GET', `/api/systems/export?${query}`, { as: etajima });
      expect(res.status, query).toBe(400);
      const e = await errorOf(res);
      expect(e.code).toBe('VALIDATION_FAILED');
      expect(e.issues?.[0]?.path).toBe(query.split('=')[0]);
    }
    const audit = await t.request('GET', '/api/audit?entityId=%00', { as: admin });
    expect(audit.status).toBe(400);
  });

  it('in path parameters, named by the route', async () => {
    const res = await t.request('GET', '/api/orgs/34215%00', { as: etajima });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).issues?.[0]?.path).toBe('code');
  });

  it('in the JSON escapes of an import mapping', async () => {
    const mapping = encodeURIComponent(JSON.stringify({ 'a\u0000': 'name' }));
    const res = await t.app.request(`/api/systems/import?mapping=${mapping}`, {
      method: 'POST',
      headers: { cookie: etajima.cookie, 'x-csrf-token': etajima.csrfToken, 'content-type': 'text/csv' },
      body: 'システム名,業務,稼働環境\r\nx,その他,クラウド\r\n',
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).issues?.[0]?.path).toBe('mapping');
  });

  it('in import cells: a row error naming the column, and the preview keeps nothing it cannot store', async () => {
    const batches = async () => (await t.db.select({ n: count() }).from(importBatches))[0]!.n;
    const before = await batches();
    const csv =
      'システム名,業務,稼働環境,メモ\r\nよい行,その他,クラウド,\r\nNUL\u0000入り,その他,クラウド,x\u0000\r\n';
    const res = await t.app.request('/api/systems/import?filename=x.csv&encoding=utf-8', {
      method: 'POST',
      headers: { cookie: etajima.cookie, 'x-csrf-token': etajima.csrfToken, 'content-type': 'text/csv' },
      body: csv,
    });
    expect(res.status).toBe(201);
    const preview = (await res.json()) as {
      validRows: number;
      errors: { row: number; column: string; message: string }[];
    };
    expect(preview.validRows).toBe(1);
    expect(preview.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'システム名'],
      [3, 'メモ'],
    ]);
    expect(await batches()).toBe(before + 1);
  });

  it('keeps right-to-left marks and other legal format characters as given', async () => {
    const name = 'RTL\u202Eテスト\u200F\u200D👍';
    const res = await t.request('POST', '/api/systems', { as: etajima, body: { ...system, name } });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: number; name: string };
    expect(created.name).toBe(name);
    const got = await t.request('GET', `/api/systems/${created.id}`, { as: etajima });
    expect(((await got.json()) as { name: string }).name).toBe(name);
  });
});

describe('validation returns issues, it never throws', () => {
  const peopleCount = async () => (await t.db.select({ n: count() }).from(people))[0]!.n;
  it.each([
    ['hiredOn: "abc"', { hiredOn: 'abc' }, 'hiredOn'],
    ['hiredOn: "2023-02-30"', { hiredOn: '2023-02-30' }, 'hiredOn'],
    ['hiringFiscalYear: 12345', { hiringFiscalYear: 12345 }, 'hiringFiscalYear'],
    ['hiringFiscalYear: -1', { hiringFiscalYear: -1 }, 'hiringFiscalYear'],
  ])('POST /api/people with %s is a 400 on the field', async (_, over, field) => {
    const before = await peopleCount();
    const res = await t.request('POST', '/api/people', { as: officer, body: { ...person, ...over } });
    expect(res.status).toBe(400);
    const e = await errorOf(res);
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.issues?.map((i) => i.path)).toContain(field);
    expect(await peopleCount()).toBe(before);
  });
});

describe('a malformed Origin is refused as cross-site (403), never a 500', () => {
  it.each(['x', 'http://', 'file:///etc/passwd', '://', 'http://[::1'])('Origin: %s', async (origin) => {
    const login = await t.request('POST', '/api/auth/login', {
      body: { login: 'nobody', password: 'x' },
      headers: { origin },
    });
    expect(login.status).toBe(403);
    expect((await errorOf(login)).code).toBe('CSRF_REJECTED');
    const write = await t.request('POST', '/api/systems', { as: etajima, body: system, headers: { origin } });
    expect(write.status).toBe(403);
  });

  it('a same-site Origin and a wrong CSRF token of the same length', async () => {
    const same = await t.request('POST', '/api/systems', {
      as: etajima,
      body: { ...system, name: '同一オリジン' },
      headers: { origin: 'http://localhost' },
    });
    expect(same.status).toBe(201);
    const flipped = etajima.csrfToken.replace(/^./, (ch) => (ch === 'A' ? 'B' : 'A'));
    const wrong = await t.request('POST', '/api/systems', {
      as: etajima,
      body: system,
      headers: { 'x-csrf-token': flipped },
    });
    expect(wrong.status).toBe(403);
    const longer = await t.request('POST', '/api/systems', {
      as: etajima,
      body: system,
      headers: { 'x-csrf-token': `${etajima.csrfToken}x` },
    });
    expect(longer.status).toBe(403);
  });
});

describe('ids in paths and queries are strict', () => {
  const loose = ['1e3', '%201%20', '0x1', '01', '-1', '1.0', '+1', '99999999999'];
  it.each([
    ['GET', '/api/practices/:id'],
    ['GET', '/api/procurement/joint-systems/:id'],
    ['POST', '/api/training-plan-items/:id/complete'],
    ['DELETE', '/api/skill-sheets/00000000-0000-4000-8000-000000000000/evidence/:id'],
  ])('%s %s', async (method, template) => {
    for (const id of loose) {
      const res = await t.request(method, template.replace(':id', id), {
        as: admin,
        ...(method === 'POST' ? { body: { completedOn: '2024-04-01' } } : {}),
      });
      expect(res.status, id).toBe(400);
      expect((await errorOf(res)).code, id).toBe('VALIDATION_FAILED');
    }
  });

  it('the audit cursor and uuids (any version, no spaces)', async () => {
    for (const before of ['1e3', '%201', '0', '-5']) {
      expect((await t.request('GET', `/api/audit?before=${before}`, { as: admin })).status, before).toBe(400);
    }
    expect((await t.request('GET', '/api/audit?before=5', { as: admin })).status).toBe(200);
    const bad = await t.request('GET', '/api/people/%20not-a-uuid', { as: admin });
    expect(bad.status).toBe(400);
  });
});

describe('caching of API responses', () => {
  it('authenticated JSON (and errors) are no-store', async () => {
    for (const path of ['/api/systems', '/api/people', '/api/auth/me', '/api/nothing-here']) {
      const res = await t.request('GET', path, { as: officer });
      expect(res.headers.get('cache-control'), path).toBe('no-store');
    }
  });

  it.each(['/api/orgs', '/api/job-types', '/api/skills/catalogue'])(
    '%s is private, no-cache with an ETag, and 304 on a matching If-None-Match',
    async (path) => {
      const first = await t.request('GET', path, { as: officer });
      expect(first.status).toBe(200);
      expect(first.headers.get('cache-control')).toBe('private, no-cache');
      const tag = first.headers.get('etag');
      expect(tag).toMatch(/^"[^"]+"$/);
      const again = await t.request('GET', path, { as: etajima, headers: { 'if-none-match': tag! } });
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(tag);
      expect(again.headers.get('cache-control')).toBe('private, no-cache');
      const other = await t.request('GET', path, { as: officer, headers: { 'if-none-match': '"other"' } });
      expect(other.status).toBe(200);
      // Without a session it is still a 401, never a cached copy.
      expect((await t.request('GET', path, { headers: { 'if-none-match': tag! } })).status).toBe(401);
    },
  );
});
