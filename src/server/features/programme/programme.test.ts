import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { auditLog, programmeSettings, timelineEvents } from '../../../db/schema/index.ts';

type Settings = { savingsRatePercent: number; savingsRateBasis: string; version: number };
type TimelineEvent = {
  id: number;
  occurredOn: string;
  precision: string;
  dateLabel: string;
  fiscalYear: number;
  title: string;
  bodies: { code: string; name: string }[];
  sourcePage: number | null;
  version: number;
};

let t: TestApp;
let admin: Session;
let viewer: Session;
let manager: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  viewer = await t.as('viewer', '342092');
  manager = await t.as('municipal_manager', '342157');
});
afterAll(() => t.close());

const json = async <T>(res: Response) => (await res.json()) as T;

describe('programme settings: the joint-procurement savings rate', () => {
  it('answers the defaults (version 0) before anyone saved them, to every role', async () => {
    const res = await t.request('GET', '/api/settings', { as: viewer });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"0"');
    expect(await json<Settings>(res)).toMatchObject({ savingsRatePercent: 10, version: 0 });
    expect(await t.db.select().from(programmeSettings)).toEqual([]);
  });

  it('lets an admin change the rate with If-Match (412 when stale), audited; nobody else', async () => {
    const first = await t.request('PATCH', '/api/settings', {
      as: admin,
      body: { savingsRatePercent: 12.5 },
      headers: { 'if-match': '"0"' },
    });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"1"');
    expect(await json<Settings>(first)).toMatchObject({ savingsRatePercent: 12.5, version: 1 });
    const stale = await t.request('PATCH', '/api/settings', {
      as: admin,
      body: { savingsRatePercent: 1 },
      headers: { 'if-match': '"0"' },
    });
    expect(stale.status).toBe(412);
    const second = await t.request('PATCH', '/api/settings', {
      as: admin,
      body: { savingsRateBasis: '見積りの比較（デモ）' },
      headers: { 'if-match': '"1"' },
    });
    expect(await json<Settings>(second)).toMatchObject({
      savingsRatePercent: 12.5,
      savingsRateBasis: '見積りの比較（デモ）',
      version: 2,
    });
    for (const s of [viewer, manager, await t.as('talent_officer')])
      expect(
        (await t.request('PATCH', '/api/settings', { as: s, body: { savingsRatePercent: 50 } })).status,
      ).toBe(403);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityType, 'programme_settings'));
    expect(audit).toHaveLength(2);
  });

  it('refuses rates out of range or finer than a tenth, and empty changes; nothing changes', async () => {
    for (const body of [
      { savingsRatePercent: -1 },
      { savingsRatePercent: 91 },
      { savingsRatePercent: 7.55 },
      { savingsRatePercent: '10' },
      {},
    ])
      expect(
        (await t.request('PATCH', '/api/settings', { as: admin, body })).status,
        JSON.stringify(body),
      ).toBe(400);
    expect(await json<Settings>(await t.request('GET', '/api/settings', { as: viewer }))).toMatchObject({
      savingsRatePercent: 12.5,
      version: 2,
    });
  });
});

describe('沿革: the programme’s timeline as data', () => {
  it('lets an admin record events at the precision known, in time order, with bodies and the source page', async () => {
    const add = (body: unknown) => t.request('POST', '/api/timeline', { as: admin, body });
    const vision = await add({
      occurredOn: '2023-01-15',
      precision: 'month',
      title: '江田島市デジタルビジョン策定',
      orgCodes: ['342157'],
      sourcePage: 17,
    });
    expect(vision.status).toBe(201);
    expect(await json<TimelineEvent>(vision)).toMatchObject({
      occurredOn: '2023-01-01',
      dateLabel: '令和5年1月',
      fiscalYear: 2022,
      bodies: [{ code: '342157', name: '江田島市' }],
      sourcePage: 17,
      version: 1,
    });
    expect(
      (
        await add({
          occurredOn: '2021-06-01',
          precision: 'fiscal_year',
          title: '県・市町情報人材研究会（4回）',
          sourcePage: 4,
        })
      ).status,
    ).toBe(201);
    const list = await json<{ items: TimelineEvent[] }>(
      await t.request('GET', '/api/timeline', { as: viewer }),
    );
    expect(list.items.map((e) => [e.dateLabel, e.title])).toEqual([
      ['令和3年度', '県・市町情報人材研究会（4回）'],
      ['令和5年1月', '江田島市デジタルビジョン策定'],
    ]);
  });

  it('changes and deletes an event with If-Match; audited', async () => {
    const created = await json<TimelineEvent>(
      await t.request('POST', '/api/timeline', {
        as: admin,
        body: { occurredOn: '2024-04-01', title: '共同利用開始', orgCodes: ['340006', '342025'] },
      }),
    );
    const patch = (body: unknown, version: string) =>
      t.request('PATCH', `/api/timeline/${created.id}`, {
        as: admin,
        body,
        headers: { 'if-match': version },
      });
    const changed = await patch(
      { title: '電子申請・公共施設予約の新システム運用開始', orgCodes: ['340006'] },
      '"1"',
    );
    expect(changed.status).toBe(200);
    expect(await json<TimelineEvent>(changed)).toMatchObject({ bodies: [{ code: '340006' }], version: 2 });
    expect((await patch({ title: '古い' }, '"1"')).status).toBe(412);
    expect(
      (
        await t.request('DELETE', `/api/timeline/${created.id}`, {
          as: admin,
          headers: { 'if-match': '"1"' },
        })
      ).status,
    ).toBe(412);
    expect(
      (
        await t.request('DELETE', `/api/timeline/${created.id}`, {
          as: admin,
          headers: { 'if-match': '"2"' },
        })
      ).status,
    ).toBe(204);
    expect((await t.request('GET', `/api/timeline/${created.id}`, { as: viewer })).status).toBe(404);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(created.id)));
    expect(audit.map((a) => a.action).filter((a) => a.startsWith('timeline_event'))).toEqual([
      'timeline_event.create',
      'timeline_event.update',
      'timeline_event.delete',
    ]);
  });

  it('is kept by admins only, and refuses bad input writing nothing', async () => {
    const count = (await t.db.select().from(timelineEvents)).length;
    const body = { occurredOn: '2024-04-01', title: 'x' };
    for (const s of [viewer, manager, await t.as('talent_officer')])
      expect((await t.request('POST', '/api/timeline', { as: s, body })).status).toBe(403);
    for (const bad of [
      { occurredOn: '2024-02-30', title: 'x' },
      { occurredOn: '2024/04/01', title: 'x' },
      { occurredOn: '2024-04-01', title: '' },
      { occurredOn: '2024-04-01', title: 'x', precision: 'week' },
      { occurredOn: '2024-04-01', title: 'x', orgCodes: ['131016'] },
      { occurredOn: '2024-04-01', title: 'x', orgCodes: ['342157', '342157'] },
      { occurredOn: '2024-04-01', title: 'x', sourcePage: 0 },
    ])
      expect(
        (await t.request('POST', '/api/timeline', { as: admin, body: bad })).status,
        JSON.stringify(bad),
      ).toBe(400);
    expect((await t.db.select().from(timelineEvents)).length).toBe(count);
    expect((await t.request('PATCH', '/api/timeline/1e3', { as: admin, body: { title: 'x' } })).status).toBe(
      400,
    );
  });
});
