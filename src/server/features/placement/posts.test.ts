import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { loadDemoData } from '../../../db/demo/load-demo-data.ts';
import { auditLog, posts } from '../../../db/schema/index.ts';

type Post = {
  id: string;
  orgName: string;
  title: string;
  budgetYen: number | null;
  holders: { name: string }[];
};
type Assignment = { personName: string; orgCode: string; status: string };

let t: TestApp;
let etajima: Session;
let kure: Session;
let staff: Session;
let viewer: Session;
let member: Session;

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.db);
  etajima = await t.as('municipal_manager', '342157');
  kure = await t.as('municipal_manager', '342025');
  staff = await t.as('municipal_staff', '342157');
  viewer = await t.as('viewer', '342092');
  // the demo `member` account is linked to a person assigned to 江田島市
  const res = await t.login('member', 'dxship-demo');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = /dxship_session=[^;]*/.exec(res.headers.get('set-cookie') ?? '')![0];
  member = { login: 'member', cookie, csrfToken, orgCode: '340006', role: 'member' };
});
afterAll(() => t.close());

const get = async <T>(s: Session, url: string) =>
  ((await (await t.request('GET', url, { as: s })).json()) as { items: T[] }).items;

describe('GET /api/posts', () => {
  it("shows a body's own posts with budget and holders to its manager", async () => {
    const items = await get<Post>(etajima, '/api/posts?fiscalYear=2024&orgCode=342157');
    const cio = items.find((p) => p.title === 'CIO補佐官')!;
    expect(cio.budgetYen).toBe(7_800_000);
    expect(cio.holders).toHaveLength(1);
  });

  it("shows another body's posts without budget or names", async () => {
    const items = await get<Post>(kure, '/api/posts?fiscalYear=2024&orgCode=342157');
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.every((p) => p.budgetYen === null && p.holders.length === 0)).toBe(true);
  });

  it('lists the posts of p.13 spanning R6 for a viewer, without names', async () => {
    const items = await get<Post>(viewer, '/api/posts?fiscalYear=2024');
    const municipal = items.filter((p) => p.orgName !== '広島県');
    expect(municipal.map((p) => p.orgName)).toEqual(
      expect.arrayContaining(['呉市', '坂町', '北広島町', '大崎上島町']),
    );
    expect(items.every((p) => p.holders.length === 0)).toBe(true);
  });
});

describe('POST/PUT /api/posts', () => {
  const input = {
    orgCode: '342157',
    unit: 'デジタル推進室',
    title: 'データ活用専門員',
    fromFiscalYear: 2025,
    fte: 0.6,
    budgetSecured: true,
  };

  it('lets a manager create a post for their body, audited', async () => {
    const res = await t.request('POST', '/api/posts', { as: etajima, body: input });
    expect(res.status).toBe(201);
    const post = (await res.json()) as Post & { fte: number };
    expect(post.fte).toBe(0.6);
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'post.create'), eq(auditLog.entityId, post.id)));
    expect(entry?.actorLogin).toBe(etajima.login);
  });

  it("refuses another body's post (404) and staff (403), writing nothing", async () => {
    const before = (await t.db.select().from(posts)).length;
    expect((await t.request('POST', '/api/posts', { as: kure, body: input })).status).toBe(404);
    expect((await t.request('POST', '/api/posts', { as: staff, body: input })).status).toBe(403);
    expect((await t.db.select().from(posts)).length).toBe(before);
  });

  it('rejects an FTE that is not a tenth, an end before the start, an unknown job type', async () => {
    const res = await t.request('POST', '/api/posts', {
      as: etajima,
      body: { ...input, fte: 0.45, toFiscalYear: 2024, wantedJobType: 'wizard' },
    });
    expect(res.status).toBe(400);
    const paths = ((await res.json()) as { error: { issues: { path: string }[] } }).error.issues.map(
      (i) => i.path,
    );
    expect(paths).toEqual(expect.arrayContaining(['fte', 'toFiscalYear']));
  });

  it("updates a post; another body's manager cannot", async () => {
    const [post] = await t.db
      .select()
      .from(posts)
      .where(and(eq(posts.orgCode, '342157'), eq(posts.title, 'CIO補佐官')));
    const body = {
      ...input,
      unit: 'デジタル推進室',
      title: 'CIO補佐官',
      fromFiscalYear: 2022,
      fte: 1,
      duties: '更新後の業務',
    };
    expect((await t.request('PUT', `/api/posts/${post!.id}`, { as: kure, body })).status).toBe(404);
    const res = await t.request('PUT', `/api/posts/${post!.id}`, { as: etajima, body });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { duties: string }).duties).toBe('更新後の業務');
  });
});

describe('GET /api/assignments', () => {
  it("a body's manager sees the people placed there in R6", async () => {
    const items = await get<Assignment>(etajima, '/api/assignments?fiscalYear=2024&orgCode=342157');
    expect(items).toHaveLength(3);
  });

  it('a member sees only their own rotation', async () => {
    const items = await get<Assignment>(member, '/api/assignments?fiscalYear=2023');
    expect(items.map((a) => a.orgCode).sort()).toEqual(['342041', '342157']);
    expect(new Set(items.map((a) => a.personName)).size).toBe(1);
  });

  it('a viewer may not list assignments', async () => {
    expect((await t.request('GET', '/api/assignments?fiscalYear=2024', { as: viewer })).status).toBe(403);
  });
});
