import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { auditLog, users } from '../../../db/schema/index.ts';

type UserRow = { login: string; orgCode: string; role: string };

let t: TestApp;
let admin: Session;
let etajimaManager: Session;
let kureManager: Session;
let talent: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  talent = await t.as('talent_officer');
  etajimaManager = await t.as('municipal_manager', '342157');
  kureManager = await t.as('municipal_manager', '342025');
  await t.as('municipal_staff', '342157');
  await t.as('municipal_staff', '342025');
});
afterAll(() => t.close());

const list = async (s: Session, query = '') =>
  ((await (await t.request('GET', `/api/users${query}`, { as: s })).json()) as { items: UserRow[] }).items;

describe('GET /api/users — tenant scope', () => {
  it('a municipal manager sees only accounts of their own body', async () => {
    const rows = await list(etajimaManager);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every((u) => u.orgCode === '342157')).toBe(true);
  });

  it("asking for another body's accounts gives a manager nothing of theirs", async () => {
    const rows = await list(kureManager, '?orgCode=342157');
    expect(rows).toEqual([]);
  });

  it('program-wide roles see every body', async () => {
    for (const s of [admin, talent]) {
      const bodies = new Set((await list(s)).map((u) => u.orgCode));
      expect(bodies).toEqual(new Set(['340006', '342157', '342025']));
    }
  });

  it('never returns password hashes', async () => {
    const res = await t.request('GET', '/api/users', { as: admin });
    expect(await res.text()).not.toMatch(/scrypt|passwordHash|password_hash/);
  });
});

describe('POST /api/users', () => {
  it('creates an account that can sign in, audited without the hash', async () => {
    const res = await t.request('POST', '/api/users', {
      as: admin,
      body: {
        login: 'sera.dx',
        displayName: '世羅町 担当',
        password: 'a-long-password',
        role: 'municipal_staff',
        orgCode: '344621',
      },
    });
    expect(res.status).toBe(201);
    expect((await t.login('sera.dx', 'a-long-password')).status).toBe(200);
    const entry = (await t.db.select().from(auditLog)).find(
      (e) => e.action === 'user.create' && e.actorLogin === admin.login,
    );
    expect(entry?.after).toMatchObject({ login: 'sera.dx', orgCode: '344621' });
    expect(JSON.stringify(entry?.after)).not.toContain('scrypt');
  });

  it('rejects a taken login with 409 and writes nothing', async () => {
    const count = (await t.db.select().from(users)).length;
    const res = await t.request('POST', '/api/users', {
      as: admin,
      body: {
        login: admin.login,
        displayName: 'x',
        password: 'a-long-password',
        role: 'viewer',
        orgCode: '344621',
      },
    });
    expect(res.status).toBe(409);
    expect((await t.db.select().from(users)).length).toBe(count);
  });

  it('rejects a wrong check digit, an unknown body, a short password and an unknown role, per field', async () => {
    const res = await t.request('POST', '/api/users', {
      as: admin,
      body: { login: 'ok.login', displayName: 'x', password: 'short', role: 'boss', orgCode: '344622' },
    });
    expect(res.status).toBe(400);
    const issues = ((await res.json()) as { error: { issues: { path: string }[] } }).error.issues.map(
      (i) => i.path,
    );
    expect(issues.sort()).toEqual(['orgCode', 'password', 'role']);
    const unknownBody = await t.request('POST', '/api/users', {
      as: admin,
      body: {
        login: 'ok.login',
        displayName: 'x',
        password: 'a-long-password',
        role: 'viewer',
        orgCode: '131016',
      },
    });
    expect(unknownBody.status).toBe(400);
  });
});
