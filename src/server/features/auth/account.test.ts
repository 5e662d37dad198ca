import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  type Session,
  sessionCookieOf,
  TEST_PASSWORD,
  TEST_SCRYPT_COST,
  type TestApp,
} from '../../../../tests/support/test-app.ts';
import { auditLog, sessions, users } from '../../../db/schema/index.ts';
import { CLI_ACTOR } from '../../platform/actor.ts';
import { hashPassword } from '../../platform/password.ts';
import { createUser } from '../users/create-user.ts';
import { currentTotpCode } from './totp.ts';

type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Signs in again as `s` (a second session of the same user). */
async function secondSession(s: Session, password = TEST_PASSWORD): Promise<Session> {
  const res = await t.login(s.login, password);
  expect(res.status).toBe(200);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { ...s, cookie: sessionCookieOf(res), csrfToken };
}

describe('GET /api/auth/me', () => {
  it('answers 200 { user: null } without a session', async () => {
    const res = await t.request('GET', '/api/auth/me');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ user: null });
  });

  it('answers the account state for the signed-in user', async () => {
    const s = await t.as('viewer');
    const me = (await (await t.request('GET', '/api/auth/me', { as: s })).json()) as {
      user: { authMethod: string; mfaEnabled: boolean; hasPassword: boolean; email: null; version: number };
    };
    expect(me.user).toMatchObject({
      authMethod: 'password',
      mfaEnabled: false,
      hasPassword: true,
      email: null,
    });
  });
});

describe('self-service password change', () => {
  it('changes the password and ends every other session of the user, keeping this one', async () => {
    const a = await t.as('member');
    const b = await secondSession(a);
    const res = await t.request('POST', '/api/auth/password', {
      as: a,
      body: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' },
    });
    expect(res.status).toBe(204);
    expect((await t.request('GET', '/api/orgs', { as: a })).status).toBe(200);
    expect((await t.request('GET', '/api/orgs', { as: b })).status).toBe(401);
    expect((await t.login(a.login, TEST_PASSWORD)).status).toBe(401);
    expect((await t.login(a.login, 'a brand new passphrase')).status).toBe(200);
    const entry = (await t.db.select().from(auditLog)).find((e) => e.action === 'user.password_change');
    expect(JSON.stringify(entry)).not.toContain('brand new');
  });

  it('refuses a wrong current password (400 on the field, not 401) and a weak new one, changing nothing', async () => {
    const s = await t.as('member');
    const wrong = await t.request('POST', '/api/auth/password', {
      as: s,
      body: { currentPassword: 'not it', newPassword: 'a brand new passphrase' },
    });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as ErrorBody).error.issues?.[0]?.path).toBe('currentPassword');
    for (const weak of ['short', 'password1234', `${s.login}-and-more`]) {
      const res = await t.request('POST', '/api/auth/password', {
        as: s,
        body: { currentPassword: TEST_PASSWORD, newPassword: weak },
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorBody).error.issues?.[0]?.path).toBe('newPassword');
    }
    expect((await t.login(s.login, TEST_PASSWORD)).status).toBe(200);
  });
});

describe('own sessions', () => {
  it('lists them with created, last used, address and user agent, and ends another one', async () => {
    const a = await t.as('viewer');
    const b = await secondSession(a);
    const list = (await (await t.request('GET', '/api/auth/sessions', { as: a })).json()) as {
      items: {
        id: string;
        current: boolean;
        ip: string;
        createdAt: string;
        lastUsedAt: string;
        userAgent: null;
      }[];
    };
    expect(list.items).toHaveLength(2);
    expect(list.items.filter((x) => x.current)).toHaveLength(1);
    expect(list.items.every((x) => x.ip === 'unknown' && x.createdAt && x.lastUsedAt)).toBe(true);
    const other = list.items.find((x) => !x.current);
    expect((await t.request('DELETE', `/api/auth/sessions/${other?.id}`, { as: a })).status).toBe(204);
    expect((await t.request('GET', '/api/orgs', { as: b })).status).toBe(401);
    expect((await t.request('GET', '/api/orgs', { as: a })).status).toBe(200);
  });

  it("cannot end another user's session (404), nor take a malformed id (400)", async () => {
    const a = await t.as('viewer');
    const b = await t.as('viewer');
    const [theirs] = await t.db
      .select({ id: sessions.id })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(users.login, b.login));
    expect((await t.request('DELETE', `/api/auth/sessions/${theirs?.id}`, { as: a })).status).toBe(404);
    expect((await t.request('GET', '/api/orgs', { as: b })).status).toBe(200);
    expect((await t.request('DELETE', '/api/auth/sessions/1e3', { as: a })).status).toBe(400);
  });

  it('records the last use at most once a minute, not on every request', async () => {
    const s = await t.as('viewer');
    const old = new Date(Date.now() - 5 * 60_000);
    await t.db.update(sessions).set({ lastUsedAt: old }).where(eq(sessions.csrfToken, s.csrfToken));
    await t.request('GET', '/api/orgs', { as: s });
    const [first] = await t.db.select().from(sessions).where(eq(sessions.csrfToken, s.csrfToken));
    expect(first!.lastUsedAt.getTime()).toBeGreaterThan(old.getTime());
    const marked = new Date(Date.now() - 10_000);
    await t.db.update(sessions).set({ lastUsedAt: marked }).where(eq(sessions.csrfToken, s.csrfToken));
    await t.request('GET', '/api/orgs', { as: s });
    const [second] = await t.db.select().from(sessions).where(eq(sessions.csrfToken, s.csrfToken));
    expect(second!.lastUsedAt.getTime()).toBe(marked.getTime());
  });
});

describe('own e-mail address', () => {
  it('is changed with If-Match; a stale version is refused with 412', async () => {
    const s = await t.as('member');
    const me = (await (await t.request('GET', '/api/auth/me', { as: s })).json()) as {
      user: { version: number };
    };
    const ok = await t.request('PATCH', '/api/auth/me', {
      as: s,
      body: { email: 'member@example.jp' },
      headers: { 'if-match': `"${me.user.version}"` },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe(`"${me.user.version + 1}"`);
    const stale = await t.request('PATCH', '/api/auth/me', {
      as: s,
      body: { email: 'other@example.jp' },
      headers: { 'if-match': `"${me.user.version}"` },
    });
    expect(stale.status).toBe(412);
    const bad = await t.request('PATCH', '/api/auth/me', { as: s, body: { email: 'not an address' } });
    expect(bad.status).toBe(400);
    const [row] = await t.db.select().from(users).where(eq(users.login, s.login));
    expect(row?.email).toBe('member@example.jp');
  });
});

describe('older password hashes', () => {
  it('are upgraded to the current parameters at the next successful sign-in', async () => {
    const s = await t.as('viewer');
    const weaker = await hashPassword(TEST_PASSWORD, { n: 2 ** 10, r: 8, p: 1 });
    await t.db.update(users).set({ passwordHash: weaker }).where(eq(users.login, s.login));
    expect((await t.login(s.login, TEST_PASSWORD)).status).toBe(200);
    const [row] = await t.db.select().from(users).where(eq(users.login, s.login));
    expect(row?.passwordHash?.startsWith(`scrypt$${TEST_SCRYPT_COST.n}$8$1$`)).toBe(true);
    expect((await t.login(s.login, TEST_PASSWORD)).status).toBe(200);
  });
});

describe('demo accounts', () => {
  it('sign in on a loopback server, and are refused with 403 DEMO_ACCOUNT_DISABLED beyond it', async () => {
    const open = t;
    const closed = await createTestApp({ demoAccountsAllowed: false });
    try {
      for (const app of [open, closed]) {
        await createUser(app.db, CLI_ACTOR, {
          login: 'demo-admin',
          displayName: 'デモ',
          password: TEST_PASSWORD,
          role: 'admin',
          orgCode: '340006',
          isDemo: true,
        });
      }
      expect((await open.login('demo-admin', TEST_PASSWORD)).status).toBe(200);
      const refused = await closed.login('demo-admin', TEST_PASSWORD);
      expect(refused.status).toBe(403);
      const body = (await refused.json()) as ErrorBody;
      expect(body.error.code).toBe('DEMO_ACCOUNT_DISABLED');
      expect(body.error.message).toMatch(/デモ/);
      // A wrong password is still just a wrong password.
      expect((await closed.login('demo-admin', 'wrong')).status).toBe(401);
    } finally {
      await closed.close();
    }
  }, 120_000); // a second database of its own
});

describe('two-factor sign-in (TOTP)', () => {
  async function enrol(s: Session): Promise<{ secret: string; recoveryCodes: string[] }> {
    const setup = await t.request('POST', '/api/auth/mfa/totp/setup', { as: s });
    expect(setup.status).toBe(200);
    const { secret, uri, qrCode } = (await setup.json()) as { secret: string; uri: string; qrCode: string };
    expect(uri).toMatch(/^otpauth:\/\/totp\/DXShip:/);
    expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    const wrong = await t.request('POST', '/api/auth/mfa/totp/confirm', { as: s, body: { code: '000000' } });
    expect(wrong.status).toBe(400);
    const ok = await t.request('POST', '/api/auth/mfa/totp/confirm', {
      as: s,
      // The previous step's code: the current one is then still fresh for the sign-in below.
      body: { code: currentTotpCode(secret, Date.now() - 30_000) },
    });
    expect(ok.status).toBe(200);
    const { recoveryCodes } = (await ok.json()) as { recoveryCodes: string[] };
    return { secret, recoveryCodes };
  }

  it('enrols with a QR code and 10 recovery codes; sign-in is then password, then code', async () => {
    const s = await t.as('admin');
    const { secret, recoveryCodes } = await enrol(s);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);

    const step1 = await t.login(s.login, TEST_PASSWORD);
    expect(step1.status).toBe(202);
    expect(step1.headers.get('set-cookie')).toBeNull();
    const { challengeToken } = (await step1.json()) as { challengeToken: string };
    const bad = await t.request('POST', '/api/auth/login/totp', { body: { challengeToken, code: '123456' } });
    expect(bad.status).toBe(401);
    expect(((await bad.json()) as ErrorBody).error.code).toBe('INVALID_MFA_CODE');
    const code = currentTotpCode(secret);
    const step2 = await t.request('POST', '/api/auth/login/totp', { body: { challengeToken, code } });
    expect(step2.status).toBe(200);
    const cookie = sessionCookieOf(step2);
    expect((await t.request('GET', '/api/orgs', { headers: { cookie } })).status).toBe(200);

    // The same code is not accepted twice, even with a fresh challenge.
    const again = (await (await t.login(s.login, TEST_PASSWORD)).json()) as { challengeToken: string };
    const replay = await t.request('POST', '/api/auth/login/totp', {
      body: { challengeToken: again.challengeToken, code },
    });
    expect(replay.status).toBe(401);
    // A recovery code works once.
    const recovery = recoveryCodes[0] ?? '';
    const viaRecovery = await t.request('POST', '/api/auth/login/totp', {
      body: { challengeToken: again.challengeToken, code: recovery.toLowerCase() },
    });
    expect(viaRecovery.status).toBe(200);
    const third = (await (await t.login(s.login, TEST_PASSWORD)).json()) as { challengeToken: string };
    const reused = await t.request('POST', '/api/auth/login/totp', {
      body: { challengeToken: third.challengeToken, code: recovery },
    });
    expect(reused.status).toBe(401);
  });

  it('throttles wrong codes like passwords: 5 checked, then 429', async () => {
    const s = await t.as('talent_officer');
    await enrol(s);
    const { challengeToken } = (await (await t.login(s.login, TEST_PASSWORD)).json()) as {
      challengeToken: string;
    };
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.request('POST', '/api/auth/login/totp', {
          body: { challengeToken, code: String(100000 + i) },
        }),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((x) => x === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((x) => x === 429).length).toBeGreaterThanOrEqual(7);
  });

  it('is turned off with the current password', async () => {
    const s = await t.as('viewer');
    await enrol(s);
    const wrong = await t.request('POST', '/api/auth/mfa/totp/disable', {
      as: s,
      body: { currentPassword: 'no' },
    });
    expect(wrong.status).toBe(400);
    const off = await t.request('POST', '/api/auth/mfa/totp/disable', {
      as: s,
      body: { currentPassword: TEST_PASSWORD },
    });
    expect(off.status).toBe(204);
    expect((await t.login(s.login, TEST_PASSWORD)).status).toBe(200);
  });
});

describe('MFA_REQUIRED_ROLES', () => {
  it('forces an admin without TOTP to enrol before anything else; other roles are not affected', async () => {
    const strict = await createTestApp({ mfaRequiredRoles: ['admin'] });
    try {
      const admin = await strict.as('admin');
      const viewer = await strict.as('viewer');
      const me = (await (await strict.request('GET', '/api/auth/me', { as: admin })).json()) as {
        user: { mfaEnrolmentRequired: boolean };
      };
      expect(me.user.mfaEnrolmentRequired).toBe(true);
      const refused = await strict.request('GET', '/api/orgs', { as: admin });
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as ErrorBody).error.code).toBe('MFA_ENROLMENT_REQUIRED');
      expect((await strict.request('GET', '/api/orgs', { as: viewer })).status).toBe(200);

      const setup = (await (
        await strict.request('POST', '/api/auth/mfa/totp/setup', { as: admin })
      ).json()) as {
        secret: string;
      };
      const confirmed = await strict.request('POST', '/api/auth/mfa/totp/confirm', {
        as: admin,
        body: { code: currentTotpCode(setup.secret) },
      });
      expect(confirmed.status).toBe(200);
      expect((await strict.request('GET', '/api/orgs', { as: admin })).status).toBe(200);
    } finally {
      await strict.close();
    }
  }, 120_000); // a second database of its own
});
