import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { loadDemoData } from '../../../db/demo/load-demo-data.ts';
import { auditLog, orgTargetPositions } from '../../../db/schema/index.ts';
import { getJson } from '../community/community.test-support.ts';
import type { computeProjection } from './compute-projection.ts';

type Projection = Awaited<ReturnType<typeof computeProjection>>;

let t: TestApp;
let viewer: Session;
let officer: Session;
let etajima: Session;
let kure: Session;
beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.db);
  viewer = await t.as('viewer', '342092');
  officer = await t.as('talent_officer');
  etajima = await t.as('municipal_manager', '342157');
  kure = await t.as('municipal_manager', '342025');
});
afterAll(() => t.close());

const projection = (query: string, as = viewer) =>
  getJson<Projection>(t, `/api/workforce/projection?${query}`, as);
const cell = (p: Projection, fy: number, jobType: string) =>
  p.cells.find((c) => c.fiscalYear === fy && c.jobType === jobType)!;
const total = (p: Projection, fy: number) => p.totals.find((x) => x.fiscalYear === fy)!;

describe('GET /api/workforce/projection', () => {
  it('projects five 年度 from R7: the pool of 38, plans of 11 then 7, need from posts and 江田島市’s R8 target', async () => {
    const p = await projection('fromFiscalYear=2025&leaveRatePercent=0');
    expect(p.years.map((y) => y.label)).toEqual([
      '令和7年度',
      '令和8年度',
      '令和9年度',
      '令和10年度',
      '令和11年度',
    ]);
    expect(p.cells).toHaveLength(5 * 10);
    expect(total(p, 2025)).toMatchObject({ start: 38, plannedHires: 11, hires: 11, supply: 49 });
    expect(total(p, 2026)).toMatchObject({ plannedHires: 7, supply: 56 });
    // After R8, the R8 plan continues (7 a year).
    expect(total(p, 2027)).toMatchObject({ plannedHires: 7, supply: 63 });
    // Need: 38 posts of R6 + 5 second posts from R7 = 43 FTE; from R8 江田島市 counts its target's 4 IT
    // people instead of its 3 posts.
    expect(total(p, 2025).need).toBe(43);
    expect(total(p, 2026).need).toBe(44);
    expect(cell(p, 2026, 'ux_designer').need - cell(p, 2025, 'ux_designer').need).toBe(1);
    // Gap = supply − need, per cell and in total.
    for (const c of p.cells) expect(Math.abs(c.gap - (c.supply - c.need))).toBeLessThanOrEqual(0.1 + 1e-9);
    expect(total(p, 2025).gap).toBe(6);
  });

  it('takes leavers at the officer’s rate and echoes every assumption', async () => {
    const p = await projection('fromFiscalYear=2025&years=3&leaveRatePercent=10');
    expect(p.leaveRatePercent).toBe(10);
    expect(total(p, 2025)).toMatchObject({ start: 38, leavers: 3.8, hires: 11, supply: 45.2 });
    expect(total(p, 2026).leavers).toBeCloseTo(4.5, 1);
    expect(p.assumptions.some((a) => a.includes('10%'))).toBe(true);
    expect(p.assumptions.some((a) => a.includes('サービスデザイナー→UI/UXデザイナー'))).toBe(true);
    expect(p.assumptions.some((a) => a.includes('行政職（2名）'))).toBe(true);
    expect(p.assumptions.some((a) => a.includes('R8年度の計画（7名）'))).toBe(true);
    expect(p.targets.filter((x) => x.staffKind === 'it').map((x) => x.jobTypeName)).toEqual([
      'ビジネスデザイナー',
      'プロジェクトマネージャー',
      'UI/UXデザイナー',
      'アプリケーションエンジニア',
    ]);
  });

  it('adds roster hires after the start year instead of plans for past years', async () => {
    const p = await projection('fromFiscalYear=2024&years=2');
    // The pool at the start of R6 is everyone hired by R5 (27 = 38 − 11 hired in R6), R6 hires come from the roster.
    expect(total(p, 2024)).toMatchObject({ start: 27, hires: 11, supply: 38 });
  });

  it('rejects bad parameters with clear messages', async () => {
    for (const q of [
      '',
      'fromFiscalYear=R7',
      'fromFiscalYear=2025&years=0',
      'fromFiscalYear=2025&years=11',
      'fromFiscalYear=2025&leaveRatePercent=-1',
      'fromFiscalYear=2025&leaveRatePercent=60',
    ]) {
      const res = await t.request('GET', `/api/workforce/projection?${q}`, { as: viewer });
      expect(res.status, q).toBe(400);
    }
  });

  it('is for the office, HR, DX managers and viewers; not for staff or members', async () => {
    expect(
      (await t.request('GET', '/api/workforce/projection?fromFiscalYear=2025', { as: etajima })).status,
    ).toBe(200);
    const staff = await t.as('municipal_staff', '342157');
    const member = await t.as('member', '342157');
    expect(
      (await t.request('GET', '/api/workforce/projection?fromFiscalYear=2025', { as: staff })).status,
    ).toBe(403);
    expect(
      (await t.request('GET', '/api/workforce/projection?fromFiscalYear=2025', { as: member })).status,
    ).toBe(403);
  });
});

describe('目指す組織体制 (target organisation)', () => {
  it('lists 江田島市’s R8 target: four 情報システム人材 and two 行政職', async () => {
    const body = await getJson<{
      items: { orgName: string; label: string; staffKind: string; count: number }[];
    }>(t, '/api/workforce/targets', viewer);
    const etajimaRows = body.items.filter((x) => x.orgName === '江田島市');
    expect(etajimaRows.every((x) => x.label === '令和8年度')).toBe(true);
    expect(etajimaRows.filter((x) => x.staffKind === 'it').reduce((s, x) => s + x.count, 0)).toBe(4);
    expect(etajimaRows.filter((x) => x.staffKind === 'administrative').reduce((s, x) => s + x.count, 0)).toBe(
      2,
    );
  });

  it('lets a body’s manager add its own target (job type mapped from the role), audited; not another body’s', async () => {
    const before = (await t.db.select().from(auditLog)).length;
    const res = await t.request('POST', '/api/workforce/targets', {
      as: kure,
      body: {
        orgCode: '342025',
        targetFiscalYear: 2027,
        staffKind: 'it',
        roleName: 'プロジェクトマネージャー（係長相当）',
        count: 1,
      },
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      orgName: '呉市',
      jobType: 'project_manager',
      label: '令和9年度',
    });
    expect((await t.db.select().from(auditLog)).length).toBe(before + 1);
    const other = await t.request('POST', '/api/workforce/targets', {
      as: kure,
      body: { orgCode: '342157', targetFiscalYear: 2027, staffKind: 'it', roleName: 'エンジニア', count: 1 },
    });
    expect(other.status).toBe(403);
    const again = await t.request('POST', '/api/workforce/targets', {
      as: officer,
      body: {
        orgCode: '342025',
        targetFiscalYear: 2027,
        staffKind: 'it',
        roleName: 'プロジェクトマネージャー（係長相当）',
        count: 2,
      },
    });
    expect(again.status).toBe(409);
  });

  it('refuses an IT role it cannot map without a job type, and bad counts; nothing written', async () => {
    const rows = (await t.db.select().from(orgTargetPositions)).length;
    const bad = [
      { orgCode: '342025', targetFiscalYear: 2027, staffKind: 'it', roleName: 'DX推進リーダー', count: 1 },
      { orgCode: '342025', targetFiscalYear: 2027, staffKind: 'it', roleName: 'エンジニア', count: 0 },
      {
        orgCode: '342025',
        targetFiscalYear: 2027,
        staffKind: 'it',
        roleName: 'エンジニア',
        count: 1,
        jobType: 'wizard',
      },
      { orgCode: '131016', targetFiscalYear: 2027, staffKind: 'it', roleName: 'エンジニア', count: 1 },
    ];
    for (const body of bad)
      expect((await t.request('POST', '/api/workforce/targets', { as: officer, body })).status).toBe(400);
    expect((await t.db.select().from(orgTargetPositions)).length).toBe(rows);
  });
});

type TargetJson = {
  id: string;
  orgName: string;
  roleName: string;
  jobType: string | null;
  count: number;
  version: number;
};
type ProgressJson = {
  label: string;
  bodies: {
    orgName: string;
    targetLabel: string;
    rows: {
      roleName: string;
      staffKind: string;
      target: number;
      actual: number | null;
      gap: number | null;
    }[];
    otherPlaced: number;
    totals: { itTarget: number; itActual: number; administrativeTarget: number; target: number };
  }[];
  assumptions: string[];
};

describe('目指す組織体制: change, delete, and target against actual', () => {
  const targetsOf = async (orgName: string) =>
    (await getJson<{ items: TargetJson[] }>(t, '/api/workforce/targets', viewer)).items.filter(
      (x) => x.orgName === orgName,
    );

  it('shows 江田島市’s R8 target (p.18) against the people placed there in R6', async () => {
    const p = await getJson<ProgressJson>(t, '/api/workforce/targets/progress?fiscalYear=2024', viewer);
    expect(p.label).toBe('令和6年度');
    const etajimaProgress = p.bodies.find((b) => b.orgName === '江田島市');
    expect(etajimaProgress?.targetLabel).toBe('令和8年度');
    expect(etajimaProgress?.totals).toEqual({ itTarget: 4, itActual: 3, administrativeTarget: 2, target: 6 });
    const matched = etajimaProgress!.rows
      .filter((r) => r.staffKind === 'it')
      .reduce((s, r) => s + (r.actual ?? 0), 0);
    expect(matched + etajimaProgress!.otherPlaced).toBe(3);
    expect(etajimaProgress?.rows.find((r) => r.staffKind === 'administrative')).toMatchObject({
      target: 2,
      actual: null,
      gap: null,
    });
    for (const r of etajimaProgress!.rows.filter((x) => x.staffKind === 'it'))
      expect(r.gap).toBe((r.actual ?? 0) - r.target);
    expect(p.assumptions.length).toBeGreaterThan(0);
    // Before anyone was placed (R3) the actual is 0.
    const r3 = await getJson<ProgressJson>(t, '/api/workforce/targets/progress?fiscalYear=2021', viewer);
    expect(r3.bodies.find((b) => b.orgName === '江田島市')?.totals.itActual).toBe(0);
  });

  it('progress is for the targets’ readers and takes a valid 年度', async () => {
    const staff = await t.as('municipal_staff', '342157');
    expect(
      (await t.request('GET', '/api/workforce/targets/progress?fiscalYear=2024', { as: staff })).status,
    ).toBe(403);
    for (const q of ['', 'fiscalYear=R6', 'fiscalYear=1e3', 'fiscalYear=99999'])
      expect((await t.request('GET', `/api/workforce/targets/progress?${q}`, { as: viewer })).status, q).toBe(
        400,
      );
  });

  it('lets 江田島市’s manager change and delete its own roles with If-Match; audited', async () => {
    const [engineer] = (await targetsOf('江田島市')).filter((x) => x.roleName.startsWith('エンジニア'));
    expect(engineer?.version).toBe(1);
    const changed = await t.request('PATCH', `/api/workforce/targets/${engineer!.id}`, {
      as: etajima,
      body: { count: 2, note: '2名に増員' },
      headers: { 'if-match': '"1"' },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).toBe('"2"');
    expect(await changed.json()).toMatchObject({ count: 2, version: 2, jobType: 'application_engineer' });
    const stale = await t.request('PATCH', `/api/workforce/targets/${engineer!.id}`, {
      as: etajima,
      body: { count: 3 },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    // A new role name maps its job type again.
    const renamed = await t.request('PATCH', `/api/workforce/targets/${engineer!.id}`, {
      as: etajima,
      body: { roleName: 'データサイエンティスト（係員相当）' },
    });
    expect(await renamed.json()).toMatchObject({ jobType: 'data_scientist', count: 2 });
    // Taking another role's name is a conflict.
    const clash = await t.request('PATCH', `/api/workforce/targets/${engineer!.id}`, {
      as: etajima,
      body: { roleName: 'サービスデザイナー（係員相当）' },
    });
    expect(clash.status).toBe(409);
    const gone = await t.request('DELETE', `/api/workforce/targets/${engineer!.id}`, {
      as: etajima,
      headers: { 'if-match': '"1"' },
    });
    expect(gone.status).toBe(412);
    expect(
      (
        await t.request('DELETE', `/api/workforce/targets/${engineer!.id}`, {
          as: etajima,
          headers: { 'if-match': '"3"' },
        })
      ).status,
    ).toBe(204);
    expect((await targetsOf('江田島市')).some((x) => x.id === engineer!.id)).toBe(false);
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.entityId, engineer!.id));
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['target_position.update', 'target_position.delete']),
    );
  });

  it('refuses another body’s manager (403), staff and viewers (403), bad input (400), unknown ids (404)', async () => {
    const [row] = await targetsOf('江田島市');
    const staff = await t.as('municipal_staff', '342157');
    expect(
      (await t.request('PATCH', `/api/workforce/targets/${row!.id}`, { as: kure, body: { count: 9 } }))
        .status,
    ).toBe(403);
    expect((await t.request('DELETE', `/api/workforce/targets/${row!.id}`, { as: kure })).status).toBe(403);
    expect(
      (await t.request('PATCH', `/api/workforce/targets/${row!.id}`, { as: staff, body: { count: 9 } }))
        .status,
    ).toBe(403);
    expect(
      (await t.request('PATCH', `/api/workforce/targets/${row!.id}`, { as: viewer, body: { count: 9 } }))
        .status,
    ).toBe(403);
    for (const body of [{}, { count: 0 }, { jobType: 'wizard' }, { staffKind: 'robot' }, { count: '2' }])
      expect(
        (await t.request('PATCH', `/api/workforce/targets/${row!.id}`, { as: officer, body })).status,
        JSON.stringify(body),
      ).toBe(400);
    expect(
      (await t.request('PATCH', '/api/workforce/targets/not-a-uuid', { as: officer, body: { count: 1 } }))
        .status,
    ).toBe(400);
    expect(
      (
        await t.request('PATCH', '/api/workforce/targets/00000000-0000-4000-8000-000000000000', {
          as: officer,
          body: { count: 1 },
        })
      ).status,
    ).toBe(404);
    const [after] = (await targetsOf('江田島市')).filter((x) => x.id === row!.id);
    expect(after).toEqual(row);
  });
});
