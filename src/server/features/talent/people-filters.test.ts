import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { addPerson, addPost, assign } from './test-fixtures.ts';

type Person = {
  name: string;
  kana: string;
  assignments: { org: { code: string }; postTitle: string; period: string }[];
};
type Page = { items: Person[]; total: number; page: number; pageSize: number; fiscalYear: number };

let t: TestApp;
let officer: Session;

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.as('talent_officer');
  const etajima = await addPost(t.db, '342157', 'CIO補佐官', 2023);
  const kure = await addPost(t.db, '342025', '課長補佐', 2024);
  const a = await addPerson(t.db, {
    name: '青木 葵',
    kana: 'あおき あおい',
    primaryJobType: 'project_manager',
    certifications: [{ code: 'PM', passedOn: '2023-10-08' }],
  });
  await assign(t.db, a.id, etajima, 2023, 2024);
  await assign(t.db, a.id, kure, 2025, null);
  const b = await addPerson(t.db, {
    name: '井上 勇',
    kana: 'イノウエ イサム',
    primaryJobType: 'security_specialist',
    secondaryJobType: 'project_manager',
    certifications: [{ code: 'FE', passedOn: '2021-04-18' }],
  });
  await assign(t.db, b.id, kure, 2024, 2024);
  await addPerson(t.db, {
    name: '上田 歌',
    kana: 'うえだ うた',
    employerOrgCode: '342157',
    category: 'municipal_registered',
    status: 'leave',
  });
  await addPerson(t.db, {
    name: '江口 栄',
    kana: 'えぐち さかえ',
    category: 'fixed_term_expert',
    hiringRoute: 'fixed_term',
  });
});
afterAll(() => t.close());

const names = async (query: string) => {
  const res = await t.request('GET', `/api/people${query}`, { as: officer });
  expect(res.status).toBe(200);
  return ((await res.json()) as Page).items.map((p) => p.name);
};

describe('GET /api/people — filters', () => {
  it('lists in ふりがな order whatever script the kana was typed in', async () => {
    expect(await names('')).toEqual(['青木 葵', '井上 勇', '上田 歌', '江口 栄']);
  });

  it('orgCode matches the employer or the body assigned to in the 年度', async () => {
    expect(await names('?orgCode=342157&fiscalYear=2024')).toEqual(['青木 葵', '上田 歌']);
    expect(await names('?orgCode=342025&fiscalYear=2024')).toEqual(['井上 勇']);
    expect(await names('?orgCode=342025&fiscalYear=2025')).toEqual(['青木 葵']);
  });

  it('shows the assignment of the requested 年度', async () => {
    const res = await t.request('GET', '/api/people?fiscalYear=2024&q=青木', { as: officer });
    const [p] = ((await res.json()) as Page).items;
    expect(p?.assignments.map((a) => [a.org.code, a.postTitle, a.period])).toEqual([
      ['342157', 'CIO補佐官', '令和5年度〜令和6年度'],
    ]);
  });

  it('filters by category, status, job type (primary or secondary) and certification', async () => {
    expect(await names('?category=municipal_registered')).toEqual(['上田 歌']);
    expect(await names('?status=leave')).toEqual(['上田 歌']);
    expect(await names('?jobType=project_manager')).toEqual(['青木 葵', '井上 勇']);
    expect(await names('?certification=PM')).toEqual(['青木 葵']);
    expect(await names('?category=pref_it&jobType=security_specialist')).toEqual(['井上 勇']);
  });

  it('q finds a substring of the name or of the kana, in hiragana or katakana', async () => {
    expect(await names(`?q=${encodeURIComponent('上')}`)).toEqual(['井上 勇', '上田 歌']);
    expect(await names(`?q=${encodeURIComponent('イノウエ')}`)).toEqual(['井上 勇']);
    expect(await names(`?q=${encodeURIComponent('えぐち')}`)).toEqual(['江口 栄']);
    expect(await names(`?q=${encodeURIComponent('%')}`)).toEqual([]);
  });

  it('pages with a total', async () => {
    const res = await t.request('GET', '/api/people?page=2&pageSize=3', { as: officer });
    const page = (await res.json()) as Page;
    expect(page).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page.items.map((p) => p.name)).toEqual(['江口 栄']);
  });

  it('rejects a bad filter value (400)', async () => {
    for (const q of ['?orgCode=342158', '?jobType=wizard', '?pageSize=1000', '?fiscalYear=R6']) {
      expect((await t.request('GET', `/api/people${q}`, { as: officer })).status).toBe(400);
    }
  });
});
