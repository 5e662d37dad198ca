import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { currentFiscalYear } from '../../../domain/fiscal-year.ts';
import { assignToBody, insertPerson, linkToLogin } from './test-fixtures.ts';

const ETAJIMA = '342157';
const KURE = '342025';

let t: TestApp;
let s: Record<
  'admin' | 'talent' | 'etajimaManager' | 'etajimaStaff' | 'kureManager' | 'memberP' | 'memberQ' | 'viewer',
  Session
>;
/** P: a 県情報職 assigned to 江田島市, with an account. Q: assigned to 呉市, with an account. R: employed by 呉市, assigned to 江田島市. */
const ids = { p: '', q: '', r: '', sheetP: '', sheetQ: '', sheetR: '' };

beforeAll(async () => {
  t = await createTestApp();
  s = {
    admin: await t.as('admin'),
    talent: await t.as('talent_officer'),
    etajimaManager: await t.as('municipal_manager', ETAJIMA),
    etajimaStaff: await t.as('municipal_staff', ETAJIMA),
    kureManager: await t.as('municipal_manager', KURE),
    memberP: await t.as('member'),
    memberQ: await t.as('member'),
    viewer: await t.as('viewer', ETAJIMA),
  };
  const fy = currentFiscalYear();
  const p = await insertPerson(t.db);
  const q = await insertPerson(t.db);
  const r = await insertPerson(t.db, { employerOrgCode: KURE, category: 'municipal_registered' });
  Object.assign(ids, { p: p.id, q: q.id, r: r.id });
  await linkToLogin(t.db, p.id, s.memberP.login);
  await linkToLogin(t.db, q.id, s.memberQ.login);
  await assignToBody(t.db, p.id, ETAJIMA, fy);
  await assignToBody(t.db, q.id, KURE, fy);
  await assignToBody(t.db, r.id, ETAJIMA, fy);
  for (const [key, id] of [
    ['sheetP', p.id],
    ['sheetQ', q.id],
    ['sheetR', r.id],
  ] as const) {
    const res = await t.request('POST', `/api/people/${id}/skill-sheets`, {
      as: s.talent,
      body: { fiscalYear: 2024 },
    });
    ids[key] = ((await res.json()) as { id: string }).id;
  }
});
afterAll(() => t.close());

const getSheets = (as: Session, id: string) => t.request('GET', `/api/people/${id}/skill-sheets`, { as });
const evaluate = (as: Session, sheetId: string) =>
  t.request('PUT', `/api/skill-sheets/${sheetId}/evaluation`, {
    as,
    body: { levels: [{ itemCode: 'cloud', level: 2 }] },
  });
const selfAssess = (as: Session, sheetId: string) =>
  t.request('PUT', `/api/skill-sheets/${sheetId}/self-assessment`, {
    as,
    body: { levels: [{ itemCode: 'cloud', level: 1 }] },
  });

describe('a member', () => {
  it('sees their own sheets, evaluations included', async () => {
    const res = await getSheets(s.memberP, ids.p);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { items: { id: string }[] }).items.map((x) => x.id)).toEqual([ids.sheetP]);
  });

  it("never sees another person's sheet: 404 as if it did not exist", async () => {
    expect((await getSheets(s.memberQ, ids.p)).status).toBe(404);
    expect((await t.request('GET', `/api/people/${ids.p}/gaps`, { as: s.memberQ })).status).toBe(404);
    expect((await selfAssess(s.memberQ, ids.sheetP)).status).toBe(404);
  });

  it('self-assesses their own sheet but cannot evaluate it', async () => {
    expect((await selfAssess(s.memberP, ids.sheetP)).status).toBe(200);
    expect((await evaluate(s.memberP, ids.sheetP)).status).toBe(403);
  });

  it('opens their own sheet for a 年度 but not anyone else’s', async () => {
    const own = await t.request('POST', `/api/people/${ids.p}/skill-sheets`, {
      as: s.memberP,
      body: { fiscalYear: 2025 },
    });
    expect(own.status).toBe(201);
    const other = await t.request('POST', `/api/people/${ids.q}/skill-sheets`, {
      as: s.memberP,
      body: { fiscalYear: 2025 },
    });
    expect(other.status).toBe(404);
  });
});

describe('a municipal manager', () => {
  it('sees and evaluates the people assigned to their body', async () => {
    expect((await getSheets(s.etajimaManager, ids.p)).status).toBe(200);
    const res = await evaluate(s.etajimaManager, ids.sheetP);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { evaluatedBy: { displayName: string } }).evaluatedBy.displayName).toBe(
      'テスト municipal_manager',
    );
  });

  it("gets 404 for another body's people: their sheets are not even confirmed to exist", async () => {
    expect((await getSheets(s.etajimaManager, ids.q)).status).toBe(404);
    expect((await evaluate(s.etajimaManager, ids.sheetQ)).status).toBe(404);
    expect((await getSheets(s.kureManager, ids.p)).status).toBe(404);
    expect((await evaluate(s.kureManager, ids.sheetP)).status).toBe(404);
  });

  it('of the employing body sees the person but not their evaluations (403) unless hosting them', async () => {
    // R is employed by 呉市 and assigned to 江田島市: 江田島's manager evaluates, 呉's does not.
    expect((await getSheets(s.kureManager, ids.r)).status).toBe(403);
    expect((await evaluate(s.kureManager, ids.sheetR)).status).toBe(403);
    expect((await evaluate(s.etajimaManager, ids.sheetR)).status).toBe(200);
  });

  it('cannot open a sheet or self-assess for someone', async () => {
    const res = await t.request('POST', `/api/people/${ids.p}/skill-sheets`, {
      as: s.etajimaManager,
      body: { fiscalYear: 2026 },
    });
    expect(res.status).toBe(403);
    expect((await selfAssess(s.etajimaManager, ids.sheetP)).status).toBe(403);
  });
});

describe('municipal staff and viewers', () => {
  it('staff of the host body see the person but not their sheets or gaps (403)', async () => {
    expect(
      (await t.request('GET', `/api/people/${ids.p}/training-plans`, { as: s.etajimaStaff })).status,
    ).toBe(200);
    expect((await getSheets(s.etajimaStaff, ids.p)).status).toBe(403);
    expect((await t.request('GET', `/api/people/${ids.p}/gaps`, { as: s.etajimaStaff })).status).toBe(403);
    expect((await evaluate(s.etajimaStaff, ids.sheetP)).status).toBe(403);
  });

  it('viewers get nothing of a person', async () => {
    expect((await getSheets(s.viewer, ids.p)).status).toBe(403);
    expect((await evaluate(s.viewer, ids.sheetP)).status).toBe(403);
  });
});

describe('talent officers and admins', () => {
  it('see and evaluate everyone', async () => {
    for (const who of [s.talent, s.admin]) {
      for (const [person, sheet] of [
        [ids.p, ids.sheetP],
        [ids.q, ids.sheetQ],
        [ids.r, ids.sheetR],
      ] as const) {
        expect((await getSheets(who, person)).status).toBe(200);
        expect((await evaluate(who, sheet)).status).toBe(200);
      }
    }
  });

  it('cannot self-assess for the person', async () => {
    expect((await selfAssess(s.talent, ids.sheetQ)).status).toBe(403);
  });
});
