import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { loadDemoData } from '../../../db/demo/load-demo-data.ts';
import { getJson } from '../community/community.test-support.ts';
import type { buildDashboard } from './build-dashboard.ts';

type Dashboard = Awaited<ReturnType<typeof buildDashboard>>;

let t: TestApp;
let viewer: Session;
let member: Session;
let d: Dashboard;
beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.db);
  viewer = await t.as('viewer', '342092');
  member = await t.as('member', '342157');
  d = await getJson<Dashboard>(t, '/api/dashboard?fiscalYear=2024', viewer);
});
afterAll(() => t.close());

describe('GET /api/dashboard?fiscalYear=2024', () => {
  it('counts the bodies taking part per 年度: R5 7, R6 15', () => {
    expect(d.label).toBe('令和6年度');
    expect(d.participation.map((p) => [p.label, p.municipalities])).toEqual([
      ['令和5年度', 7],
      ['令和6年度', 15],
    ]);
  });

  it('shows people and posts per 年度 from the placement summary (R6: 15市町15名, 30名 + 8名) and the pool of 38', () => {
    const r6 = d.placement.find((p) => p.fiscalYear === 2024);
    expect(r6).toMatchObject({ municipalityCount: 15, municipalPrefFte: 15, prefFte: 30, municipalTotal: 8 });
    expect(r6!.filledPosts).toBeLessThanOrEqual(r6!.posts);
    expect(d.placement.map((p) => p.fiscalYear)).toEqual([2022, 2023, 2024]);
    expect(d.placement.find((p) => p.fiscalYear === 2023)).toMatchObject({
      municipalityCount: 7,
      municipalPrefFte: 6,
    });
    expect(d.people.total).toBe(38);
    // 30 県情報職等 (22 情報職 + 8 任期付) + 8 市町職員 (p.12).
    expect(d.people.byCategory.map((c) => c.count)).toEqual([22, 8, 8]);
  });

  it('places the 24 bodies on the schematic map with the people assigned in R6', () => {
    expect(d.map.schematic).toBe(true);
    expect(d.map.note).toContain('模式図');
    expect(d.map.bodies).toHaveLength(24);
    const body = (name: string) => d.map.bodies.find((b) => b.orgName === name)!;
    expect(body('江田島市')).toMatchObject({
      lat: 34.17,
      lon: 132.443,
      participates: true,
      prefFte: 1,
      municipalCount: 2,
      assigned: 3,
    });
    expect(body('坂町')).toMatchObject({ assigned: 1, midYear: true });
    expect(body('広島市')).toMatchObject({ participates: false, assigned: 0 });
    const municipalities = d.map.bodies.filter((b) => b.type !== '県');
    expect(municipalities.filter((b) => b.prefFte > 0)).toHaveLength(15);
    expect(municipalities.reduce((s, b) => s + b.assigned, 0)).toBe(15 + 6);
  });

  it('carries the recruitment trend (the fall of the ratio) and 任期付 43 → 113', () => {
    expect(d.recruitment.years.map((y) => y.label)).toEqual(['R3採用', 'R4採用', 'R5採用', 'R6採用']);
    expect(d.recruitment.ratios.find((r) => r.route === 'mid_career')?.values).toEqual([6, 6.5, 4.5, 3]);
    expect(d.recruitment.ratios.find((r) => r.route === 'graduate')?.values).toEqual([null, 6, 4, 3.3]);
    expect(d.recruitment.applicants.find((r) => r.route === 'fixed_term')?.values).toEqual([
      null,
      null,
      43,
      113,
    ]);
  });

  it('links the skill distribution by job type (the skills feature answers it) rather than recomputing it', () => {
    expect(d.skills).toEqual({ distributionHref: '/api/skills/distribution?fiscalYear=2024' });
  });

  it('shows open commitments (none open in the demo: the forum’s was closed) and R5 training when R6 has none', () => {
    expect(d.commitments).toEqual({ open: 0, overdue: 0, nextDue: [] });
    expect(d.literacy.label).toBe('令和5年度');
    expect(d.literacy.courses.map((c) => [c.name, c.bodies, c.participants])).toEqual([
      ['みんなのDX研修', 9, 164],
      ['デジタルリテラシー向上に係る学習動画', 12, 799],
    ]);
  });

  it('is readable by every role (aggregates only) and rejects a bad 年度', async () => {
    const asMember = await getJson<Dashboard>(t, '/api/dashboard?fiscalYear=2024', member);
    expect(asMember.people.total).toBe(38);
    expect(JSON.stringify(asMember)).not.toMatch(/見本|架空|試作/);
    expect((await t.request('GET', '/api/dashboard?fiscalYear=R6', { as: viewer })).status).toBe(400);
    expect((await t.request('GET', '/api/dashboard', { as: viewer })).status).toBe(400);
  });
});
