import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { loadOrgProfilesDemo } from '../../../db/demo/org-profiles-demo.ts';
import { auditLog, orgProfiles } from '../../../db/schema/index.ts';
import { CLI_ACTOR } from '../../platform/actor.ts';

type Profile = {
  orgCode: string;
  fiscalYear: number;
  label: string;
  population: number | null;
  staffCount: number | null;
  dxUnit: string;
  dxHead: string;
  version: number;
};

let t: TestApp;
let viewer: Session;
let admin: Session;
let etajima: Session;
let kure: Session;
beforeAll(async () => {
  t = await createTestApp();
  viewer = await t.as('viewer', '342092');
  admin = await t.as('admin');
  etajima = await t.as('municipal_manager', '342157');
  kure = await t.as('municipal_manager', '342025');
  await loadOrgProfilesDemo(t.db, CLI_ACTOR);
});
afterAll(() => t.close());

const profiles = async (code: string) =>
  (
    (await (await t.request('GET', `/api/orgs/${code}/profiles`, { as: viewer })).json()) as {
      items: Profile[];
    }
  ).items;
const put = (as: Session, url: string, body: unknown, headers: Record<string, string> = {}) =>
  t.request('PUT', url, { as, body, headers });
const R7 = { population: 19500, staffCount: 215, dxUnit: 'デジタル推進室', dxHead: '副市長', note: '' };

describe('body profiles (p.14): population, staff and DX organisation per 年度', () => {
  it('has 江田島市’s R6 profile from the programme document, for every role to read', async () => {
    expect(await profiles('342157')).toEqual([
      expect.objectContaining({
        fiscalYear: 2024,
        label: '令和6年度',
        population: 20000,
        staffCount: 220,
        dxUnit: 'デジタル推進室',
        version: 1,
      }),
    ]);
    const member = await t.as('member', '342025');
    expect((await t.request('GET', '/api/orgs/342157/profiles', { as: member })).status).toBe(200);
    expect((await t.request('GET', '/api/orgs/131016/profiles', { as: viewer })).status).toBe(404);
    expect((await t.request('GET', '/api/orgs/342158/profiles', { as: viewer })).status).toBe(400);
    expect((await t.request('GET', '/api/orgs/342149/profiles', { as: viewer })).status).toBe(200);
  });

  it('lets the body’s manager add a 年度 (201) and change it with If-Match (200, 412 when stale); audited', async () => {
    const created = await put(etajima, '/api/orgs/342157/profiles/2025', R7);
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    const changed = await put(
      etajima,
      '/api/orgs/342157/profiles/2025',
      { ...R7, staffCount: 216 },
      { 'if-match': '"1"' },
    );
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).toBe('"2"');
    const stale = await put(
      etajima,
      '/api/orgs/342157/profiles/2025',
      { ...R7, staffCount: 1 },
      { 'if-match': '"1"' },
    );
    expect(stale.status).toBe(412);
    // If-Match on a profile that does not exist yet is stale too (it has no version).
    expect((await put(etajima, '/api/orgs/342157/profiles/2030', R7, { 'if-match': '"1"' })).status).toBe(
      412,
    );
    expect((await profiles('342157')).find((p) => p.fiscalYear === 2025)).toMatchObject({
      staffCount: 216,
      version: 2,
    });
    const entries = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'org_profile'), eq(auditLog.entityId, '342157/2025')));
    expect(entries.map((e) => e.action).sort()).toEqual(['org_profile.create', 'org_profile.update']);
  });

  it('lets admins keep every body; refuses another body’s manager, staff, officers and viewers', async () => {
    expect((await put(admin, '/api/orgs/342025/profiles/2024', R7)).status).toBe(201);
    expect((await put(kure, '/api/orgs/342157/profiles/2024', R7)).status).toBe(403);
    for (const role of ['municipal_staff', 'talent_officer', 'member', 'viewer'] as const) {
      const s = await t.as(role, '342157');
      expect((await put(s, '/api/orgs/342157/profiles/2024', R7)).status, role).toBe(403);
    }
    expect((await profiles('342157')).find((p) => p.fiscalYear === 2024)?.version).toBe(1);
  });

  it('refuses bad input and changes nothing', async () => {
    const before = await t.db.select().from(orgProfiles);
    for (const [url, body] of [
      ['/api/orgs/342157/profiles/2024', { ...R7, population: -1 }],
      ['/api/orgs/342157/profiles/2024', { ...R7, staffCount: 1.5 }],
      ['/api/orgs/342157/profiles/2024', { ...R7, population: '2万' }],
      ['/api/orgs/342157/profiles/2024', { ...R7, dxUnit: 'あ'.repeat(101) }],
      ['/api/orgs/342157/profiles/R6', R7],
      ['/api/orgs/342158/profiles/2024', R7],
    ] as const)
      expect((await put(admin, url, body)).status, `${url} ${JSON.stringify(body)}`).toBe(400);
    expect(await t.db.select().from(orgProfiles)).toEqual(before);
  });
});
