import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { loadDemoData } from '../../../db/demo/load-demo-data.ts';
import type { PlacementSummary } from './summarise-placement.ts';

let t: TestApp;
let viewer: Session;
beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.db);
  viewer = await t.as('viewer', '342092');
});
afterAll(() => t.close());

const summary = async (fy: number) =>
  (await (
    await t.request('GET', `/api/placement/summary?fiscalYear=${fy}`, { as: viewer })
  ).json()) as PlacementSummary & {
    label: string;
  };

describe('GET /api/placement/summary — the table of p.20, computed from the demo assignments', () => {
  it('R6: 15市町15名, 市町情報職相当 6名, 県 15名 + 2名（三原市、廿日市市）, 合計 30名 / 8名', async () => {
    const s = await summary(2024);
    expect(s.label).toBe('令和6年度');
    expect(s.totals).toEqual({
      municipalityCount: 15,
      municipalPrefFte: 15,
      municipalCount: 6,
      prefFte: 30,
      municipalTotal: 8,
    });
    expect(s.prefecture).toMatchObject({ prefFte: 15, municipalCount: 2 });
    expect(s.prefecture.municipalEmployers.sort()).toEqual(['三原市', '廿日市市'].sort());
    const byName = new Map(s.municipalities.map((r) => [r.orgName, r]));
    for (const name of ['三原市', '江田島市', '廿日市市'])
      expect(byName.get(name)).toMatchObject({ prefFte: 1, municipalCount: 2 });
    expect(byName.get('坂町')).toMatchObject({ prefFte: 1, midYear: true });
    expect(byName.get('呉市')).toMatchObject({ prefFte: 1, municipalCount: 0, midYear: false });
  });

  it('R5: 7市町 6名, with 三原市 0.4 and 江田島市 0.6', async () => {
    const s = await summary(2023);
    expect(s.totals.municipalityCount).toBe(7);
    expect(s.totals.municipalPrefFte).toBe(6);
    const byName = new Map(s.municipalities.map((r) => [r.orgName, r.prefFte]));
    expect(byName.get('三原市')).toBe(0.4);
    expect(byName.get('江田島市')).toBe(0.6);
    expect([...byName.keys()].sort()).toEqual(
      ['三原市', '江田島市', '廿日市市', '大竹市', '海田町', '大崎上島町', '安芸太田町'].sort(),
    );
  });

  it('R4: the model placement of 2 people to 3市', async () => {
    const s = await summary(2022);
    expect(s.totals.municipalityCount).toBe(3);
    expect(s.totals.municipalPrefFte).toBe(2);
  });

  it('rejects a missing or malformed 年度', async () => {
    expect((await t.request('GET', '/api/placement/summary', { as: viewer })).status).toBe(400);
    expect((await t.request('GET', '/api/placement/summary?fiscalYear=R6', { as: viewer })).status).toBe(400);
  });
});
