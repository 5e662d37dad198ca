import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { SKILL_ITEM_CODES } from '../../../domain/skills/catalogue.ts';
import { targetsFor } from '../../../domain/skills/targets.ts';
import { assignToBody, insertCourse, insertPerson, linkToLogin } from './test-fixtures.ts';

type GapRow = { itemCode: string; target: number; level: number; gap: number; courses: { name: string }[] };
type Figures = {
  headcount: number;
  assessed: number;
  meanAchievement: number | null;
  topGaps: { itemCode: string; summedGap: number; peopleBelowTarget: number }[];
  bands: { label: string; count: number }[];
  suppressed: boolean;
};
type Group = { overall: Figures; byJobType: (Figures & { jobType: { code: string } })[] };
type Distribution = {
  total: { people: number; assessed: number; meanAchievement: number | null };
  byJobType: {
    jobType: { code: string };
    people: number;
    assessed: number;
    meanAchievement: number | null;
    bands: { count: number }[];
    suppressed: boolean;
  }[];
};

const ETAJIMA = '342157';
let t: TestApp;
let talent: Session;
let viewer: Session;
let manager: Session;
let staff: Session;
let kureManager: Session;
let member: Session;
const id = { a: '', b: '', c: '', d: '' };

/** Evaluates every item: `levels` for the items named, the job type's middle-stage target for the rest. */
async function evaluate(personId: string, levels: Record<string, number>, base: 'target' | 'zero') {
  const sheet = await t.request('POST', `/api/people/${personId}/skill-sheets`, {
    as: talent,
    body: { fiscalYear: 2024 },
  });
  const sheetId = ((await sheet.json()) as { id: string }).id;
  const targets = targetsFor('security_specialist', 'middle');
  const body = SKILL_ITEM_CODES.map((itemCode) => ({
    itemCode,
    level: levels[itemCode] ?? (base === 'target' ? (targets.get(itemCode) ?? 0) : 0),
  }));
  const res = await t.request('PUT', `/api/skill-sheets/${sheetId}/evaluation`, {
    as: talent,
    body: { levels: body },
  });
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp();
  talent = await t.as('talent_officer');
  viewer = await t.as('viewer', '342092');
  manager = await t.as('municipal_manager', ETAJIMA);
  staff = await t.as('municipal_staff', ETAJIMA);
  kureManager = await t.as('municipal_manager', '342025');
  member = await t.as('member');
  // Security specialists hired 2020: middle stage in 2024 (core 3, related 2, the rest 1; targets sum to 30).
  const [a, b, c, d] = [
    await insertPerson(t.db),
    await insertPerson(t.db),
    await insertPerson(t.db, { primaryJobType: 'data_scientist' }),
    await insertPerson(t.db),
  ];
  Object.assign(id, { a: a!.id, b: b!.id, c: c!.id, d: d!.id });
  await linkToLogin(t.db, id.a, member.login);
  await insertPerson(t.db, { status: 'retired', primaryJobType: 'data_scientist' });
  await insertPerson(t.db, {
    hiringFiscalYear: 2025,
    hiredOn: '2025-04-01',
    primaryJobType: 'data_scientist',
  });
  for (const p of [id.a, id.b, id.c]) await assignToBody(t.db, p, ETAJIMA, 2024);
  // A: security_engineering 0 (gap 3), cloud 0 (gap 2), security_management 2 (gap 1); reached 24 of 30 = 80 %.
  await evaluate(id.a, { security_engineering: 0, cloud: 0, security_management: 2 }, 'target');
  await evaluate(id.b, {}, 'target'); // 100 %
  await evaluate(id.d, {}, 'zero'); // 0 %
  const done = await insertCourse(t.db, {
    name: '既に修了した法令研修',
    skillItems: ['security_engineering'],
    hours: 1,
  });
  await insertCourse(t.db, { name: 'セキュリティ診断実践', skillItems: ['security_engineering'], hours: 10 });
  await insertCourse(t.db, {
    name: 'クラウドセキュリティ',
    skillItems: ['cloud', 'security_engineering'],
    hours: 20,
  });
  await insertCourse(t.db, { name: 'ISMS入門', skillItems: ['security_management'], hours: 5 });
  await insertCourse(t.db, {
    name: '募集終了のISMS研修',
    skillItems: ['security_management'],
    hours: 1,
    active: false,
  });
  await insertCourse(t.db, {
    name: '係長研修',
    kind: 'course',
    grade: '係長',
    skillItems: ['security_management'],
    hours: 1,
  });
  await insertCourse(t.db, {
    name: '主任研修',
    kind: 'course',
    grade: '主任',
    skillItems: ['security_management'],
    hours: 30,
  });
  await insertCourse(t.db, { name: 'ジョブローテーション', kind: 'ojt', skillItems: ['cloud'], hours: 1 });
  const plan = await t.request('PUT', `/api/people/${id.a}/training-plans/2024/items`, {
    as: talent,
    body: { items: [{ courseId: done.id }] },
  });
  const itemId = ((await plan.json()) as { items: { id: number }[] }).items[0]!.id;
  await t.request('POST', `/api/training-plan-items/${itemId}/complete`, {
    as: talent,
    body: { completedOn: '2024-05-01' },
  });
});
afterAll(() => t.close());

const get = async <T>(as: Session, url: string) => {
  const res = await t.request('GET', url, { as });
  return { status: res.status, body: (await res.json()) as T };
};

describe('GET /api/people/{id}/gaps', () => {
  it('lists exactly the items below target, largest first, with the courses that close them', async () => {
    const { status, body } = await get<{ fiscalYear: number; achievementPercent: number; gaps: GapRow[] }>(
      member,
      `/api/people/${id.a}/gaps`,
    );
    expect(status).toBe(200);
    expect(body.fiscalYear).toBe(2024);
    expect(body.achievementPercent).toBe(80);
    expect(body.gaps.map((g) => [g.itemCode, g.target, g.level, g.gap])).toEqual([
      ['security_engineering', 3, 0, 3],
      ['cloud', 2, 0, 2],
      ['security_management', 3, 2, 1],
    ]);
    // Ranked by gap closed per hour: 診断実践 3/10 before クラウドセキュリティ 5/20; the completed course,
    // the retired one, another grade's 課程研修 and OJT are never proposed.
    expect(body.gaps.map((g) => g.courses.map((c) => c.name))).toEqual([
      ['セキュリティ診断実践', 'クラウドセキュリティ'],
      ['クラウドセキュリティ'],
      ['ISMS入門', '主任研修'],
    ]);
  });

  it('answers 404 for a 年度 without a sheet', async () => {
    expect((await get(talent, `/api/people/${id.a}/gaps?fiscalYear=2023`)).status).toBe(404);
    expect((await get(talent, `/api/people/${id.c}/gaps`)).status).toBe(404);
  });
});

describe('GET /api/orgs/{code}/skill-gaps', () => {
  const url = `/api/orgs/${ETAJIMA}/skill-gaps?fiscalYear=2024`;

  it('aggregates the people assigned to the body per job type', async () => {
    for (const who of [talent, manager]) {
      const { status, body } = await get<Group>(who, url);
      expect(status).toBe(200);
      expect(body.overall).toMatchObject({
        headcount: 3,
        assessed: 2,
        meanAchievement: 90,
        suppressed: false,
      });
      // In ①–⑩ order: ③ data scientist, then ⑧ security specialist.
      const [data, security] = body.byJobType;
      expect(security).toMatchObject({
        jobType: { code: 'security_specialist' },
        headcount: 2,
        assessed: 2,
        meanAchievement: 90,
      });
      expect(security?.topGaps).toEqual([
        expect.objectContaining({ itemCode: 'security_engineering', summedGap: 3, peopleBelowTarget: 1 }),
        expect.objectContaining({ itemCode: 'cloud', summedGap: 2 }),
        expect.objectContaining({ itemCode: 'security_management', summedGap: 1 }),
      ]);
      expect(data).toMatchObject({
        jobType: { code: 'data_scientist' },
        headcount: 1,
        assessed: 0,
        meanAchievement: null,
      });
      expect(body.byJobType).toHaveLength(2);
    }
  });

  it("hides small groups' achievement and gaps from the body's staff, who do not see evaluations", async () => {
    const { status, body } = await get<Group>(staff, url);
    expect(status).toBe(200);
    expect(body.byJobType[1]).toMatchObject({
      headcount: 2,
      assessed: 2,
      meanAchievement: null,
      topGaps: [],
      suppressed: true,
    });
  });

  it("refuses another body's manager (403), members and viewers (403), and an unknown body (404)", async () => {
    expect((await get(kureManager, url)).status).toBe(403);
    expect((await get(member, url)).status).toBe(403);
    expect((await get(viewer, url)).status).toBe(403);
    expect((await get(talent, '/api/orgs/131016/skill-gaps?fiscalYear=2024')).status).toBe(404);
    expect((await get(talent, `/api/orgs/${ETAJIMA}/skill-gaps`)).status).toBe(400);
  });
});

describe('GET /api/skills/pool-gaps', () => {
  it('covers the whole pool of the 年度: all ten job types, retired and later hires left out', async () => {
    const { status, body } = await get<Group>(talent, '/api/skills/pool-gaps?fiscalYear=2024');
    expect(status).toBe(200);
    expect(body.byJobType).toHaveLength(10);
    expect(body.overall).toMatchObject({ headcount: 4, assessed: 3, meanAchievement: 60 });
    const security = body.byJobType.find((g) => g.jobType.code === 'security_specialist');
    expect(security?.topGaps.map((g) => [g.itemCode, g.summedGap])).toEqual([
      ['security_engineering', 6],
      ['cloud', 4],
      ['security_management', 4],
      ['infrastructure', 2],
      ['law_privacy', 2],
    ]);
    expect(body.byJobType.find((g) => g.jobType.code === 'data_scientist')).toMatchObject({
      headcount: 1,
      assessed: 0,
    });
  });

  it('gives viewers groups of three or more in full, smaller ones suppressed; members get 403', async () => {
    const { status, body } = await get<Group>(viewer, '/api/skills/pool-gaps?fiscalYear=2024');
    expect(status).toBe(200);
    expect(body.byJobType.find((g) => g.jobType.code === 'security_specialist')).toMatchObject({
      assessed: 3,
      meanAchievement: 60,
      suppressed: false,
    });
    expect(JSON.stringify(body)).not.toContain(id.a);
    expect((await get(member, '/api/skills/pool-gaps?fiscalYear=2024')).status).toBe(403);
  });
});

describe('GET /api/skills/distribution', () => {
  it('counts people per job type with mean achievement and bands, for every role', async () => {
    for (const who of [talent, member, viewer]) {
      const { status, body } = await get<Distribution>(who, '/api/skills/distribution?fiscalYear=2024');
      expect(status).toBe(200);
      expect(body.total).toEqual({ people: 4, assessed: 3, meanAchievement: 60 });
      const security = body.byJobType.find((g) => g.jobType.code === 'security_specialist');
      expect(security).toMatchObject({ people: 3, assessed: 3, meanAchievement: 60, suppressed: false });
      expect(security?.bands.map((b) => b.count)).toEqual([1, 0, 0, 2]);
    }
  });

  it('suppresses a group of one or two for roles without program-wide view', async () => {
    await evaluate(id.c, {}, 'zero');
    const asViewer = await get<Distribution>(viewer, '/api/skills/distribution?fiscalYear=2024');
    expect(asViewer.body.byJobType.find((g) => g.jobType.code === 'data_scientist')).toMatchObject({
      assessed: 1,
      meanAchievement: null,
      bands: [],
      suppressed: true,
    });
    const asTalent = await get<Distribution>(talent, '/api/skills/distribution?fiscalYear=2024');
    expect(asTalent.body.byJobType.find((g) => g.jobType.code === 'data_scientist')).toMatchObject({
      assessed: 1,
      meanAchievement: 0,
      suppressed: false,
    });
  });
});
