import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { loadDemoData } from '../../../db/demo/load-demo-data.ts';
import { currentFiscalYear } from '../../../domain/fiscal-year.ts';
import { getDataYears } from './get-data-years.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.db);
});
afterAll(() => t.close());

describe('GET /api/fiscal-years', () => {
  it('offers the first 年度 with records to next 年度, to any signed-in role', async () => {
    const member = await t.as('member');
    const res = await t.request('GET', '/api/fiscal-years', { as: member });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Awaited<ReturnType<typeof getDataYears>>;
    const now = currentFiscalYear();
    expect(body).toMatchObject({ current: now, last: now + 1 });
    expect(body.first).toBeLessThanOrEqual(2023);
    // No scenario is in the demo: an area without records says so.
    expect(body.areas.matching).toBeNull();
  });

  it('spans the demo’s records: participation R5–R6, placement up to today, the first 年度 of all', async () => {
    // Read on a fixed day (2026-12-06 in Japan: 令和8年度), so running assignments reach R8.
    const years = await getDataYears(t.db, new Date('2026-12-06T02:00:00Z'));
    expect(years.current).toBe(2026);
    expect(years.last).toBe(2027);
    expect(years.areas.participation).toEqual({ first: 2023, last: 2024 });
    expect(years.areas.placement?.last).toBe(2026);
    const firsts = Object.values(years.areas).flatMap((s) => (s ? [s.first] : []));
    expect(years.first).toBe(Math.min(...firsts));
    expect(years.areas.skills).not.toBeNull();
    expect(years.areas.skills!.last).toBeLessThan(2026);
  });
});
