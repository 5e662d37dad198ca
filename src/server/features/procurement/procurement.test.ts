import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { loadInventoryDemo } from '../../../db/demo/inventory-demo.ts';
import { CLI_ACTOR } from '../../platform/actor.ts';
import { addMonths, daysBetween } from './contract-window.ts';

type Group = {
  key: string;
  bodies: number;
  systems: {
    orgCode: string;
    orgName: string;
    contractEnd: string;
    yearlyCost: number | null;
    vendor: string | null;
  }[];
  totalYearlyCost: number;
  earliestEnd: string;
  latestEnd: string;
  jointSystem: { name: string } | null;
};
type Alerts = {
  orgCode: string;
  orgName: string;
  until: string;
  items: { kind: string; name: string; contractEnd: string; daysLeft: number }[];
  overdue: { contractEnd: string }[];
};

const ETAJIMA = '342157';
/** The demo is placed relative to the 年度 of the day it is loaded: fix that day. */
const LOADED_ON = new Date('2024-10-01T00:00:00+09:00');

let t: TestApp;
let etajima: Session;
let viewer: Session;

beforeAll(async () => {
  t = await createTestApp();
  etajima = await t.as('municipal_manager', ETAJIMA);
  viewer = await t.as('viewer', '342092');
  await loadInventoryDemo(t.db, CLI_ACTOR, LOADED_ON);
});
afterAll(() => t.close());

describe('contract windows', () => {
  it('adds months clamped to the month end and counts days', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-11-15', 12)).toBe('2025-11-15');
    expect(addMonths('2025-10-31', 5)).toBe('2026-03-31');
    expect(daysBetween('2025-03-01', '2025-03-31')).toBe(30);
  });
});

describe('GET /api/procurement/candidates', () => {
  it('groups bodies whose systems of one business end within the window, costs side by side', async () => {
    const res = await t.request('GET', '/api/procurement/candidates?windowMonths=12&asOf=2025-04-01', {
      as: viewer,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { until: string; groups: Group[] };
    expect(body.until).toBe('2026-04-01');
    expect(body.groups.length).toBeGreaterThan(0);
    for (const g of body.groups) {
      expect(g.bodies).toBeGreaterThanOrEqual(2);
      expect(new Set(g.systems.map((s) => s.orgCode)).size).toBe(g.bodies);
      expect(g.systems.every((s) => s.contractEnd >= '2025-04-01' && s.contractEnd <= '2026-04-01')).toBe(
        true,
      );
      expect(g.totalYearlyCost).toBe(g.systems.reduce((n, s) => n + (s.yearlyCost ?? 0), 0));
      expect(g.earliestEnd <= g.latestEnd).toBe(true);
    }
    // Sorted by the number of bodies, most first.
    const counts = body.groups.map((g) => g.bodies);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(body.groups.some((g) => g.key === '住民基本台帳')).toBe(true);
  });

  it('narrows to one business and to groups of at least N bodies', async () => {
    const res = await t.request(
      'GET',
      `/api/procurement/candidates?windowMonths=24&asOf=2025-04-01&business=${encodeURIComponent('介護保険')}&minBodies=3`,
      { as: viewer },
    );
    const body = (await res.json()) as { groups: Group[] };
    expect(body.groups.map((g) => g.key)).toEqual(['介護保険']);
    expect(body.groups[0]!.bodies).toBeGreaterThanOrEqual(3);
  });

  it('marks a group that is already jointly procured', async () => {
    const res = await t.request('GET', '/api/procurement/candidates?windowMonths=6&asOf=2027-01-01', {
      as: viewer,
    });
    const body = (await res.json()) as { groups: Group[] };
    const nyusatsu = body.groups.find((g) => g.key === '電子入札');
    expect(nyusatsu?.jointSystem?.name).toBe('広島県・市町共同 電子入札システム');
    // The 21 participating 市町 (all but 広島市 and 福山市) renew together in March 2027.
    const municipal = new Set(nyusatsu?.systems.filter((s) => s.orgCode !== '340006').map((s) => s.orgCode));
    expect(municipal.size).toBe(21);
  });

  it('estimates each candidate’s yearly savings from the programme’s rate, with its formula; an admin’s new rate applies', async () => {
    type Savings = {
      estimatedSavingsYen: number;
      savings: {
        estimatedSavingsYen: number;
        ratePercent: number;
        basisYen: number;
        costedSystems: number;
        uncostedSystems: number;
        formula: string;
      };
    };
    const url = '/api/procurement/candidates?windowMonths=12&asOf=2025-04-01';
    const before = (await (await t.request('GET', url, { as: viewer })).json()) as {
      groups: (Group & Savings)[];
      savingsAssumptions: string[];
    };
    expect(before.savingsAssumptions.join('')).toContain('10%');
    for (const g of before.groups) {
      const costs = g.systems.map((s) => s.yearlyCost).filter((c): c is number => c !== null);
      expect(g.savings.ratePercent).toBe(10);
      expect(g.savings.basisYen).toBe(g.totalYearlyCost);
      expect(g.savings.costedSystems).toBe(costs.length);
      expect(g.savings.uncostedSystems).toBe(g.systems.length - costs.length);
      expect(g.estimatedSavingsYen).toBe(Math.floor(g.totalYearlyCost / 10));
      expect(g.savings.formula).toBe(
        `年間経費の合計 ${g.totalYearlyCost.toLocaleString('ja-JP')}円 × 削減率 10% = ${g.estimatedSavingsYen.toLocaleString('ja-JP')}円（年額）`,
      );
    }
    const admin = await t.as('admin');
    const changed = await t.request('PATCH', '/api/settings', {
      as: admin,
      body: { savingsRatePercent: 7.5, savingsRateBasis: '電子申請の共同調達の実績（デモ）' },
    });
    expect(changed.status).toBe(200);
    const after = (await (await t.request('GET', url, { as: viewer })).json()) as {
      groups: (Group & Savings)[];
      savingsAssumptions: string[];
    };
    expect(after.savingsAssumptions.join('')).toContain('電子申請の共同調達の実績（デモ）');
    for (const g of after.groups) {
      expect(g.savings.ratePercent).toBe(7.5);
      expect(g.estimatedSavingsYen).toBe(Math.floor((g.totalYearlyCost * 75) / 1000));
    }
  });

  it('rejects a window out of range', async () => {
    expect(
      (await t.request('GET', '/api/procurement/candidates?windowMonths=0', { as: viewer })).status,
    ).toBe(400);
  });
});

describe('GET /api/procurement/alerts', () => {
  it("lists the actor's own body's contracts ending within N months, soonest first", async () => {
    const res = await t.request('GET', '/api/procurement/alerts?monthsAhead=36&asOf=2025-04-01', {
      as: etajima,
    });
    const body = (await res.json()) as Alerts;
    expect(body).toMatchObject({ orgCode: ETAJIMA, orgName: '江田島市', until: '2028-04-01' });
    expect(body.items.length).toBeGreaterThan(0);
    const ends = body.items.map((i) => i.contractEnd);
    expect(ends).toEqual([...ends].sort());
    for (const i of body.items) expect(i.daysLeft).toBe(daysBetween('2025-04-01', i.contractEnd));
    // 江田島市 takes part in the joint 電子入札 (ends 2027-03-31): its own contract is listed too.
    expect(body.items.some((i) => i.kind === 'joint' && i.name.includes('電子入札'))).toBe(true);
  });

  it('lists a joint contract once, though the body also records it in its 台帳', async () => {
    const alerts = (await (
      await t.request('GET', '/api/procurement/alerts?monthsAhead=36&asOf=2025-04-01', { as: etajima })
    ).json()) as Alerts;
    const ledger = (await (
      await t.request('GET', `/api/systems?orgCode=${ETAJIMA}&limit=200`, { as: etajima })
    ).json()) as { items: { name: string; category: string | null; contractEnd: string | null }[] };
    // The 台帳 row for the joint 電子入札 ends on the joint contract's day: one alert, the joint one.
    const recorded = ledger.items.filter((s) => s.category === '電子入札');
    const joint = alerts.items.filter((i) => i.kind === 'joint' && i.name.includes('電子入札'));
    expect(recorded.length).toBe(1);
    expect(joint.length).toBe(1);
    expect(recorded[0]!.contractEnd).toBe(joint[0]!.contractEnd);
    expect(
      alerts.items.filter((i) => i.contractEnd === joint[0]!.contractEnd && i.name === recorded[0]!.name),
    ).toEqual([]);
    // Other 台帳 rows are still listed as systems.
    expect(alerts.items.some((i) => i.kind === 'system')).toBe(true);
  });

  it('answers for another body when asked, and 404 for an unknown one', async () => {
    const kure = (await (
      await t.request('GET', '/api/procurement/alerts?orgCode=342025', { as: etajima })
    ).json()) as Alerts;
    expect(kure.orgName).toBe('呉市');
    expect((await t.request('GET', '/api/procurement/alerts?orgCode=131016', { as: etajima })).status).toBe(
      404,
    );
  });
});

describe('GET /api/procurement/joint-systems', () => {
  it('lists the joint systems of p.27 with every participant’s contract', async () => {
    const res = await t.request('GET', '/api/procurement/joint-systems', { as: viewer });
    const body = (await res.json()) as {
      items: {
        id: number;
        service: string;
        leadOrgName: string;
        contractStart: string;
        participants: { orgName: string }[];
      }[];
    };
    expect(body.items.map((j) => j.service)).toEqual(['電子申請', '公共施設予約', '電子入札']);
    const denshi = body.items[0]!;
    expect(denshi).toMatchObject({ leadOrgName: '広島県', contractStart: '2024-04-01' });
    expect(denshi.participants).toHaveLength(23);
    const one = await t.request('GET', `/api/procurement/joint-systems/${denshi.id}`, { as: viewer });
    expect(one.status).toBe(200);
    expect((await t.request('GET', '/api/procurement/joint-systems/999999', { as: viewer })).status).toBe(
      404,
    );
  });
});
