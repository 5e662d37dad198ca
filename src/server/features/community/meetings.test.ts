import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { loadDemoData } from '../../../db/demo/load-demo-data.ts';
import { auditLog, meetings } from '../../../db/schema/index.ts';
import { type ErrorJson, getJson, type MeetingJson, meetingInput } from './community.test-support.ts';

type List = { items: MeetingJson[]; total: number };

let t: TestApp;
let viewer: Session;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.db);
  viewer = await t.as('viewer', '342092');
  officer = await t.as('talent_officer');
});
afterAll(() => t.close());

describe('the CDO forum (p.24)', () => {
  it('has 26 members — 24 bodies and the two associations — with the titles of p.24', async () => {
    const body = await getJson<{
      items: { organisationName: string; title: string; orgCode: string | null }[];
      total: number;
    }>(t, '/api/community/forum-members', viewer);
    expect(body.total).toBe(26);
    expect(body.items[0]).toEqual({ orgCode: '340006', organisationName: '広島県', title: 'ＤＸ審議官' });
    expect(body.items.find((m) => m.organisationName === '三次市')?.title).toBe('副市長（ＣＤＯ）');
    expect(body.items.find((m) => m.organisationName === '坂町')?.title).toBe('政策監');
    expect(body.items.slice(-2)).toEqual([
      { orgCode: null, organisationName: '市長会', title: '事務局長' },
      { orgCode: null, organisationName: '町村会', title: '事務局長' },
    ]);
    expect(body.items.filter((m) => m.orgCode !== null)).toHaveLength(24);
  });

  it('met on 2023-05-12, 2023-10-31 and 2024-03-27 with the topics of p.24', async () => {
    const body = await getJson<List>(t, '/api/meetings?kind=cdo_forum', viewer);
    expect(body.items.map((m) => m.heldOn)).toEqual(['2023-05-12', '2023-10-31', '2024-03-27']);
    expect(body.items[0]?.heldOnLabel).toBe('令和5年5月12日（金）');
    expect(body.items[1]?.agenda).toContain('生成AIの試行状況の共有');
    expect(body.items[2]?.agenda[0]).toBe('DXShipの取組状況の共有（Ｒ５年度総括及びＲ６年度の進め方）');
  });

  it('records the commitment of 2023-05-12 as done, since the working groups met', async () => {
    const [first] = (await getJson<List>(t, '/api/meetings?kind=cdo_forum', viewer)).items;
    const detail = await getJson<MeetingJson>(t, `/api/meetings/${first!.id}`, viewer);
    expect(detail.attendees).toHaveLength(26);
    expect(detail.commitments).toHaveLength(1);
    expect(detail.commitments[0]).toMatchObject({
      ownerOrgName: '広島県',
      status: 'done',
      statusLabel: '完了',
      closedOn: '2023-10-02',
      overdue: false,
    });
    expect(detail.commitments[0]?.title).toContain('書かない窓口');
    expect(detail.commitments[0]?.title).toContain('自治体ネットワークの在り方');
  });
});

describe('担当者会議 (p.26) and ひろしまDX加速サイクル (p.19)', () => {
  it('lists the three themes with their dates: 3 + 3 + 6 meetings in R5', async () => {
    const body = await getJson<List>(t, '/api/meetings?kind=working_group&fiscalYear=2023', viewer);
    const dates = (theme: string) => body.items.filter((m) => m.theme === theme).map((m) => m.heldOn);
    expect(dates('基幹業務システムの標準化')).toEqual(['2023-07-04', '2023-12-08', '2024-02-29']);
    expect(dates('書かない窓口、ワンストップサービス、生成系AI')).toEqual([
      '2023-07-04',
      '2023-10-02',
      '2024-01-26',
    ]);
    const network = dates('自治体ネットワークのあるべき姿');
    expect(network).toHaveLength(6);
    expect(network[0]).toBe('2023-10-02');
    expect(network.map((d) => d.slice(0, 7))).toEqual([
      '2023-10',
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
      '2024-03',
    ]);
    expect(body.total).toBe(12);
  });

  it('has the DX加速サイクル about twice a month in R6, attended by the 15 市町 and the prefecture', async () => {
    const body = await getJson<List>(t, '/api/meetings?kind=acceleration_cycle&fiscalYear=2024', viewer);
    const perMonth = new Map<string, number>();
    for (const m of body.items)
      perMonth.set(m.heldOn.slice(0, 7), (perMonth.get(m.heldOn.slice(0, 7)) ?? 0) + 1);
    expect([...perMonth.values()].every((n) => n === 2)).toBe(true);
    expect(perMonth.size).toBeGreaterThanOrEqual(4);
    expect(body.items.every((m) => m.attendeeCount === 16)).toBe(true);
  });

  it('rejects an unknown kind or 年度', async () => {
    expect((await t.request('GET', '/api/meetings?kind=party', { as: viewer })).status).toBe(400);
    expect((await t.request('GET', '/api/meetings?fiscalYear=R5', { as: viewer })).status).toBe(400);
    expect((await t.request('GET', '/api/meetings/not-a-uuid', { as: viewer })).status).toBe(400);
    const missing = await t.request('GET', '/api/meetings/00000000-0000-4000-8000-000000000000', {
      as: viewer,
    });
    expect(missing.status).toBe(404);
  });
});

describe('recording a meeting (admin, talent_officer)', () => {
  it('creates a meeting with attendance and a commitment in one audited step', async () => {
    const before = (await t.db.select().from(auditLog)).length;
    const res = await t.request('POST', '/api/meetings', {
      as: officer,
      body: meetingInput({
        attendees: [
          { orgCode: '342157', personName: '見本 花子', title: '配属職員' },
          { organisationName: '町村会' },
        ],
        commitments: [{ title: '好事例集を作る', ownerOrgCode: '342157', dueOn: '2024-12-27' }],
      }),
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as MeetingJson;
    expect(created.attendees.map((a) => a.organisationName)).toEqual(['江田島市', '町村会']);
    expect(created.commitments[0]).toMatchObject({ ownerOrgName: '江田島市', status: 'open' });
    const entries = (await t.db.select().from(auditLog)).slice(before);
    expect(entries.map((e) => e.action)).toEqual(['meeting.create']);

    const updated = await t.request('PATCH', `/api/meetings/${created.id}`, {
      as: officer,
      body: { minutes: '各配属先の取組を共有した。' },
    });
    expect(updated.status).toBe(200);
    expect(((await updated.json()) as MeetingJson).minutes).toBe('各配属先の取組を共有した。');
  });

  it('refuses bad input with per-field issues and writes nothing', async () => {
    const count = async () => (await t.db.select().from(meetings)).length;
    const before = await count();
    const audits = (await t.db.select().from(auditLog)).length;
    const bad: [unknown, string][] = [
      [meetingInput({ kind: 'working_group' }), 'theme'],
      [meetingInput({ heldOn: '2024-02-30' }), 'heldOn'],
      [meetingInput({ title: '' }), 'title'],
      [meetingInput({ attendees: [{ orgCode: '131016' }] }), 'attendees.0.orgCode'],
      [meetingInput({ attendees: [{ orgCode: '342158' }] }), 'attendees.0.orgCode'],
      [
        meetingInput({ commitments: [{ title: '何か', ownerOrgCode: '342157', dueOn: 'いつか' }] }),
        'commitments.0.dueOn',
      ],
    ];
    for (const [body, path] of bad) {
      const res = await t.request('POST', '/api/meetings', { as: officer, body });
      expect(res.status, path).toBe(400);
      const error = ((await res.json()) as ErrorJson).error;
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.issues?.map((i) => i.path)).toContain(path);
    }
    expect(await count()).toBe(before);
    expect((await t.db.select().from(auditLog)).length).toBe(audits);
  });

  it('is refused to a viewer (403), who may still read', async () => {
    expect((await t.request('POST', '/api/meetings', { as: viewer, body: meetingInput() })).status).toBe(403);
  });
});
