import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveOnLoopback } from '../../../tests/support/http-server.ts';
import { createTestApp, type Session, type TestApp } from '../../../tests/support/test-app.ts';
import { SECURITY_HEADERS } from './response-headers.ts';

/**
 * The default headers reach the client by two carriers (see response-headers.ts): the Node response
 * on a real server, the Fetch Response in process. Both must give the same answer, and a route's own
 * header must win over a default on both.
 */
let t: TestApp;
let server: { url: string; close: () => Promise<void> };
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  server = await serveOnLoopback(t.app);
  admin = await t.as('admin');
});
afterAll(async () => {
  await server.close();
  await t.close();
});

/** The same request in process and over HTTP. */
async function both(path: string, headers: Record<string, string> = {}): Promise<Response[]> {
  return Promise.all([
    t.app.request(path, { headers }),
    fetch(`${server.url}${path}`, { headers: { 'accept-encoding': 'identity', ...headers } }),
  ]);
}

/** The headers this module is responsible for, as the client sees them. */
function defaultsOf(res: Response): Record<string, string | null> {
  const names = [...SECURITY_HEADERS.map(([name]) => name), 'Cache-Control', 'Vary'];
  return Object.fromEntries(names.map((name) => [name.toLowerCase(), res.headers.get(name)]));
}

describe('default response headers, in process and on a real server', () => {
  it('an API answer carries the security policy, no-store and Vary on both carriers', async () => {
    const [inProcess, overHttp] = await both('/api/health');
    expect(overHttp!.status).toBe(200);
    for (const res of [inProcess!, overHttp!]) {
      for (const [name, value] of SECURITY_HEADERS) expect(res.headers.get(name), name).toBe(value);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('vary')).toBe('Accept-Encoding');
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(defaultsOf(overHttp!)).toEqual(defaultsOf(inProcess!));
  });

  it('an error answer carries them too', async () => {
    const [inProcess, overHttp] = await both('/api/nothing-here', { cookie: admin.cookie });
    expect(overHttp!.status).toBe(404);
    expect(defaultsOf(overHttp!)).toEqual(defaultsOf(inProcess!));
    expect(overHttp!.headers.get('cache-control')).toBe('no-store');
  });

  it("a route's own Cache-Control wins over the default", async () => {
    const [inProcess, overHttp] = await both('/api/orgs', { cookie: admin.cookie });
    expect(overHttp!.status).toBe(200);
    expect(inProcess!.headers.get('cache-control')).toBe('private, no-cache');
    expect(overHttp!.headers.get('cache-control')).toBe('private, no-cache');
    expect(overHttp!.headers.get('etag')).toBe(inProcess!.headers.get('etag'));
    expect(defaultsOf(overHttp!)).toEqual(defaultsOf(inProcess!));
  });

  it('a page (outside the API) carries the security policy but no API caching default', async () => {
    const [inProcess, overHttp] = await both('/no-such-page.txt');
    for (const res of [inProcess!, overHttp!]) {
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('cache-control')).toBeNull();
    }
  });

  it("a client's plain request id is kept, anything else is replaced", async () => {
    const [kept] = await both('/api/health', { 'x-request-id': 'lb-1234_abc=' });
    const overHttp = await fetch(`${server.url}/api/health`, { headers: { 'x-request-id': 'lb-1234_abc=' } });
    expect(kept!.headers.get('x-request-id')).toBe('lb-1234_abc=');
    expect(overHttp.headers.get('x-request-id')).toBe('lb-1234_abc=');
    const replaced = await fetch(`${server.url}/api/health`, { headers: { 'x-request-id': 'a b;c' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a compressed JSON answer still varies by Accept-Encoding on the real server', async () => {
    const res = await fetch(`${server.url}/api/openapi.json`, {
      headers: { cookie: admin.cookie, 'accept-encoding': 'gzip' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
