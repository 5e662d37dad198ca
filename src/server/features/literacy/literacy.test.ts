import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { loadDemoData } from '../../../db/demo/load-demo-data.ts';
import { auditLog, literacyParticipation, literacySessions } from '../../../db/schema/index.ts';
import { getJson } from '../community/community.test-support.ts';
import type { ParticipationSummary } from './summarise-participation.ts';

type Course = {
  id: string;
  name: string;
  organiser: string;
  method: string;
  period: string;
  content: string;
  statusFiscalYearLabel: string | null;
  statusNote: string;
  sessions: { id: string; fiscalYear: number; bodies: number; participants: number }[];
};

let t: TestApp;
let viewer: Session;
let officer: Session;
let kureManager: Session;
let courses: Course[];
beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.db);
  viewer = await t.as('viewer', '342092');
  officer = await t.as('talent_officer');
  kureManager = await t.as('municipal_manager', '342025');
  courses = (await getJson<{ items: Course[] }>(t, '/api/literacy/courses', viewer)).items;
});
afterAll(() => t.close());

const participation = (fy: number) =>
  getJson<ParticipationSummary>(t, `/api/literacy/participation?fiscalYear=${fy}`, viewer);

describe('the training menu of p.28', () => {
  it('lists the five courses with organiser, method, period, content and the R6 status', () => {
    expect(courses.map((c) => c.name)).toEqual([
      '中堅Ⅰ',
      '市町職員指導者養成',
      'データ分析・活用力',
      'みんなのDX研修',
      'デジタルリテラシー向上に係る学習動画',
    ]);
    expect(courses[3]).toMatchObject({
      organiser: '県DX推進チーム',
      method: 'オンライン（希望市町）',
      period: '9～2月',
      content: 'ＤＸの定義、考え方、ＤＸ事例等',
      statusFiscalYearLabel: '令和6年度',
      statusNote: '8月から実施予定',
    });
    expect(courses[4]?.content).toContain('ITパスポート相当');
  });
});

describe('GET /api/literacy/participation — computed from the per-body records', () => {
  it('R5: みんなのDX研修 9市町 164名, 学習動画 12市町 799名', async () => {
    const r5 = await participation(2023);
    expect(r5.label).toBe('令和5年度');
    const byName = new Map(r5.courses.map((c) => [c.name, c]));
    expect(byName.get('みんなのDX研修')).toMatchObject({ bodies: 9, participants: 164 });
    expect(byName.get('デジタルリテラシー向上に係る学習動画')).toMatchObject({
      bodies: 12,
      participants: 799,
    });
    // The totals really are sums of records, one per body, none of them the prefecture.
    const records = await t.db.select().from(literacyParticipation);
    expect(records.reduce((s, r) => s + r.participants, 0)).toBe(164 + 799);
    expect(records).toHaveLength(21);
    expect(records.every((r) => r.orgCode !== '340006' && r.participants > 0)).toBe(true);
    expect(r5.totals.participants).toBe(963);
  });

  it('answers an empty 年度 with no courses, and rejects a malformed one', async () => {
    expect((await participation(2030)).courses).toEqual([]);
    expect((await t.request('GET', '/api/literacy/participation?fiscalYear=R5', { as: viewer })).status).toBe(
      400,
    );
    expect((await t.request('GET', '/api/literacy/participation', { as: viewer })).status).toBe(400);
  });
});

describe('recording sessions and participation', () => {
  it('lets a body record its own participation in the R6 session, updating the totals; audited', async () => {
    const r6 = courses[3]!.sessions.find((s) => s.fiscalYear === 2024)!;
    const before = (await t.db.select().from(auditLog)).length;
    const res = await t.request('PUT', `/api/literacy/sessions/${r6.id}/participation/342025`, {
      as: kureManager,
      body: { participants: 23 },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      sessionId: r6.id,
      orgCode: '342025',
      orgName: '呉市',
      participants: 23,
    });
    // The same count again is no change and writes no audit entry.
    await t.request('PUT', `/api/literacy/sessions/${r6.id}/participation/342025`, {
      as: kureManager,
      body: { participants: 23 },
    });
    expect((await t.db.select().from(auditLog)).length).toBe(before + 1);
    const r6Summary = await participation(2024);
    expect(r6Summary.courses[0]).toMatchObject({ name: 'みんなのDX研修', bodies: 1, participants: 23 });
    // 0 removes the record.
    await t.request('PUT', `/api/literacy/sessions/${r6.id}/participation/342025`, {
      as: officer,
      body: { participants: 0 },
    });
    expect((await participation(2024)).courses).toEqual([]);
  });

  it('refuses another body’s figures (403), bad counts (400) and unknown sessions (404)', async () => {
    const r6 = courses[3]!.sessions.find((s) => s.fiscalYear === 2024)!;
    const put = (url: string, as: Session, body: unknown) => t.request('PUT', url, { as, body });
    expect(
      (await put(`/api/literacy/sessions/${r6.id}/participation/342157`, kureManager, { participants: 5 }))
        .status,
    ).toBe(403);
    expect(
      (await put(`/api/literacy/sessions/${r6.id}/participation/342025`, kureManager, { participants: -1 }))
        .status,
    ).toBe(400);
    expect(
      (await put(`/api/literacy/sessions/${r6.id}/participation/342025`, kureManager, { participants: 2.5 }))
        .status,
    ).toBe(400);
    expect(
      (await put(`/api/literacy/sessions/${r6.id}/participation/342026`, officer, { participants: 5 }))
        .status,
    ).toBe(400);
    expect(
      (
        await put(
          '/api/literacy/sessions/00000000-0000-4000-8000-000000000000/participation/342025',
          officer,
          { participants: 5 },
        )
      ).status,
    ).toBe(404);
    expect(
      (await put(`/api/literacy/sessions/${r6.id}/participation/342025`, viewer, { participants: 5 })).status,
    ).toBe(403);
  });

  it('adds a session for officers only; an unknown course or reversed dates is a 400 and writes nothing', async () => {
    const count = async () => (await t.db.select().from(literacySessions)).length;
    const before = await count();
    const ok = await t.request('POST', '/api/literacy/sessions', {
      as: officer,
      body: { courseId: courses[4]!.id, fiscalYear: 2024, startsOn: '2024-10-01', endsOn: '2025-03-31' },
    });
    expect(ok.status).toBe(201);
    const bad = [
      { courseId: '00000000-0000-4000-8000-000000000000', fiscalYear: 2024 },
      { courseId: courses[4]!.id, fiscalYear: 2024, startsOn: '2025-01-01', endsOn: '2024-12-31' },
    ];
    for (const body of bad)
      expect((await t.request('POST', '/api/literacy/sessions', { as: officer, body })).status).toBe(400);
    expect(
      (
        await t.request('POST', '/api/literacy/sessions', {
          as: kureManager,
          body: { courseId: courses[4]!.id, fiscalYear: 2024 },
        })
      ).status,
    ).toBe(403);
    expect(await count()).toBe(before + 1);
  });
});
