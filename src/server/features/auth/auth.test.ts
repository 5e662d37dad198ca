import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestApp,
  sessionCookieOf,
  TEST_PASSWORD,
  type TestApp,
} from '../../../../tests/support/test-app.ts';
import { loginAttempts, sessions, users } from '../../../db/schema/index.ts';
import { THROTTLE } from './login.ts';

type ErrorBody = { error: { code: string; message: string } };

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

describe('login', () => {
  it('sets an httpOnly, SameSite session cookie and answers the user with body and role', async () => {
    const s = await t.as('municipal_manager', '342157');
    const res = await t.login(s.login, TEST_PASSWORD);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const body = (await res.json()) as { user: { role: string; body: { name: string } }; csrfToken: string };
    expect(body.user.role).toBe('municipal_manager');
    expect(body.user.body.name).toBe('江田島市');
    expect(body.csrfToken.length).toBeGreaterThan(20);
  });

  it('stores only a hash of the session token', async () => {
    const s = await t.as('viewer');
    const token = s.cookie.split('=')[1]!;
    const rows = await t.db.select().from(sessions);
    expect(rows.some((r) => r.tokenHash === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.tokenHash))).toBe(true);
  });

  it('says the same thing for an unknown login and for a wrong password', async () => {
    const s = await t.as('viewer');
    const wrongPassword = await t.login(s.login, 'not the password');
    const unknownLogin = await t.login('nobody-here', TEST_PASSWORD);
    expect(wrongPassword.status).toBe(401);
    expect(unknownLogin.status).toBe(401);
    const a = (await wrongPassword.json()) as ErrorBody;
    const b = (await unknownLogin.json()) as ErrorBody;
    expect(a).toEqual(b);
    expect(a.error.code).toBe('INVALID_CREDENTIALS');
  });

  it('throttles a login after repeated failures, even with the right password, and records attempts', async () => {
    const s = await t.as('viewer');
    for (let i = 0; i < THROTTLE.maxFailuresPerLogin; i++) {
      expect((await t.login(s.login, `wrong-${i}`)).status).toBe(401);
    }
    const res = await t.login(s.login, TEST_PASSWORD);
    expect(res.status).toBe(429);
    expect(((await res.json()) as ErrorBody).error.code).toBe('LOGIN_THROTTLED');
    const attempts = await t.db.select().from(loginAttempts).where(eq(loginAttempts.login, s.login));
    expect(attempts.filter((a) => !a.succeeded)).toHaveLength(THROTTLE.maxFailuresPerLogin);
  });

  it('does not count failures from before the last successful login', async () => {
    const s = await t.as('viewer');
    for (let i = 0; i < THROTTLE.maxFailuresPerLogin - 1; i++) await t.login(s.login, 'wrong');
    expect((await t.login(s.login, TEST_PASSWORD)).status).toBe(200);
    for (let i = 0; i < THROTTLE.maxFailuresPerLogin - 1; i++) await t.login(s.login, 'wrong');
    expect((await t.login(s.login, TEST_PASSWORD)).status).toBe(200);
  });

  it('refuses a disabled account like a wrong password', async () => {
    const s = await t.as('member');
    await t.db.update(users).set({ disabled: true }).where(eq(users.login, s.login));
    expect((await t.login(s.login, TEST_PASSWORD)).status).toBe(401);
    // …and its open session stops working too
    expect((await t.request('GET', '/api/orgs', { as: s })).status).toBe(401);
    expect(await (await t.request('GET', '/api/auth/me', { as: s })).json()).toEqual({ user: null });
  });

  it('rejects a malformed body with per-field issues', async () => {
    const res = await t.request('POST', '/api/auth/login', { body: { login: '' } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.issues.map((i) => i.path).sort()).toEqual(['login', 'password']);
  });
});

describe('session', () => {
  it('me answers the signed-in user; logout ends the session for good', async () => {
    const s = await t.as('talent_officer');
    const me = await t.request('GET', '/api/auth/me', { as: s });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { login: string } }).user.login).toBe(s.login);
    const out = await t.request('POST', '/api/auth/logout', { as: s });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/dxship_session=;/);
    const after = await t.request('GET', '/api/auth/me', { as: s });
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ user: null });
    expect((await t.request('GET', '/api/orgs', { as: s })).status).toBe(401);
  });

  it('an expired session is not accepted', async () => {
    const s = await t.as('viewer');
    await t.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) });
    const res = await t.request('GET', '/api/orgs', { as: s });
    expect(res.status).toBe(401);
  });

  it('a forged cookie is not accepted', async () => {
    const res = await t.request('GET', '/api/orgs', { headers: { cookie: 'dxship_session=forged' } });
    expect(res.status).toBe(401);
  });
});

describe('CSRF protection of cookie-authenticated writes', () => {
  it('refuses a write without the CSRF header', async () => {
    const s = await t.as('admin');
    const res = await t.request('PUT', '/api/orgs/342033/participation/2025', {
      as: s,
      headers: { 'x-csrf-token': '' },
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as ErrorBody).error.code).toBe('CSRF_REJECTED');
  });

  it("refuses a write with another session's CSRF token", async () => {
    const a = await t.as('admin');
    const b = await t.as('admin');
    const res = await t.request('PUT', '/api/orgs/342033/participation/2025', {
      as: a,
      headers: { 'x-csrf-token': b.csrfToken },
    });
    expect(res.status).toBe(403);
  });

  it('refuses a cross-site Origin, even for login', async () => {
    const s = await t.as('admin');
    const res = await t.request('POST', '/api/auth/login', {
      body: { login: s.login, password: TEST_PASSWORD },
      headers: { origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
  });

  it('accepts the write with the right token and a same-origin Origin', async () => {
    const s = await t.as('admin');
    const res = await t.request('PUT', '/api/orgs/342033/participation/2025', {
      as: s,
      headers: { origin: 'http://localhost' },
    });
    expect(res.status).toBe(200);
  });

  it('the cookie from a login works for the next request', async () => {
    const s = await t.as('viewer');
    const res = await t.login(s.login, TEST_PASSWORD);
    const me = await t.request('GET', '/api/auth/me', { headers: { cookie: sessionCookieOf(res) } });
    expect(me.status).toBe(200);
  });
});
