import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { auditLog } from '../../../db/schema/index.ts';
import {
  type CommitmentJson,
  type ErrorJson,
  getJson,
  type MeetingJson,
  meetingInput,
} from './community.test-support.ts';
import { todayInJapan } from './today.ts';

type List = { items: CommitmentJson[]; total: number; today: string };

let t: TestApp;
let officer: Session;
let etajimaManager: Session;
let kureManager: Session;
let etajimaStaff: Session;
let viewer: Session;
let late: CommitmentJson;
let future: CommitmentJson;
let meeting: MeetingJson;

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.as('talent_officer');
  etajimaManager = await t.as('municipal_manager', '342157');
  kureManager = await t.as('municipal_manager', '342025');
  etajimaStaff = await t.as('municipal_staff', '342157');
  viewer = await t.as('viewer', '342092');
  const res = await t.request('POST', '/api/meetings', {
    as: officer,
    body: meetingInput({
      kind: 'cdo_forum',
      title: '県・市町CDOフォーラム',
      heldOn: '2024-01-10',
      commitments: [
        { title: '窓口改革の手順書を共有する', ownerOrgCode: '342157', dueOn: '2024-01-31' },
        { title: '次期ネットワーク構成案をまとめる', ownerOrgCode: '342157', dueOn: '2099-12-31' },
      ],
    }),
  });
  meeting = (await res.json()) as MeetingJson;
  [late, future] = meeting.commitments as [CommitmentJson, CommitmentJson];
});
afterAll(() => t.close());

const patch = (id: string, as: Session, body: unknown) =>
  t.request('PATCH', `/api/commitments/${id}`, { as, body });

describe('GET /api/commitments', () => {
  it('lists open ones, and the overdue ones as of today', async () => {
    const open = await getJson<List>(t, '/api/commitments?status=open', viewer);
    expect(open.today).toBe(todayInJapan());
    expect(open.items.map((c) => c.title)).toEqual([late.title, future.title]);
    expect(open.items[0]).toMatchObject({ overdue: true, meetingTitle: '県・市町CDOフォーラム' });
    const overdue = await getJson<List>(t, '/api/commitments?overdue=true', viewer);
    expect(overdue.items.map((c) => c.id)).toEqual([late.id]);
    const byOwner = await getJson<List>(t, '/api/commitments?ownerOrgCode=342025', viewer);
    expect(byOwner.total).toBe(0);
  });

  it('rejects an unknown status', async () => {
    expect((await t.request('GET', '/api/commitments?status=closed', { as: viewer })).status).toBe(400);
    expect((await t.request('GET', '/api/commitments?overdue=yes', { as: viewer })).status).toBe(400);
  });
});

describe('PATCH /api/commitments/{id} — tracked to closure', () => {
  it('lets only the owner body’s manager (and the office) close it: another body’s manager gets 403', async () => {
    expect((await patch(late.id, kureManager, { status: 'done' })).status).toBe(403);
    expect((await patch(late.id, etajimaStaff, { status: 'done' })).status).toBe(403);
    expect((await patch(late.id, viewer, { status: 'done' })).status).toBe(403);
    const still = await getJson<MeetingJson>(t, `/api/meetings/${meeting.id}`, viewer);
    expect(still.commitments[0]?.status).toBe('open');
  });

  it('closes with today’s date by default, audited, and leaves the overdue list', async () => {
    const before = (await t.db.select().from(auditLog)).length;
    const res = await patch(late.id, etajimaManager, {
      status: 'done',
      resolution: '手順書を共有フォルダに掲載した。',
    });
    expect(res.status).toBe(200);
    expect((await res.json()) as CommitmentJson).toMatchObject({
      status: 'done',
      closedOn: todayInJapan(),
      overdue: false,
      resolution: '手順書を共有フォルダに掲載した。',
    });
    const entries = (await t.db.select().from(auditLog)).slice(before);
    expect(entries.map((e) => e.action)).toEqual(['commitment.done']);
    expect(entries[0]?.before).toMatchObject({ status: 'open', closedOn: null });
    expect((await getJson<List>(t, '/api/commitments?overdue=true', viewer)).total).toBe(0);
  });

  it('reopens (clearing the closing date) and cancels with a given date', async () => {
    const reopened = (await (await patch(late.id, officer, { status: 'open' })).json()) as CommitmentJson;
    expect(reopened).toMatchObject({ status: 'open', closedOn: null, overdue: true });
    const cancelled = (await (
      await patch(future.id, officer, { status: 'cancelled', closedOn: '2024-02-01' })
    ).json()) as CommitmentJson;
    expect(cancelled).toMatchObject({ status: 'cancelled', closedOn: '2024-02-01', statusLabel: '取りやめ' });
  });

  it('refuses inconsistent changes and writes nothing', async () => {
    const before = (await t.db.select().from(auditLog)).length;
    const cases: [unknown, number, string | undefined][] = [
      [{}, 400, undefined],
      [{ status: 'finished' }, 400, 'status'],
      [{ status: 'done', closedOn: '2023-12-31' }, 400, 'closedOn'],
      [{ closedOn: '2024-02-01' }, 400, 'closedOn'],
      [{ dueOn: '2024-13-01' }, 400, 'dueOn'],
    ];
    for (const [body, status, path] of cases) {
      const res = await patch(late.id, officer, body);
      expect(res.status).toBe(status);
      if (path) expect(((await res.json()) as ErrorJson).error.issues?.map((i) => i.path)).toContain(path);
    }
    expect((await patch('00000000-0000-4000-8000-000000000000', officer, { status: 'done' })).status).toBe(
      404,
    );
    expect((await t.db.select().from(auditLog)).length).toBe(before);
  });

  it('adds a commitment to an existing meeting', async () => {
    const res = await t.request('POST', `/api/meetings/${meeting.id}/commitments`, {
      as: officer,
      body: { title: '研修資料を共有する', ownerOrgCode: '342025', dueOn: '2099-03-31' },
    });
    expect(res.status).toBe(201);
    expect((await res.json()) as CommitmentJson).toMatchObject({ ownerOrgName: '呉市', status: 'open' });
    const bad = await t.request('POST', `/api/meetings/${meeting.id}/commitments`, {
      as: officer,
      body: { title: '研修資料を共有する', ownerOrgCode: '131016', dueOn: '2099-03-31' },
    });
    expect(bad.status).toBe(400);
  });
});
