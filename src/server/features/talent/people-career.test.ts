import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { createTestDatabase } from '../../../../tests/support/test-db.ts';
import { loadDemoData } from '../../../db/demo/load-demo-data.ts';
import {
  skillAssessments,
  skillSheets,
  trainingCourses,
  trainingPlanItems,
  trainingPlans,
} from '../../../db/schema/index.ts';
import { targetsFor } from '../../../domain/skills/targets.ts';
import { getRosterSummary } from './get-roster-summary.ts';
import { addPerson, addPost, assign } from './test-fixtures.ts';

type Career = {
  person: { name: string };
  assignments: { org: { name: string }; postTitle: string; period: string; status: string }[];
  certifications: { code: string; passedOnLabel: string }[];
  trainings: { courseName: string; fiscalYear: number; completedOn: string | null }[];
  skills: { fiscalYear: number; fiscalYearLabel: string; achievementPercent: number }[] | null;
};
type Summary = {
  total: number;
  fiscalYearLabel: string;
  byEmployerType: { label: string; count: number }[];
  byCategory: { category: string; label: string; count: number }[];
  byEmployer: { org: { code: string }; category: string; count: number }[];
};

let t: TestApp;
let officer: Session;
let viewer: Session;
let personId: string;

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.as('talent_officer');
  viewer = await t.as('viewer', '342092');
  const etajima = await addPost(t.db, '342157', 'CIO補佐官', 2023);
  const kure = await addPost(t.db, '342025', '課長補佐', 2024);
  const pref = await addPost(t.db, '340006', 'DX推進チーム 主任', 2023);
  const person = await addPerson(t.db, {
    name: '経歴 太郎',
    hiringFiscalYear: 2023,
    hiredOn: '2023-04-01',
    certifications: [{ code: 'AP', passedOn: '2022-10-09' }],
  });
  personId = person.id;
  await assign(t.db, personId, etajima, 2023, 2024);
  await assign(t.db, personId, kure, 2025, 2026, 'planned');
  const [course] = await t.db
    .insert(trainingCourses)
    .values({
      kind: 'online',
      name: 'データ分析入門',
      provider: 'Udemy',
      skillItems: ['data_analysis'],
      hours: 10,
      costYen: 2000,
    })
    .returning();
  const [plan] = await t.db.insert(trainingPlans).values({ personId, fiscalYear: 2024 }).returning();
  await t.db.insert(trainingPlanItems).values([
    { planId: plan!.id, courseId: course!.id, status: 'completed', completedOn: '2024-07-31', costYen: 2000 },
    { planId: plan!.id, courseId: course!.id, status: 'planned', costYen: 2000 },
  ]);
  const [empty, full] = await t.db
    .insert(skillSheets)
    .values([
      { personId, fiscalYear: 2023, jobType: 'business_designer', careerStage: 'junior' },
      {
        personId,
        fiscalYear: 2024,
        jobType: 'business_designer',
        careerStage: 'junior',
        status: 'evaluated',
      },
    ])
    .returning();
  expect(empty).toBeDefined();
  await t.db.insert(skillAssessments).values(
    [...targetsFor('business_designer', 'junior')].map(([itemCode, level]) => ({
      sheetId: full!.id,
      itemCode,
      selfLevel: 0,
      evaluatorLevel: level,
    })),
  );

  // The roster of 2024: 3 県情報職 + 1 任期付 + 1 市町職員 assigned; the others are not 共通人材 that year.
  for (let i = 0; i < 2; i++) await assign(t.db, (await addPerson(t.db)).id, pref, 2024, 2024);
  const municipal = await addPerson(t.db, { employerOrgCode: '342157', category: 'municipal_registered' });
  await assign(t.db, municipal.id, etajima, 2024, null);
  await assign(t.db, (await addPerson(t.db)).id, pref, 2023, 2023);
  await assign(t.db, (await addPerson(t.db)).id, pref, 2024, 2024, 'planned');
  const expert = await addPerson(t.db, { category: 'fixed_term_expert', hiringRoute: 'fixed_term' });
  await assign(t.db, expert.id, kure, 2024, 2024);
});
afterAll(() => t.close());

describe('GET /api/people/{id}/career', () => {
  it('shows every assignment with post, body and 年度, planned ones marked', async () => {
    const res = await t.request('GET', `/api/people/${personId}/career`, { as: officer });
    expect(res.status).toBe(200);
    const career = (await res.json()) as Career;
    expect(career.person.name).toBe('経歴 太郎');
    expect(career.assignments.map((a) => [a.org.name, a.postTitle, a.period, a.status])).toEqual([
      ['江田島市', 'CIO補佐官', '令和5年度〜令和6年度', 'actual'],
      ['呉市', '課長補佐', '令和7年度〜令和8年度', 'planned'],
    ]);
    expect(career.certifications).toEqual([
      expect.objectContaining({ code: 'AP', passedOnLabel: '令和4年10月9日' }),
    ]);
  });

  it('lists completed trainings only', async () => {
    const career = (await (
      await t.request('GET', `/api/people/${personId}/career`, { as: officer })
    ).json()) as Career;
    expect(career.trainings).toEqual([
      expect.objectContaining({ courseName: 'データ分析入門', fiscalYear: 2024, completedOn: '2024-07-31' }),
    ]);
  });

  it('gives skill achievement per 年度 against the job type targets (evaluator level counts)', async () => {
    const career = (await (
      await t.request('GET', `/api/people/${personId}/career`, { as: officer })
    ).json()) as Career;
    expect(career.skills?.map((s) => [s.fiscalYearLabel, s.achievementPercent])).toEqual([
      ['令和5年度', 0],
      ['令和6年度', 100],
    ]);
  });
});

describe('GET /api/people/roster-summary', () => {
  it('counts the 共通人材 of the 年度 (actual assignments spanning it) by employer type, category and body', async () => {
    const res = await t.request('GET', '/api/people/roster-summary?fiscalYear=2024', { as: viewer });
    expect(res.status).toBe(200);
    const s = (await res.json()) as Summary;
    expect(s.fiscalYearLabel).toBe('令和6年度');
    expect(s.total).toBe(5);
    expect(s.byEmployerType.map((e) => [e.label, e.count])).toEqual([
      ['県情報職等', 4],
      ['市町職員', 1],
    ]);
    expect(s.byCategory.map((c) => [c.label, c.count])).toEqual([
      ['県情報職', 3],
      ['市町職員の共通人材登録', 1],
      ['任期付高度経験者', 1],
    ]);
    expect(s.byEmployer.map((e) => [e.org.code, e.category, e.count])).toEqual([
      ['340006', 'fixed_term_expert', 1],
      ['340006', 'pref_it', 3],
      ['342157', 'municipal_registered', 1],
    ]);
  });

  it('requires the 年度', async () => {
    expect((await t.request('GET', '/api/people/roster-summary', { as: viewer })).status).toBe(400);
  });
});

describe('roster counts on the demo data', () => {
  it('reproduce p.12 for R6: 38 共通人材 = 30 県情報職等 + 8 市町職員', async () => {
    const demo = await createTestDatabase();
    try {
      await loadDemoData(demo.db);
      const s = await getRosterSummary(demo.db, 2024);
      expect(s.total).toBe(38);
      expect(s.byEmployerType.map((e) => e.count)).toEqual([30, 8]);
    } finally {
      await demo.close();
    }
  });
});
