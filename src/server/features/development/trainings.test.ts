import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { auditLog, trainingCourses } from '../../../db/schema/index.ts';
import { insertCourse } from '../skills/test-fixtures.ts';

type Training = {
  id: string;
  kind: string;
  kindLabel: string;
  name: string;
  skillItems: { code: string; name: string }[];
  grade: string | null;
  costYen: number;
  active: boolean;
};

let t: TestApp;
let talent: Session;
let member: Session;
let manager: Session;
beforeAll(async () => {
  t = await createTestApp();
  talent = await t.as('talent_officer');
  member = await t.as('member');
  manager = await t.as('municipal_manager', '342157');
  await insertCourse(t.db, {
    name: 'Python データ分析入門',
    provider: 'オンライン学習A社',
    skillItems: ['data_analysis'],
  });
  await insertCourse(t.db, {
    name: 'ガバメントクラウド実務',
    kind: 'dispatch',
    provider: '国の機関（派遣）',
    skillItems: ['cloud'],
  });
  await insertCourse(t.db, {
    name: '自治体DXコミュニティ',
    kind: 'community',
    skillItems: ['communication', 'bpr'],
  });
  await insertCourse(t.db, {
    name: '主任級研修',
    kind: 'course',
    grade: '主任',
    skillItems: ['law_privacy'],
  });
  await insertCourse(t.db, {
    name: '係長級研修',
    kind: 'course',
    grade: '係長',
    skillItems: ['law_privacy'],
  });
  await insertCourse(t.db, { name: '100%_わかる SQL', skillItems: ['data_platform'] });
  await insertCourse(t.db, { name: '旧 データ分析講座', skillItems: ['data_analysis'], active: false });
});
afterAll(() => t.close());

const list = async (as: Session, query = '') => {
  const res = await t.request('GET', `/api/trainings${query}`, { as });
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: Training[] }).items;
};

describe('GET /api/trainings', () => {
  it('lists active courses in the order of p.10 (online, dispatch, community, course), labelled', async () => {
    const items = await list(member);
    expect(items.map((c) => c.kind)).toEqual([
      'online',
      'online',
      'dispatch',
      'community',
      'course',
      'course',
    ]);
    expect(items.find((c) => c.kind === 'dispatch')?.kindLabel).toBe('派遣研修');
    expect(items[0]?.skillItems[0]).toEqual({ code: 'data_platform', name: 'データ基盤・EBPM' });
  });

  it('filters by kind, skill item, grade and text (with % and _ taken literally)', async () => {
    expect((await list(member, '?kind=course')).map((c) => c.name)).toEqual(['主任級研修', '係長級研修']);
    expect((await list(member, '?grade=係長')).map((c) => c.name)).toEqual(['係長級研修']);
    expect((await list(member, '?skillItem=bpr')).map((c) => c.name)).toEqual(['自治体DXコミュニティ']);
    expect((await list(member, `?q=${encodeURIComponent('データ')}`)).map((c) => c.name)).toEqual([
      'Python データ分析入門',
    ]);
    expect((await list(member, `?q=${encodeURIComponent('%_')}`)).map((c) => c.name)).toEqual([
      '100%_わかる SQL',
    ]);
    expect((await list(member, `?q=${encodeURIComponent('a社')}`)).map((c) => c.name)).toEqual([
      'Python データ分析入門',
    ]);
    expect((await list(member, '?skillItem=data_analysis&includeInactive=true')).map((c) => c.name)).toEqual([
      'Python データ分析入門',
      '旧 データ分析講座',
    ]);
  });

  it('rejects an unknown kind or skill item', async () => {
    expect((await t.request('GET', '/api/trainings?kind=seminar', { as: member })).status).toBe(400);
    expect((await t.request('GET', '/api/trainings?skillItem=cobol', { as: member })).status).toBe(400);
  });
});

const NEW_COURSE = {
  kind: 'online',
  name: 'ゼロトラスト入門',
  provider: 'セキュリティ学習B社',
  skillItems: ['security_engineering', 'cloud'],
  hours: 12,
  costYen: 24_000,
};

describe('POST and PATCH /api/trainings', () => {
  it('adds and changes a course, audited', async () => {
    const created = await t.request('POST', '/api/trainings', { as: talent, body: NEW_COURSE });
    expect(created.status).toBe(201);
    const course = (await created.json()) as Training;
    expect(course).toMatchObject({
      name: 'ゼロトラスト入門',
      grade: null,
      active: true,
      kindLabel: 'オンライン研修',
    });
    const patched = await t.request('PATCH', `/api/trainings/${course.id}`, {
      as: talent,
      body: { costYen: 30_000, active: false },
    });
    expect(patched.status).toBe(200);
    expect((await patched.json()) as Training).toMatchObject({ costYen: 30_000, active: false });
    const actions = (await t.db.select().from(auditLog)).map((e) => e.action);
    expect(actions.filter((a) => a.startsWith('training.'))).toEqual(['training.create', 'training.update']);
  });

  it('rejects bad courses with per-field issues and writes nothing', async () => {
    const before = (await t.db.select().from(trainingCourses)).length;
    const res = await t.request('POST', '/api/trainings', {
      as: talent,
      body: { ...NEW_COURSE, skillItems: ['cobol'], hours: 0, costYen: -1 },
    });
    expect(res.status).toBe(400);
    const paths = ((await res.json()) as { error: { issues: { path: string }[] } }).error.issues.map(
      (i) => i.path,
    );
    expect(paths.sort()).toEqual(['costYen', 'hours', 'skillItems.0']);
    const graded = await t.request('POST', '/api/trainings', {
      as: talent,
      body: { ...NEW_COURSE, grade: '主任' },
    });
    expect(graded.status).toBe(400);
    expect(((await graded.json()) as { error: { issues: { path: string }[] } }).error.issues[0]?.path).toBe(
      'grade',
    );
    const dup = await t.request('POST', '/api/trainings', {
      as: talent,
      body: { ...NEW_COURSE, skillItems: ['cloud', 'cloud'] },
    });
    expect(dup.status).toBe(400);
    expect((await t.db.select().from(trainingCourses)).length).toBe(before);
  });

  it('keeps a grade only on a 課程研修 when patching, and 404s an unknown course', async () => {
    const [online] = await list(talent, '?kind=online');
    const res = await t.request('PATCH', `/api/trainings/${online!.id}`, {
      as: talent,
      body: { grade: '主任' },
    });
    expect(res.status).toBe(400);
    const [course] = await list(talent, '?kind=course');
    const toOnline = await t.request('PATCH', `/api/trainings/${course!.id}`, {
      as: talent,
      body: { kind: 'online' },
    });
    expect(toOnline.status).toBe(400);
    const missing = await t.request('PATCH', '/api/trainings/00000000-0000-4000-8000-000000000000', {
      as: talent,
      body: { hours: 3 },
    });
    expect(missing.status).toBe(404);
    expect((await t.request('PATCH', `/api/trainings/${course!.id}`, { as: talent, body: {} })).status).toBe(
      400,
    );
  });

  it('is for talent officers and admins only', async () => {
    expect((await t.request('POST', '/api/trainings', { as: member, body: NEW_COURSE })).status).toBe(403);
    expect((await t.request('POST', '/api/trainings', { as: manager, body: NEW_COURSE })).status).toBe(403);
  });
});
