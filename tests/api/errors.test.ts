import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBatches } from '../../src/db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
});
afterAll(() => t.close());

const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string } }).error;

describe('errors', () => {
  it('malformed JSON is a 400 with a Japanese message, not a 500', async () => {
    const res = await t.request('POST', '/api/users', { as: admin, body: '{"login": ' });
    expect(res.status).toBe(400);
    const e = await errorOf(res);
    expect(e.code).toBe('MALFORMED_REQUEST');
    expect(e.message).toMatch(/[ぁ-んァ-ヶ一-龠]/);
  });

  it('a wrong content type is a 415', async () => {
    const res = await t.request('POST', '/api/users', {
      as: admin,
      body: 'login=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect([400, 415]).toContain(res.status);
    expect((await errorOf(res)).code).not.toBe('INTERNAL_ERROR');
  });

  it('an oversized body is a 413', async () => {
    const res = await t.request('POST', '/api/users', {
      as: admin,
      body: JSON.stringify({ login: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('an unknown API path is a JSON 404 for a signed-in user', async () => {
    const res = await t.request('GET', '/api/nothing-here', { as: admin });
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('NOT_FOUND');
  });

  it('never leaks a stack trace', async () => {
    const res = await t.request('POST', '/api/users', { as: admin, body: '[' });
    expect(await res.text()).not.toMatch(/at .*\.ts:\d+/);
  });

  it('sends security headers', async () => {
    const res = await t.request('GET', '/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });
});

describe('OpenAPI', () => {
  it('is an OpenAPI 3.1 document with a schema for every response of every route', async () => {
    const res = await t.request('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, { content?: object }> }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p));
    expect(ops.length).toBeGreaterThanOrEqual(10);
    for (const op of ops) {
      for (const [status, response] of Object.entries(op.responses)) {
        // 204 and redirects (the OpenID Connect routes' 302) have no body.
        if (status !== '204' && !/^3\d\d$/.test(status)) expect(response.content, status).toBeDefined();
      }
    }
  });
});

describe('the size of an import file', () => {
  // This app takes requests up to 1 MB and import files up to 2 MB.
  let small: TestApp;
  let officer: Session;
  beforeAll(async () => {
    small = await createTestApp({ importLimitBytes: 2 * 1024 * 1024 });
    officer = await small.as('admin');
  });
  afterAll(() => small.close());

  const csvOf = (bytes: number) => {
    const header = 'システム名,業務,稼働環境\r\n';
    const row = 'テスト用システム,その他,クラウド\r\n';
    const rowBytes = Buffer.byteLength(row);
    return header + row.repeat(Math.ceil((bytes - Buffer.byteLength(header)) / rowBytes));
  };
  /** Uploads the file; with `declared`, the size is sent as Content-Length (else the body streams). */
  const upload = (body: string, declared = false) =>
    small.app.request('/api/systems/import?filename=daicho.csv', {
      method: 'POST',
      headers: {
        cookie: officer.cookie,
        'x-csrf-token': officer.csrfToken,
        'content-type': 'text/csv',
        ...(declared ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
      },
      body,
    });

  it('may exceed the request limit: imports have their own, larger one', async () => {
    const res = await upload(csvOf(1.5 * 1024 * 1024), true);
    expect(res.status).toBe(201);
    expect(((await res.json()) as { errorCount: number; totalRows: number }).totalRows).toBeGreaterThan(
      30_000,
    );
  });

  it.each([
    ['declared (Content-Length): refused before reading', true],
    ['undeclared (streamed): refused once the bytes pass the limit', false],
  ])('above the import limit is a 413 that says the limit, and nothing is kept — %s', async (_, declared) => {
    const batches = async () => (await small.db.select().from(importBatches)).length;
    const before = await batches();
    const res = await upload(csvOf(2.5 * 1024 * 1024), declared);
    expect(res.status).toBe(413);
    expect(await batches()).toBe(before);
    const e = await errorOf(res);
    expect(e.code).toBe('PAYLOAD_TOO_LARGE');
    expect(e.message).toContain('上限 2 MB');
  });

  it('other requests keep the smaller limit', async () => {
    const res = await small.request('POST', '/api/users', {
      as: officer,
      body: JSON.stringify({ login: 'x'.repeat(1.5 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
  });
});
