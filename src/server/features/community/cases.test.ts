import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { loadDemoData } from '../../../db/demo/load-demo-data.ts';
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
