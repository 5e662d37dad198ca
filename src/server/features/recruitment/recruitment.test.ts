import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { loadDemoData } from '../../../db/demo/load-demo-data.ts';
import { auditLog, recruitmentExams } from '../../../db/schema/index.ts';

type Exam = {
  id: string;
  fiscalYear: number;
  label: string;
  route: string;
  applicants: number | null;
  finalPassers: number | null;
  hires: number | null;
  plannedHires: number | null;
  note: string;
  ratio: number | null;
};
type Ratios = { years: { label: string }[]; routes: { route: string; items: { text: string }[] }[] };
type Funnel = {
  items: {
    fiscalYear: number;
    hired: number;
    examHires: number | null;
    placed: number;
    retained: number;
    publicHires: { total: number; prefecture: number; municipal: number };
  }[];
};

let t: TestApp;
let viewer: Session;
let officer: Session;
let manager: Session;
beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.db);
  viewer = await t.as('viewer', '342092');
  officer = await t.as('talent_officer');
  manager = await t.as('municipal_manager', '342157');
});
afterAll(() => t.close());

const exams = async () =>
  (await (await t.request('GET', '/api/recruitment/exams', { as: viewer })).json()) as {
    items: Exam[];
    years: { fiscalYear: number; label: string }[];
  };
const auditCount = async () => (await t.db.select().from(auditLog)).length;

describe('GET /api/recruitment/exams — the table of p.21', () => {
  it('holds R3–R6 results and the R7/R8 plans, with 任期付 applicants 43 → 113', async () => {
    const body = await exams();
    expect(body.years.map((y) => y.label)).toEqual([
      'R3採用',
      'R4採用',
      'R5採用',
      'R6採用',
      'R7採用',
      'R8採用',
    ]);
    const row = (route: string, fy: number) =>
      body.items.find((e) => e.route === route && e.fiscalYear === fy);
    expect([2021, 2022, 2023, 2024].map((fy) => row('mid_career', fy)?.applicants)).toEqual([24, 13, 9, 12]);
    expect([2021, 2022, 2023, 2024].map((fy) => row('mid_career', fy)?.finalPassers)).toEqual([4, 2, 2, 4]);
    expect(row('graduate', 2021)).toBeUndefined();
    expect([2022, 2023, 2024].map((fy) => row('graduate', fy)?.applicants)).toEqual([12, 12, 10]);
    expect([2023, 2024].map((fy) => row('fixed_term', fy)?.applicants)).toEqual([43, 113]);
    expect(row('mid_career', 2025)).toMatchObject({ plannedHires: 4, applicants: null });
    expect(row('graduate', 2026)).toMatchObject({ plannedHires: 3 });
    expect(row('fixed_term', 2025)).toMatchObject({ plannedHires: 4, note: 'R6.6募集開始' });
    expect(row('fixed_term', 2026)).toBeUndefined();
  });
});

describe('GET /api/recruitment/ratios — p.22 computed', () => {
  it('gives 6.0 6.5 4.5 3.0 and – 6.0 4.0 3.3 for R3–R6', async () => {
    const res = await t.request('GET', '/api/recruitment/ratios', { as: viewer });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Ratios;
    expect(body.years.map((y) => y.label)).toEqual(['R3採用', 'R4採用', 'R5採用', 'R6採用']);
    const texts = (route: string) => body.routes.find((r) => r.route === route)?.items.map((i) => i.text);
    expect(texts('mid_career')).toEqual(['6.0', '6.5', '4.5', '3.0']);
    expect(texts('graduate')).toEqual(['–', '6.0', '4.0', '3.3']);
    expect(body.routes.map((r) => r.route)).toEqual(['mid_career', 'graduate']);
  });
});

describe('GET /api/recruitment/funnel — hire → first post → retention', () => {
  it('counts the roster per hiring 年度 beside the exams: R3 4名, R6 11名, all placed and retained', async () => {
    const body = (await (await t.request('GET', '/api/recruitment/funnel', { as: viewer })).json()) as Funnel;
    const year = (fy: number) => body.items.find((i) => i.fiscalYear === fy);
    expect(year(2021)).toMatchObject({ hired: 4, examHires: 4, placed: 4, retained: 4 });
    expect(year(2023)).toMatchObject({ hired: 9, examHires: 9 });
    expect(year(2024)).toMatchObject({ hired: 11, examHires: 11, placed: 11 });
    // p.21: from R6 the 公募 is 7名, 県4・市町3 — computed from where the hires were placed first.
    expect(year(2024)?.publicHires).toEqual({ total: 7, prefecture: 4, municipal: 3 });
    // 情報職 hiring began in R3: nobody was hired before (p.4, p.21).
    expect(body.items.every((i) => i.fiscalYear >= 2021)).toBe(true);
    // 市町職員の共通人材登録 and the two 任用替え staff (県情報職「等」) are not the prefecture's hires.
    expect(body.items.reduce((s, i) => s + i.hired, 0)).toBe(28);
  });
});

describe('writes (admin, talent_officer)', () => {
  it('records a plan, audited, and refuses a second row for the same 年度 and route (409)', async () => {
    const before = await auditCount();
    const res = await t.request('POST', '/api/recruitment/exams', {
      as: officer,
      body: {
        fiscalYear: 2027,
        route: 'mid_career',
        applicants: null,
        finalPassers: null,
        hires: null,
        plannedHires: 5,
      },
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as Exam;
    expect(created).toMatchObject({ label: 'R9採用', plannedHires: 5, ratio: null });
    const entries = (await t.db.select().from(auditLog)).slice(before);
    expect(entries.map((e) => e.action)).toEqual(['recruitment_exam.create']);
    expect(entries[0]).toMatchObject({ entityId: created.id, actorLogin: officer.login });

    const again = await t.request('POST', '/api/recruitment/exams', {
      as: officer,
      body: {
        fiscalYear: 2027,
        route: 'mid_career',
        applicants: 20,
        finalPassers: 4,
        hires: 4,
        plannedHires: null,
      },
    });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('EXAM_EXISTS');
  });

  it('updates the R7 plan with results and computes the new ratio', async () => {
    const plan = (await exams()).items.find((e) => e.route === 'graduate' && e.fiscalYear === 2025)!;
    const res = await t.request('PATCH', `/api/recruitment/exams/${plan.id}`, {
      as: officer,
      body: { applicants: 9, finalPassers: 3, hires: 3 },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Exam).ratio).toBe(3);
  });

  it('rejects bad figures with per-field messages and writes nothing', async () => {
    const before = await auditCount();
    const rows = (await t.db.select().from(recruitmentExams)).length;
    const cases: unknown[] = [
      {
        fiscalYear: 2028,
        route: 'graduate',
        applicants: 3,
        finalPassers: 5,
        hires: null,
        plannedHires: null,
      },
      {
        fiscalYear: 2028,
        route: 'graduate',
        applicants: null,
        finalPassers: null,
        hires: null,
        plannedHires: null,
      },
      { fiscalYear: 2028, route: 'ninki', applicants: 10, finalPassers: 1, hires: 1, plannedHires: null },
      { fiscalYear: 2028, route: 'graduate', applicants: -1, finalPassers: 1, hires: 1, plannedHires: null },
      { fiscalYear: 'R10', route: 'graduate', applicants: 10, finalPassers: 1, hires: 1, plannedHires: null },
    ];
    for (const body of cases) {
      const res = await t.request('POST', '/api/recruitment/exams', { as: officer, body });
      expect(res.status).toBe(400);
      const error = ((await res.json()) as { error: { code: string; issues: { path: string }[] } }).error;
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.issues.length).toBeGreaterThan(0);
    }
    const first = await t.request('POST', '/api/recruitment/exams', { as: officer, body: cases[0] });
    expect(
      ((await first.json()) as { error: { issues: { path: string; message: string }[] } }).error.issues,
    ).toEqual([{ path: 'finalPassers', message: '最終合格者数が受験者数を超えています' }]);
    // An update that would break the rule is refused as a whole.
    const r6 = (await exams()).items.find((e) => e.route === 'mid_career' && e.fiscalYear === 2024)!;
    const bad = await t.request('PATCH', `/api/recruitment/exams/${r6.id}`, {
      as: officer,
      body: { finalPassers: 13 },
    });
    expect(bad.status).toBe(400);
    expect((await exams()).items.find((e) => e.id === r6.id)?.finalPassers).toBe(4);
    expect((await t.db.select().from(recruitmentExams)).length).toBe(rows);
    expect(await auditCount()).toBe(before);
  });

  it('answers 403 to a municipal manager and 404 for an unknown row', async () => {
    const res = await t.request('POST', '/api/recruitment/exams', {
      as: manager,
      body: {
        fiscalYear: 2029,
        route: 'graduate',
        applicants: null,
        finalPassers: null,
        hires: null,
        plannedHires: 2,
      },
    });
    expect(res.status).toBe(403);
    const missing = await t.request('PATCH', '/api/recruitment/exams/00000000-0000-4000-8000-000000000000', {
      as: officer,
      body: { plannedHires: 1 },
    });
    expect(missing.status).toBe(404);
    const [row] = await t.db.select().from(recruitmentExams).where(eq(recruitmentExams.fiscalYear, 2029));
    expect(row).toBeUndefined();
  });
});
