import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { loadDemoData } from '../../../db/demo/load-demo-data.ts';
import { auditLog } from '../../../db/schema/index.ts';
import { loginAs } from './community.test-login.ts';
import { type ErrorJson, getJson } from './community.test-support.ts';

type Case = {
  id: string;
  orgName: string;
  kind: string;
  kindLabel: string;
  title: string;
  reporterName: string;
  resolvedOn: string | null;
};
type List = { items: Case[]; total: number };

let t: TestApp;
let viewer: Session;
let kureManager: Session;
let member: Session;
beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.db);
  viewer = await t.as('viewer', '342092');
  kureManager = await t.as('municipal_manager', '342025');
  member = await loginAs(t, 'member');
});
afterAll(() => t.close());

const report = (as: Session, orgCode: string, kind = 'good_case') =>
  t.request('POST', '/api/community/cases', {
    as,
    body: {
      orgCode,
      kind,
      title: '窓口のオンライン予約を開始',
      body: '予約システムを導入し、待ち時間が減った。',
    },
  });

describe('cases and problems from the posts (p.19)', () => {
  it('lists the demo cases, and the open problems alone', async () => {
    const all = await getJson<List>(t, '/api/community/cases', viewer);
    expect(all.total).toBe(6);
    expect(all.items.filter((c) => c.kind === 'good_case')).toHaveLength(3);
    const open = await getJson<List>(t, '/api/community/cases?open=true', viewer);
    expect(open.items.map((c) => c.orgName).sort()).toEqual(['大崎上島町', '熊野町'].sort());
  });

  it('takes a report from a body’s manager for their own body only', async () => {
    const res = await report(kureManager, '342025');
    expect(res.status).toBe(201);
    expect((await res.json()) as Case).toMatchObject({ orgName: '呉市', kindLabel: '好事例' });
    expect((await report(kureManager, '342157')).status).toBe(403);
  });

  it('takes a report from a 共通人材 for the body they are posted to (the member demo account: 江田島市)', async () => {
    expect((await report(member, '342157', 'problem')).status).toBe(201);
    expect((await report(member, '342025')).status).toBe(403);
  });

  it('refuses a viewer, and bad input with issues', async () => {
    expect((await report(viewer, '342092')).status).toBe(403);
    const bad = await t.request('POST', '/api/community/cases', {
      as: kureManager,
      body: { orgCode: '342025', kind: 'rumour', title: '', body: '' },
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorJson).error.issues?.map((i) => i.path).sort()).toEqual([
      'body',
      'kind',
      'title',
    ]);
  });
});

type CaseDetail = Case & {
  status: string;
  statusLabel: string;
  response: string;
  practice: { id: number; title: string } | null;
  resolvedOnLabel: string | null;
  version: number;
};

describe('cases to closure: PATCH /api/community/cases/{id}', () => {
  const newProblem = async (as: Session, orgCode: string) => {
    const res = await report(as, orgCode, 'problem');
    expect(res.status).toBe(201);
    return (await res.json()) as CaseDetail;
  };
  const patch = (as: Session, id: string, body: unknown, headers: Record<string, string> = {}) =>
    t.request('PATCH', `/api/community/cases/${id}`, { as, body, headers });
  const practiceIdOf = async (title: string) => {
    const list = await getJson<{ items: { id: number; title: string }[] }>(
      t,
      `/api/practices?q=${encodeURIComponent(title)}`,
      viewer,
    );
    const found = list.items.find((p) => p.title === title);
    if (!found) throw new Error(`no practice ${title}`);
    return found.id;
  };

  it('the demo has cases taken up and linked to good practices, one of them resolved', async () => {
    const all = await getJson<{ items: CaseDetail[] }>(t, '/api/community/cases', viewer);
    const linked = all.items.filter((c) => c.practice !== null);
    expect(linked.length).toBeGreaterThanOrEqual(3);
    const resolved = all.items.find((c) => c.orgName === '府中町');
    expect(resolved).toMatchObject({ status: 'resolved', statusLabel: '解決', resolvedOn: '2024-07-24' });
    expect(resolved?.practice?.title).toContain('呉市');
    expect(resolved?.response).not.toBe('');
    // The other way round: the practice's cases.
    const back = await getJson<{ items: CaseDetail[] }>(
      t,
      `/api/community/cases?practiceId=${resolved?.practice?.id}`,
      viewer,
    );
    expect(back.items.map((c) => c.id)).toEqual([resolved?.id]);
  });

  it('moves a problem 未対応 → 対応中 → 解決 with a response and a practice, audited, with versions', async () => {
    const created = await newProblem(kureManager, '342025');
    expect(created).toMatchObject({ status: 'open', statusLabel: '未対応', practice: null, version: 1 });
    const get = await t.request('GET', `/api/community/cases/${created.id}`, { as: viewer });
    expect(get.headers.get('etag')).toBe('"1"');

    const taking = await patch(kureManager, created.id, { status: 'in_progress' }, { 'if-match': '"1"' });
    expect(taking.status).toBe(200);
    expect(taking.headers.get('etag')).toBe('"2"');

    const practiceId = await practiceIdOf('RPAによる税務・福祉事務の自動化');
    const stale = await patch(
      kureManager,
      created.id,
      { status: 'resolved', response: '古い版' },
      { 'if-match': '"1"' },
    );
    expect(stale.status).toBe(412);

    const done = await patch(
      kureManager,
      created.id,
      { status: 'resolved', response: 'RPAのシナリオを提供いただき解決した。', practiceId },
      { 'if-match': '"2"' },
    );
    expect(done.status).toBe(200);
    const body = (await done.json()) as CaseDetail;
    expect(body).toMatchObject({
      status: 'resolved',
      statusLabel: '解決',
      practice: { id: practiceId, title: 'RPAによる税務・福祉事務の自動化' },
      version: 3,
    });
    expect(body.resolvedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const open = await getJson<{ items: CaseDetail[] }>(t, '/api/community/cases?open=true', viewer);
    expect(open.items.some((c) => c.id === created.id)).toBe(false);
    const linked = await getJson<{ items: CaseDetail[] }>(
      t,
      `/api/community/cases?practiceId=${practiceId}`,
      viewer,
    );
    expect(linked.items.map((c) => c.id)).toContain(created.id);

    // Reopening clears the resolution date.
    const reopened = await patch(kureManager, created.id, { status: 'in_progress' });
    expect(((await reopened.json()) as CaseDetail).resolvedOn).toBeNull();
    const audit = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, created.id));
    expect(audit.filter((a) => a.action === 'case.update')).toHaveLength(3);
  });

  it('refuses resolving without a response, an unknown practice and bad fields — nothing changes', async () => {
    const created = await newProblem(kureManager, '342025');
    for (const body of [
      { status: 'resolved' },
      { practiceId: 999999 },
      { practiceId: '12' },
      { status: 'closed' },
      {},
    ]) {
      const res = await patch(kureManager, created.id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const after = await getJson<CaseDetail>(t, `/api/community/cases/${created.id}`, viewer);
    expect(after).toMatchObject({ status: 'open', version: 1, practice: null });
  });

  it('lets the body’s staff, the reporter and the office take it up; not another body, a viewer, or a bad id', async () => {
    const created = await newProblem(member, '342157');
    const etajimaStaff = await t.as('municipal_staff', '342157');
    const officer = await t.as('talent_officer');
    expect((await patch(etajimaStaff, created.id, { status: 'in_progress' })).status).toBe(200);
    expect((await patch(member, created.id, { response: '報告者が追記' })).status).toBe(200);
    expect((await patch(officer, created.id, { response: '人材機構が追記' })).status).toBe(200);
    expect((await patch(kureManager, created.id, { response: '他団体' })).status).toBe(403);
    expect((await patch(viewer, created.id, { response: '閲覧者' })).status).toBe(403);
    expect((await patch(kureManager, 'not-a-uuid', { response: 'x' })).status).toBe(400);
    expect((await patch(kureManager, '00000000-0000-4000-8000-000000000000', { response: 'x' })).status).toBe(
      404,
    );
    const after = await getJson<CaseDetail>(t, `/api/community/cases/${created.id}`, viewer);
    expect(after.response).toBe('人材機構が追記');
  });
});
