import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  type Session,
  TEST_PASSWORD,
  type TestApp,
} from '../../../../tests/support/test-app.ts';
import { auditLog, passwordResetTokens, users } from '../../../db/schema/index.ts';

type UserBody = {
  id: string;
  version: number;
  role: string;
  disabled: boolean;
  email: string | null;
  orgCode: string;
};
type ErrorBody = { error: { code: string } };

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
});
afterAll(() => t.close());

async function idOf(login: string): Promise<string> {
  const [row] = await t.db.select({ id: users.id }).from(users).where(eq(users.login, login));
  return row?.id ?? '';
}

async function getUser(as: Session, id: string) {
  const res = await t.request('GET', `/api/users/${id}`, { as });
  return { res, body: (await res.json()) as UserBody };
}

describe('PATCH /api/users/{id}', () => {
  it('changes display name, e-mail, role and body with If-Match, audited before and after', async () => {
    const s = await t.as('viewer', '342157');
    const id = await idOf(s.login);
    const { res, body } = await getUser(admin, id);
    expect(res.headers.get('etag')).toBe(`"${body.version}"`);
    const patched = await t.request('PATCH', `/api/users/${id}`, {
      as: admin,
      headers: { 'if-match': `"${body.version}"` },
      body: {
        displayName: '新しい 名前',
        email: 'new@example.jp',
        role: 'municipal_staff',
        orgCode: '342025',
      },
    });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({
      role: 'municipal_staff',
      orgCode: '342025',
      email: 'new@example.jp',
    });
    // The open session now acts with the new role and body.
    const me = (await (await t.request('GET', '/api/auth/me', { as: s })).json()) as {
      user: { role: string; body: { code: string } };
    };
    expect(me.user).toMatchObject({ role: 'municipal_staff', body: { code: '342025' } });
    const stale = await t.request('PATCH', `/api/users/${id}`, {
      as: admin,
      headers: { 'if-match': `"${body.version}"` },
      body: { displayName: '古い版から' },
    });
    expect(stale.status).toBe(412);
    const entry = (await t.db.select().from(auditLog)).find(
      (e) => e.action === 'user.update' && e.entityId === id,
    );
    expect(entry?.before).toMatchObject({ role: 'viewer', orgCode: '342157' });
    expect(entry?.after).toMatchObject({ role: 'municipal_staff', orgCode: '342025' });
    expect(JSON.stringify(entry)).not.toMatch(/scrypt|totp/i);
  });

  it('disabling ends all of the account’s sessions at once', async () => {
    const s = await t.as('member');
    const id = await idOf(s.login);
    expect((await t.request('GET', '/api/orgs', { as: s })).status).toBe(200);
    const res = await t.request('PATCH', `/api/users/${id}`, { as: admin, body: { disabled: true } });
    expect(res.status).toBe(200);
    expect((await t.request('GET', '/api/orgs', { as: s })).status).toBe(401);
    expect((await t.login(s.login, TEST_PASSWORD)).status).toBe(401);
    await t.request('PATCH', `/api/users/${id}`, { as: admin, body: { disabled: false } });
    expect((await t.login(s.login, TEST_PASSWORD)).status).toBe(200);
  });

  it('refuses to disable or demote the last active admin (409), even when two admins race', async () => {
    const solo = await createTestApp();
    try {
      const a = await solo.as('admin');
      const [aRow] = await solo.db.select({ id: users.id }).from(users).where(eq(users.login, a.login));
      for (const body of [{ disabled: true }, { role: 'viewer' }]) {
        const res = await solo.request('PATCH', `/api/users/${aRow?.id}`, { as: a, body });
        expect(res.status).toBe(409);
        expect(((await res.json()) as ErrorBody).error.code).toBe('LAST_ADMIN');
      }
      const b = await solo.as('admin');
      const [bRow] = await solo.db.select({ id: users.id }).from(users).where(eq(users.login, b.login));
      // Each demotes the other at the same moment: only one may succeed.
      const [x, y] = await Promise.all([
        solo.request('PATCH', `/api/users/${bRow?.id}`, { as: a, body: { role: 'viewer' } }),
        solo.request('PATCH', `/api/users/${aRow?.id}`, { as: b, body: { role: 'viewer' } }),
      ]);
      expect([x.status, y.status].sort()).toEqual([200, 409].sort());
      const admins = await solo.db.select().from(users).where(eq(users.role, 'admin'));
      expect(admins.filter((u) => !u.disabled)).toHaveLength(1);
    } finally {
      await solo.close();
    }
  }, 120_000); // a database of its own

  it('is for admins only; managers read their own body and get 404 for another', async () => {
    const manager = await t.as('municipal_manager', '342157');
    const own = await t.as('municipal_staff', '342157');
    const other = await t.as('municipal_staff', '342025');
    const ownId = await idOf(own.login);
    expect(
      (await t.request('PATCH', `/api/users/${ownId}`, { as: manager, body: { disabled: true } })).status,
    ).toBe(403);
    expect((await getUser(manager, ownId)).res.status).toBe(200);
    expect((await getUser(manager, await idOf(other.login))).res.status).toBe(404);
    expect((await t.request('PATCH', `/api/users/${ownId}`, { as: admin, body: {} })).status).toBe(400);
    expect(
      (await t.request('PATCH', '/api/users/not-a-uuid', { as: admin, body: { disabled: true } })).status,
    ).toBe(400);
  });
});

describe('password reset links', () => {
  it('an admin gets a one-time 24-hour link, shown once; using it sets the password and ends sessions', async () => {
    const s = await t.as('viewer');
    const id = await idOf(s.login);
    const issued = await t.request('POST', `/api/users/${id}/password-reset`, { as: admin });
    expect(issued.status).toBe(201);
    const { url, expiresAt } = (await issued.json()) as { url: string; expiresAt: string };
    const hours = (new Date(expiresAt).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    const token = new URL(url).hash.replace('#token=', '');
    expect(url).toMatch(/^http:\/\/localhost\/password-reset#token=/);
    // Only a hash is stored; the audit entry holds no token.
    const rows = await t.db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, id));
    expect(rows.map((r) => r.tokenHash)).not.toContain(token);
    expect(JSON.stringify(await t.db.select().from(auditLog))).not.toContain(token);

    const weak = await t.request('POST', '/api/auth/password-reset', {
      body: { token, newPassword: 'short' },
    });
    expect(weak.status).toBe(400);
    const done = await t.request('POST', '/api/auth/password-reset', {
      body: { token, newPassword: 'reset to a long passphrase' },
    });
    expect(done.status).toBe(204);
    expect((await t.request('GET', '/api/orgs', { as: s })).status).toBe(401);
    expect((await t.login(s.login, 'reset to a long passphrase')).status).toBe(200);
    const reused = await t.request('POST', '/api/auth/password-reset', {
      body: { token, newPassword: 'another long passphrase' },
    });
    expect(reused.status).toBe(400);
    expect(((await reused.json()) as ErrorBody).error.code).toBe('INVALID_RESET_TOKEN');
  });

  it('an expired link, or one replaced by a newer link, is refused; two parallel uses: one wins', async () => {
    const s = await t.as('viewer');
    const id = await idOf(s.login);
    const tokenOf = async () => {
      const res = await t.request('POST', `/api/users/${id}/password-reset`, { as: admin });
      return new URL(((await res.json()) as { url: string }).url).hash.replace('#token=', '');
    };
    const first = await tokenOf();
    const second = await tokenOf();
    const replaced = await t.request('POST', '/api/auth/password-reset', {
      body: { token: first, newPassword: 'replaced link passphrase' },
    });
    expect(replaced.status).toBe(400);
    const race = await Promise.all(
      ['first parallel passphrase', 'second parallel passphrase'].map((newPassword) =>
        t.request('POST', '/api/auth/password-reset', { body: { token: second, newPassword } }),
      ),
    );
    expect(race.map((r) => r.status).sort()).toEqual([204, 400]);
    const third = await tokenOf();
    await t.db.update(passwordResetTokens).set({ expiresAt: new Date(Date.now() - 1000) });
    const expired = await t.request('POST', '/api/auth/password-reset', {
      body: { token: third, newPassword: 'too late passphrase' },
    });
    expect(expired.status).toBe(400);
  });
});

describe('POST /api/users — accounts without a password and the policy', () => {
  it('creates an account for single sign-on only (no password), which cannot sign in with one', async () => {
    const res = await t.request('POST', '/api/users', {
      as: admin,
      body: {
        login: 'sso.only@example.jp',
        displayName: 'SSO',
        role: 'viewer',
        orgCode: '342157',
        email: 'sso.only@example.jp',
      },
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ hasPassword: false, email: 'sso.only@example.jp' });
    expect((await t.login('sso.only@example.jp', '')).status).toBe(400);
    expect((await t.login('sso.only@example.jp', 'anything at all here')).status).toBe(401);
  });

  it('refuses a common password or one containing the login', async () => {
    for (const password of ['qwertyuiop123', 'kure.staff-password']) {
      const res = await t.request('POST', '/api/users', {
        as: admin,
        body: { login: 'kure.staff', displayName: '呉', role: 'viewer', orgCode: '342025', password },
      });
      expect(res.status).toBe(400);
    }
  });
});
