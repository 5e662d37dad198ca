import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { auditLog } from '../../../db/schema/index.ts';
import { isValidLocalGovCode } from '../../../domain/local-gov-code.ts';

type Org = {
  code: string;
  name: string;
  type: string;
  participation: { fiscalYear: number; label: string }[];
};

let t: TestApp;
let viewer: Session;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  viewer = await t.as('viewer', '342092');
  admin = await t.as('admin');
});
afterAll(() => t.close());

describe('GET /api/orgs', () => {
  it('lists the prefecture and its 23 市町 with valid codes, in code order', async () => {
    const res = await t.request('GET', '/api/orgs', { as: viewer });
    const body = (await res.json()) as { items: Org[]; total: number };
    expect(body.total).toBe(24);
    expect(body.items[0]).toMatchObject({ code: '340006', name: '広島県', type: '県' });
    expect(body.items.filter((o) => o.type === '市')).toHaveLength(14);
    expect(body.items.filter((o) => o.type === '町')).toHaveLength(9);
    expect(body.items.every((o) => isValidLocalGovCode(o.code))).toBe(true);
    const codes = body.items.map((o) => o.code);
    expect(codes).toEqual([...codes].sort());
  });

  it('counts participation as the program document states it: R5 7 市町, R6 15 市町', async () => {
    const body = (await (await t.request('GET', '/api/orgs', { as: viewer })).json()) as { items: Org[] };
    const inYear = (fy: number) => body.items.filter((o) => o.participation.some((p) => p.fiscalYear === fy));
    expect(inYear(2023)).toHaveLength(7);
    expect(inYear(2024)).toHaveLength(15);
    expect(inYear(2023).map((o) => o.name)).toContain('江田島市');
    expect(inYear(2024).every((o) => o.type !== '県')).toBe(true);
  });
});

describe('GET /api/orgs/{code}', () => {
  it('answers one body with participation labelled in 和暦', async () => {
    const res = await t.request('GET', '/api/orgs/342157', { as: viewer });
    expect(res.status).toBe(200);
    const org = (await res.json()) as Org;
    expect(org.name).toBe('江田島市');
    expect(org.participation).toEqual([
      { fiscalYear: 2023, label: '令和5年度' },
      { fiscalYear: 2024, label: '令和6年度' },
    ]);
  });

  it('rejects a code with a wrong check digit (400) and does not confuse it with an unknown body', async () => {
    const bad = await t.request('GET', '/api/orgs/342158', { as: viewer });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as {
      error: { code: string; issues: { path: string; message: string }[] };
    };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.issues[0]?.message).toContain('検査数字');
  });

  it('answers 404 for a valid code that is not one of the 24 bodies (千代田区)', async () => {
    const res = await t.request('GET', '/api/orgs/131016', { as: viewer });
    expect(res.status).toBe(404);
  });

  it('rejects codes that are not six digits', async () => {
    for (const code of ['34000', '3400066', 'abcdef']) {
      expect((await t.request('GET', `/api/orgs/${code}`, { as: viewer })).status).toBe(400);
    }
  });
});

describe('participation changes (admin)', () => {
  it('adds and removes a 年度, idempotently, with an audit entry per real change', async () => {
    const before = (await t.db.select().from(auditLog)).length;
    const added = await t.request('PUT', '/api/orgs/342033/participation/2025', { as: admin });
    expect(added.status).toBe(200);
    expect(((await added.json()) as Org).participation.map((p) => p.fiscalYear)).toContain(2025);
    const again = await t.request('PUT', '/api/orgs/342033/participation/2025', { as: admin });
    expect(again.status).toBe(200);
    const removed = await t.request('DELETE', '/api/orgs/342033/participation/2025', { as: admin });
    expect(((await removed.json()) as Org).participation.map((p) => p.fiscalYear)).not.toContain(2025);
    const entries = (await t.db.select().from(auditLog)).slice(before).filter((e) => e.entityType === 'org');
    expect(entries.map((e) => e.action)).toEqual(['participation.add', 'participation.remove']);
    expect(entries[0]).toMatchObject({ entityId: '342033', actorLogin: admin.login });
    expect(entries[0]?.before).toEqual({ fiscalYears: [2024] });
    expect(entries[0]?.after).toEqual({ fiscalYears: [2024, 2025] });
  });

  it('refuses the prefecture as a participant (409) and writes nothing', async () => {
    const before = (await t.db.select().from(auditLog)).length;
    const res = await t.request('PUT', '/api/orgs/340006/participation/2025', { as: admin });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
      'PREFECTURE_CANNOT_PARTICIPATE',
    );
    expect((await t.db.select().from(auditLog)).length).toBe(before);
    const org = (await (await t.request('GET', '/api/orgs/340006', { as: admin })).json()) as Org;
    expect(org.participation).toEqual([]);
  });

  it('rejects an out-of-range 年度', async () => {
    expect((await t.request('PUT', '/api/orgs/342033/participation/1999', { as: admin })).status).toBe(400);
    expect((await t.request('PUT', '/api/orgs/342033/participation/R7', { as: admin })).status).toBe(400);
  });
});
