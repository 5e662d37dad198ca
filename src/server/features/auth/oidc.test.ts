import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  signInAtProvider,
  startOidcProvider,
  type TestOidcProvider,
} from '../../../../tests/support/oidc-provider.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { users } from '../../../db/schema/index.ts';
import { CLI_ACTOR } from '../../platform/actor.ts';
import type { OidcSettings } from '../../platform/env.ts';
import { createUser } from '../users/create-user.ts';

/**
 * OpenID Connect sign-in against a real provider (oidc-provider) on loopback: the app's start route,
 * the provider's own login pages, the callback with the real token exchange.
 */
const REDIRECT_URI = 'http://localhost/api/auth/oidc/callback';

let provider: TestOidcProvider;
let t: TestApp;
let settings: OidcSettings;

beforeAll(async () => {
  provider = await startOidcProvider(REDIRECT_URI);
  settings = {
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    redirectUri: REDIRECT_URI,
    loginClaim: 'email',
    label: '広島県 統合認証でログイン',
  };
  t = await createTestApp({ oidc: settings });
  await createUser(t.db, CLI_ACTOR, {
    login: 'sato@pref.hiroshima.example',
    displayName: '佐藤 SSO',
    role: 'talent_officer',
    orgCode: '340006',
  });
  await createUser(t.db, CLI_ACTOR, {
    login: 'gone@pref.hiroshima.example',
    displayName: '停止中',
    role: 'viewer',
    orgCode: '340006',
  });
  await t.db.update(users).set({ disabled: true }).where(eq(users.login, 'gone@pref.hiroshima.example'));
});
afterAll(async () => {
  await t.close();
  await provider.close();
});

/** Runs a whole sign-in as `login` at the provider; returns the callback's answer. */
async function signInAs(login: string, app = t): Promise<Response> {
  const start = await app.request('GET', '/api/auth/oidc/start');
  expect(start.status).toBe(302);
  const stateCookie = /dxship_oidc_state=([^;]+)/.exec(start.headers.get('set-cookie') ?? '')?.[1] ?? '';
  const back = await signInAtProvider(start.headers.get('location') ?? '', login, REDIRECT_URI);
  return app.request('GET', `${back.pathname}${back.search}`, {
    headers: { cookie: `dxship_oidc_state=${stateCookie}` },
  });
}

describe('OpenID Connect sign-in', () => {
  it('lists the provider with its label', async () => {
    const res = await t.request('GET', '/api/auth/providers');
    expect(await res.json()).toEqual([
      { id: 'oidc', label: '広島県 統合認証でログイン', startUrl: '/api/auth/oidc/start' },
    ]);
  });

  it('starts with a 302 carrying PKCE (S256), state and nonce', async () => {
    const res = await t.request('GET', '/api/auth/oidc/start');
    expect(res.status).toBe(302);
    const url = new URL(res.headers.get('location') ?? '');
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    for (const p of ['code_challenge', 'state', 'nonce', 'redirect_uri', 'client_id']) {
      expect(url.searchParams.get(p)).toBeTruthy();
    }
    expect(res.headers.get('set-cookie')).toMatch(/dxship_oidc_state=.*HttpOnly/i);
  });

  it('signs in a registered account matched by its email claim, as an oidc session', async () => {
    const res = await signInAs('sato@pref.hiroshima.example');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/');
    const cookie = /dxship_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0] ?? '';
    const me = (await (await t.request('GET', '/api/auth/me', { headers: { cookie } })).json()) as {
      user: { login: string; authMethod: string };
    };
    expect(me.user).toMatchObject({ login: 'sato@pref.hiroshima.example', authMethod: 'oidc' });
  });

  it('never creates an account: an unregistered one goes back to the login page with a code', async () => {
    const res = await signInAs('stranger@example.jp');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/login?error=OIDC_ACCOUNT_NOT_REGISTERED');
    expect(res.headers.get('set-cookie') ?? '').not.toMatch(/dxship_session=[^;]/);
  });

  it('refuses a disabled account', async () => {
    const res = await signInAs('gone@pref.hiroshima.example');
    expect(res.headers.get('location')).toBe('/login?error=OIDC_ACCOUNT_DISABLED');
  });

  it('refuses a callback without the browser’s state cookie, or replayed', async () => {
    const start = await t.request('GET', '/api/auth/oidc/start');
    const stateCookie = /dxship_oidc_state=([^;]+)/.exec(start.headers.get('set-cookie') ?? '')?.[1] ?? '';
    const back = await signInAtProvider(
      start.headers.get('location') ?? '',
      'sato@pref.hiroshima.example',
      REDIRECT_URI,
    );
    const withoutCookie = await t.request('GET', `${back.pathname}${back.search}`);
    expect(withoutCookie.headers.get('location')).toBe('/login?error=OIDC_STATE_MISMATCH');
    // The state was not used up by the refused request: the right browser can still finish…
    const ok = await t.request('GET', `${back.pathname}${back.search}`, {
      headers: { cookie: `dxship_oidc_state=${stateCookie}` },
    });
    expect(ok.headers.get('location')).toBe('/');
    // …once.
    const replay = await t.request('GET', `${back.pathname}${back.search}`, {
      headers: { cookie: `dxship_oidc_state=${stateCookie}` },
    });
    expect(replay.headers.get('location')).toBe('/login?error=OIDC_STATE_MISMATCH');
  });

  it('answers 404 at start and [] as providers when not configured', async () => {
    const plain = await createTestApp();
    try {
      expect(await (await plain.request('GET', '/api/auth/providers')).json()).toEqual([]);
      expect((await plain.request('GET', '/api/auth/oidc/start')).status).toBe(404);
    } finally {
      await plain.close();
    }
  }, 120_000); // a database of its own
});
