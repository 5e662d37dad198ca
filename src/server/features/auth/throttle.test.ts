import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveOnLoopback } from '../../../../tests/support/http-server.ts';
import {
  createTestApp,
  type Session,
  TEST_PASSWORD,
  type TestApp,
} from '../../../../tests/support/test-app.ts';
import { loginAttempts } from '../../../db/schema/index.ts';
import { parseTrustProxy } from '../../platform/client-address.ts';
import { THROTTLE } from './throttle.ts';

/** Sign-in throttling over real HTTP (the socket's address is real: 127.0.0.1). */

type Answer = { status: number; retryAfter: string | null; code?: string };

async function postLogin(
  url: string,
  login: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ login, password }),
  });
  const body = (await res.json()) as { error?: { code: string } };
  return { status: res.status, retryAfter: res.headers.get('retry-after'), code: body.error?.code };
}

const count = (answers: Answer[], status: number) => answers.filter((a) => a.status === status).length;

describe('parallel wrong passwords for one login (no proxy trusted)', () => {
  let t: TestApp;
  let server: { url: string; close: () => Promise<void> };
  let target: Session;
  beforeAll(async () => {
    t = await createTestApp();
    server = await serveOnLoopback(t.app);
    target = await t.as('admin');
  });
  afterAll(async () => {
    await server.close();
    await t.close();
  });

  it('60 at once: at most 5 are checked (401), the rest are 429 with Retry-After', async () => {
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => postLogin(server.url, target.login, `wrong guess ${i}`)),
    );
    expect(count(answers, 401)).toBeLessThanOrEqual(THROTTLE.maxFailuresPerLogin);
    expect(count(answers, 401) + count(answers, 429)).toBe(60);
    const throttled = answers.filter((a) => a.status === 429);
    expect(throttled.every((a) => a.code === 'LOGIN_THROTTLED' && Number(a.retryAfter) > 0)).toBe(true);
    expect(Number(throttled[0]?.retryAfter)).toBeLessThanOrEqual(THROTTLE.windowMinutes * 60);
    // Exactly the checked attempts were recorded.
    const rows = await t.db.select().from(loginAttempts).where(eq(loginAttempts.login, target.login));
    expect(rows.filter((r) => !r.succeeded)).toHaveLength(count(answers, 401));
    // Even the right password is now refused until the window passes or an admin unlocks.
    expect((await postLogin(server.url, target.login, TEST_PASSWORD)).status).toBe(429);
  });

  it('a rotating X-Forwarded-For neither escapes the address limit nor is counted as another address', async () => {
    const answers: Answer[] = [];
    for (let i = 0; i < THROTTLE.maxFailuresPerIp + 3; i++) {
      // Different logins each time, so only the per-address limit can stop them.
      answers.push(
        await postLogin(server.url, `nobody-${i}`, 'wrong', { 'x-forwarded-for': `203.0.113.${i + 1}` }),
      );
    }
    expect(count(answers, 401)).toBeLessThanOrEqual(THROTTLE.maxFailuresPerIp);
    expect(answers.at(-1)?.status).toBe(429);
    const ips = new Set((await t.db.select({ ip: loginAttempts.ip }).from(loginAttempts)).map((r) => r.ip));
    expect([...ips].some((ip) => ip.startsWith('203.0.113.'))).toBe(false);
  });
});

describe('addresses and success', () => {
  let t: TestApp;
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    // The test client is the proxy: X-Forwarded-For names the client.
    t = await createTestApp({ trustProxy: parseTrustProxy('127.0.0.1') });
    server = await serveOnLoopback(t.app);
  });
  afterAll(async () => {
    await server.close();
    await t.close();
  });

  it('with TRUST_PROXY naming the proxy, the forwarded client address is the one counted', async () => {
    const user = await t.as('viewer');
    await postLogin(server.url, user.login, 'wrong', { 'x-forwarded-for': '198.51.100.7' });
    const rows = await t.db.select().from(loginAttempts).where(eq(loginAttempts.login, user.login));
    // The sign-in of t.as() came in process (no socket); the failure came over HTTP through the "proxy".
    expect(rows.filter((r) => !r.succeeded).map((r) => r.ip)).toEqual(['198.51.100.7']);
  });

  it("one account's successful sign-in does not clear the failures counted against the address", async () => {
    const me = await t.as('viewer');
    const from = { 'x-forwarded-for': '198.51.100.20' };
    for (let i = 0; i < THROTTLE.maxFailuresPerIp - 1; i++) {
      expect((await postLogin(server.url, `guess-${i}`, 'wrong', from)).status).toBe(401);
    }
    expect((await postLogin(server.url, me.login, TEST_PASSWORD, from)).status).toBe(200);
    expect((await postLogin(server.url, 'guess-last', 'wrong', from)).status).toBe(401);
    const blocked = await postLogin(server.url, me.login, TEST_PASSWORD, from);
    expect(blocked.status).toBe(429);
    // Another address is not affected.
    expect(
      (await postLogin(server.url, me.login, TEST_PASSWORD, { 'x-forwarded-for': '198.51.100.21' })).status,
    ).toBe(200);
  });

  it('an administrator can unlock a locked-out login', async () => {
    const admin = await t.as('admin');
    const locked = await t.as('member');
    const from = { 'x-forwarded-for': '198.51.100.30' };
    for (let i = 0; i < THROTTLE.maxFailuresPerLogin; i++)
      await postLogin(server.url, locked.login, 'x', from);
    expect((await postLogin(server.url, locked.login, TEST_PASSWORD, from)).status).toBe(429);
    const users = (await (await t.request('GET', '/api/users', { as: admin })).json()) as {
      items: { id: string; login: string }[];
    };
    const id = users.items.find((u) => u.login === locked.login)?.id ?? '';
    const detail = (await (await t.request('GET', `/api/users/${id}`, { as: admin })).json()) as {
      lockedOut: boolean;
    };
    expect(detail.lockedOut).toBe(true);
    expect((await t.request('POST', `/api/users/${id}/unlock`, { as: admin })).status).toBe(204);
    expect((await postLogin(server.url, locked.login, TEST_PASSWORD, from)).status).toBe(200);
  });
});

describe('parseTrustProxy', () => {
  it('reads nothing, a hop count, or addresses and CIDRs; refuses nonsense', () => {
    expect(parseTrustProxy(undefined).kind).toBe('none');
    expect(parseTrustProxy('2')).toEqual({ kind: 'hops', hops: 2 });
    const list = parseTrustProxy('10.0.0.0/8, 192.0.2.1');
    expect(list.kind === 'addresses' && list.trusts('10.2.3.4', 0)).toBe(true);
    expect(list.kind === 'addresses' && list.trusts('192.0.2.2', 0)).toBe(false);
    expect(() => parseTrustProxy('not-an-address')).toThrow();
  });
});
