import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestSmtpServer } from '../../../../tests/support/smtp.ts';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { loadDemoData } from '../../../db/demo/load-demo-data.ts';
import { people, posts, users } from '../../../db/schema/index.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { deliverOutbox } from './deliver-outbox.ts';
import type { Mailer } from './mailer.ts';
import {
  atJapanHour,
  createMailTestApp,
  daysFromToday,
  mailSettings,
  PUBLIC_URL,
  setEmail,
} from './notifications.test-support.ts';
import { runNotifications } from './run-notifications.ts';

const KURE = '342025';

let t: TestApp;
let smtp: TestSmtpServer;
let mailer: Mailer;
let close: () => Promise<void>;
let admin: Session;
let kure: Session;
let kureStaff: Session;

beforeAll(async () => {
  ({ t, smtp, mailer, close } = await createMailTestApp());
  admin = await t.as('admin');
  kure = await t.as('municipal_manager', KURE);
  kureStaff = await t.as('municipal_staff', KURE);
  await setEmail(t, kure, 'kure-cdo@city.kure.example.jp');
  await setEmail(t, kureStaff, 'kure-dx@city.kure.example.jp');
});
afterAll(() => close());
beforeEach(() => smtp.clear());

async function userIdOf(session: Session) {
  const [user] = await t.db.select({ id: users.id }).from(users).where(eq(users.login, session.login));
  return user!.id;
}

async function announce(session: Session, eventKey: string, title: string) {
  const userId = await userIdOf(session);
  await t.db.transaction((tx) =>
    notify(tx, { kind: 'import', eventKey, userIds: [userId], title, body: '本文', link: '/inventory' }),
  );
}

type Page = { items: { id: number; title: string; readAt: string | null }[]; total: number; unread: number };

describe('in-app inbox', () => {
  it('lists one’s own notifications, unread first; marks one or all read; another’s is 404', async () => {
    await announce(kureStaff, 'inbox:1', '一件目');
    await announce(kureStaff, 'inbox:2', '二件目');
    await announce(kureStaff, 'inbox:3', '三件目');
    await announce(kure, 'inbox:other', '他人の通知');
    const list = async () =>
      (await (await t.request('GET', '/api/notifications', { as: kureStaff })).json()) as Page;
    let page = await list();
    expect(page).toMatchObject({ total: 3, unread: 3 });
    expect(page.items.map((n) => n.title)).toEqual(['三件目', '二件目', '一件目']);

    const oldest = page.items[2]!.id;
    expect((await t.request('POST', `/api/notifications/${oldest}/read`, { as: kureStaff })).status).toBe(
      204,
    );
    page = await list();
    expect(page.unread).toBe(2);
    expect(page.items.map((n) => n.title)).toEqual(['三件目', '二件目', '一件目']);
    await t.request('POST', `/api/notifications/${page.items[0]!.id}/read`, { as: kureStaff });
    page = await list();
    // Unread first, then newest first.
    expect(page.items.map((n) => n.title)).toEqual(['二件目', '三件目', '一件目']);

    const [theirs] = ((await (await t.request('GET', '/api/notifications', { as: kure })).json()) as Page)
      .items;
    expect((await t.request('POST', `/api/notifications/${theirs!.id}/read`, { as: kureStaff })).status).toBe(
      404,
    );
    const paged = (await (
      await t.request('GET', '/api/notifications?page=2&pageSize=2', { as: kureStaff })
    ).json()) as Page;
    expect(paged.items.map((n) => n.title)).toEqual(['一件目']);

    const all = await t.request('POST', '/api/notifications/read-all', { as: kureStaff });
    expect(await all.json()).toEqual({ updated: 1 });
    expect((await list()).unread).toBe(0);
  });

  it('refuses hostile ids and page sizes without a 5xx', async () => {
    for (const path of [
      '/api/notifications/1e3/read',
      '/api/notifications/0/read',
      '/api/notifications/99999999999/read',
    ]) {
      expect((await t.request('POST', path, { as: kureStaff })).status).toBe(400);
    }
    expect((await t.request('GET', '/api/notifications?pageSize=1000', { as: kureStaff })).status).toBe(400);
    expect((await t.request('POST', '/api/notifications/2147483647/read', { as: kureStaff })).status).toBe(
      404,
    );
  });
});

describe('per-person choice: immediate mail, daily digest, in-app only', () => {
  it('a digest chooser gets one mail a day from the digest hour; in-app only gets no mail', async () => {
    await deliverOutbox(t.db, mailer); // what earlier tests queued
    smtp.clear();
    const saved = await t.request('PUT', '/api/notifications/settings', {
      as: kureStaff,
      body: { preferences: [{ kind: 'import', delivery: 'digest' }] },
    });
    expect(saved.status).toBe(200);
    expect(
      ((await saved.json()) as { preferences: { kind: string; delivery: string }[] }).preferences.find(
        (p) => p.kind === 'import',
      )?.delivery,
    ).toBe('digest');
    await t.request('PUT', '/api/notifications/settings', {
      as: kure,
      body: { preferences: [{ kind: 'import', delivery: 'in_app' }] },
    });
    await announce(kureStaff, 'digest:a', '取り込み完了: 台帳 3件');
    await announce(kureStaff, 'digest:b', '取り込み完了: DX施策 5件');
    await announce(kure, 'digest:c', '取り込み完了: 台帳 9件');
    expect(await deliverOutbox(t.db, mailer)).toMatchObject({ sent: 0 });

    expect(await runNotifications(t.db, mailer, atJapanHour(1, 6))).toMatchObject({ digests: 0 });
    expect(await runNotifications(t.db, mailer, atJapanHour(1, 9))).toMatchObject({ digests: 1 });
    const [digest] = smtp.to('kure-dx@city.kure.example.jp');
    expect(digest!.parsed.subject).toMatch(/^【DXShip】令和.+の通知まとめ（2件）$/);
    expect(digest!.parsed.text).toContain('■ 取り込み完了: 台帳 3件');
    expect(digest!.parsed.text).toContain('■ 取り込み完了: DX施策 5件');
    expect(digest!.parsed.text).toContain(`${PUBLIC_URL}/inventory`);
    expect(await runNotifications(t.db, mailer, atJapanHour(1, 10))).toMatchObject({ digests: 0 });
    expect(smtp.to('kure-cdo@city.kure.example.jp')).toEqual([]);
    // The in-app-only person still has it in the inbox.
    const page = (await (await t.request('GET', '/api/notifications', { as: kure })).json()) as Page;
    expect(page.items.map((n) => n.title)).toContain('取り込み完了: 台帳 9件');
  });

  it('refuses an unknown kind or delivery', async () => {
    const res = await t.request('PUT', '/api/notifications/settings', {
      as: kure,
      body: { preferences: [{ kind: 'import', delivery: 'fax' }] },
    });
    expect(res.status).toBe(400);
  });
});

describe('calendar', () => {
  let meetingId: string;
  beforeAll(async () => {
    const res = await t.request('POST', '/api/meetings', {
      as: admin,
      body: {
        kind: 'working_group',
        title: '標準化担当者会議',
        theme: '基幹業務システムの標準化',
        heldOn: daysFromToday(30),
        startTime: '10:00',
        location: '呉市役所',
        agenda: ['移行スケジュール'],
        attendees: [{ orgCode: KURE, organisationName: '', personName: '', title: '' }],
      },
    });
    meetingId = ((await res.json()) as { id: string }).id;
  });

  it('GET /api/meetings/{id}/ics downloads the meeting in UTC from Japan time, with place and agenda', async () => {
    const res = await t.request('GET', `/api/meetings/${meetingId}/ics`, { as: kureStaff });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const ics = await res.text();
    expect(ics).toContain(`DTSTART:${daysFromToday(30).replaceAll('-', '')}T010000Z`);
    expect(ics).toContain('LOCATION:呉市役所');
    expect(ics).toContain('X-WR-TIMEZONE:Asia/Tokyo');
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain('1. 移行スケジュール');
  });

  it('a personal feed lists the meetings one is invited to, without a session; reissue and revoke end the old URL', async () => {
    const issued = await t.request('POST', '/api/notifications/calendar-feed', { as: kureStaff });
    expect(issued.status).toBe(201);
    const { url } = (await issued.json()) as { url: string };
    expect(url.startsWith(`${PUBLIC_URL}/api/calendar/`)).toBe(true);
    const path = url.slice(PUBLIC_URL.length);
    const feed = await t.app.request(path);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain(`UID:meeting-${meetingId}@dxship`);

    const adminFeed = (await (
      await t.request('POST', '/api/notifications/calendar-feed', { as: admin })
    ).json()) as {
      url: string;
    };
    expect(await (await t.app.request(adminFeed.url.slice(PUBLIC_URL.length))).text()).not.toContain(
      meetingId,
    );

    const again = (await (
      await t.request('POST', '/api/notifications/calendar-feed', { as: kureStaff })
    ).json()) as {
      url: string;
    };
    expect((await t.app.request(path)).status).toBe(404);
    expect((await t.request('DELETE', '/api/notifications/calendar-feed', { as: kureStaff })).status).toBe(
      204,
    );
    expect((await t.app.request(again.url.slice(PUBLIC_URL.length))).status).toBe(404);
    expect((await t.app.request('/api/calendar/not-a-token.ics')).status).toBe(400);
  });
});

describe('配置案の採用 → the affected bodies’ managers and the people placed', () => {
  it('mails each body’s manager its placements and each placed person only their own', async () => {
    const demo = await createTestApp({ mail: mailSettings(smtp) });
    try {
      await loadDemoData(demo.db);
      const talent = await demo.as('talent_officer');
      const scenario = await demo.request('POST', '/api/matching/scenarios', {
        as: talent,
        body: { fiscalYear: 2025, name: '通知テスト' },
      });
      const scenarioId = ((await scenario.json()) as { id: string }).id;
      const started = await demo.request('POST', '/api/matching/runs', { as: talent, body: { scenarioId } });
      const runId = ((await started.json()) as { id: string }).id;
      type Run = {
        status: string;
        result: { proposals: { personId: string; postId: string; move: string }[] };
      };
      let run: Run;
      do {
        await new Promise((r) => setTimeout(r, 100));
        run = (await (
          await demo.request('GET', `/api/matching/runs/${runId}`, { as: talent })
        ).json()) as Run;
      } while (run.status === 'running');
      const placed = run.result.proposals.filter((p) => p.move !== 'stay');
      expect(placed.length).toBeGreaterThan(0);
      const first = placed[0]!;
      const [post] = await demo.db.select().from(posts).where(eq(posts.id, first.postId));
      const manager = await demo.as('municipal_manager', post!.orgCode);
      await demo.db
        .update(users)
        .set({ email: 'manager@placed.example.jp' })
        .where(eq(users.login, manager.login));
      const member = await demo.as('member', post!.orgCode);
      const [memberUser] = await demo.db.select().from(users).where(eq(users.login, member.login));
      await demo.db
        .update(users)
        .set({ email: 'member@placed.example.jp' })
        .where(eq(users.id, memberUser!.id));
      await demo.db.update(people).set({ userId: null }).where(eq(people.userId, memberUser!.id));
      await demo.db.update(people).set({ userId: memberUser!.id }).where(eq(people.id, first.personId));
      const [person] = await demo.db
        .select()
        .from(people)
        .where(inArray(people.id, [first.personId]));

      expect((await demo.request('POST', `/api/matching/runs/${runId}/accept`, { as: talent })).status).toBe(
        200,
      );
      await deliverOutbox(demo.db, mailer);
      const [managerMail] = smtp.to('manager@placed.example.jp');
      expect(managerMail!.parsed.subject).toMatch(/^【DXShip】配置案が採用されました: 令和7年度 /);
      expect(managerMail!.parsed.text).toContain(`${person!.name} → `);
      const memberMails = smtp.to('member@placed.example.jp');
      expect(memberMails.map((m) => m.parsed.subject)).toEqual([
        '【DXShip】令和7年度の配置予定が決まりました',
      ]);
      expect(memberMails[0]!.parsed.text).toContain(post!.title);
      // The member's mail names only their own placement.
      const others = placed.filter((p) => p.personId !== first.personId);
      const otherPeople = others.length
        ? await demo.db
            .select()
            .from(people)
            .where(
              inArray(
                people.id,
                others.map((p) => p.personId),
              ),
            )
        : [];
      for (const other of otherPeople) expect(memberMails[0]!.parsed.text).not.toContain(other.name);
    } finally {
      await demo.close();
    }
  }, 120_000);
});
