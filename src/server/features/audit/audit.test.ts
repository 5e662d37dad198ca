import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';

type Page = {
  items: { id: number; action: string; entityType: string; actorLogin: string }[];
  nextBefore: number | null;
};

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  for (const fy of [2025, 2026, 2027])
    await t.request('PUT', `/api/orgs/342033/participation/${fy}`, { as: admin });
});
afterAll(() => t.close());

describe('GET /api/audit', () => {
  it('lists newest first and filters by entity type', async () => {
    const page = (await (await t.request('GET', '/api/audit?entityType=org', { as: admin })).json()) as Page;
    expect(page.items.map((e) => e.action)).toEqual([
      'participation.add',
      'participation.add',
      'participation.add',
    ]);
    const ids = page.items.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('pages with nextBefore until the end', async () => {
    const first = (await (await t.request('GET', '/api/audit?limit=2', { as: admin })).json()) as Page;
    expect(first.items).toHaveLength(2);
    expect(first.nextBefore).toBe(first.items[1]?.id);
    const second = (await (
      await t.request('GET', `/api/audit?limit=2&before=${first.nextBefore}`, { as: admin })
    ).json()) as Page;
    expect(second.items.every((e) => e.id < (first.nextBefore ?? 0))).toBe(true);
  });

  it('records logins and logouts', async () => {
    const s = await t.as('viewer');
    await t.request('POST', '/api/auth/logout', { as: s });
    const page = (await (await t.request('GET', '/api/audit?entityType=user', { as: admin })).json()) as Page;
    const mine = page.items.filter((e) => e.actorLogin === s.login).map((e) => e.action);
    expect(mine).toEqual(['logout', 'login']);
  });

  it('rejects a bad limit', async () => {
    expect((await t.request('GET', '/api/audit?limit=0', { as: admin })).status).toBe(400);
  });
});
