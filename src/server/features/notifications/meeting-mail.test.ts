import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestSmtpServer } from '../../../../tests/support/smtp.ts';
import type { Session, TestApp } from '../../../../tests/support/test-app.ts';
import { deliverOutbox } from './deliver-outbox.ts';
import type { Mailer } from './mailer.ts';
import { createMailTestApp, daysFromToday, PUBLIC_URL, setEmail } from './notifications.test-support.ts';

const KURE = '342025';
const MIHARA = '342041';
const FUCHU = '342076';

let t: TestApp;
let smtp: TestSmtpServer;
let mailer: Mailer;
let close: () => Promise<void>;
let officer: Session;
let kureManager: Session;
let kureStaff: Session;
let kureMember: Session;
let miharaManager: Session;
let fuchuManager: Session;

beforeAll(async () => {
  ({ t, smtp, mailer, close } = await createMailTestApp());
  officer = await t.as('admin');
  kureManager = await t.as('municipal_manager', KURE);
  kureStaff = await t.as('municipal_staff', KURE);
  kureMember = await t.as('member', KURE);
  miharaManager = await t.as('municipal_manager', MIHARA);
  fuchuManager = await t.as('municipal_manager', FUCHU);
  await setEmail(t, kureManager, 'kure-cdo@city.kure.example.jp');
  await setEmail(t, kureStaff, 'kure-dx@city.kure.example.jp');
  await setEmail(t, kureMember, 'kure-member@example.jp');
  await setEmail(t, miharaManager, 'mihara-cdo@city.mihara.example.jp');
  await setEmail(t, fuchuManager, 'fuchu-cdo@town.fuchu.example.jp');
});
afterAll(() => close());
beforeEach(() => smtp.clear());

const attendee = (orgCode: string) => ({ orgCode, organisationName: '', personName: '', title: '' });
const heldOn = daysFromToday(20);

async function createMeeting(orgCodes: string[]) {
  const res = await t.request('POST', '/api/meetings', {
    as: officer,
    body: {
      kind: 'cdo_forum',
      title: '第3回 県・市町CDOフォーラム',
      heldOn,
      startTime: '14:00',
      endTime: '16:30',
      location: '広島県庁 北館2階 第1会議室',
      agenda: ['標準化の進捗共有', '共同調達の候補'],
      attendees: orgCodes.map(attendee),
    },
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const icsOf = (mail: TestSmtpServer['received'][number]) => {
  const part = mail.parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  return part?.content.toString('utf8') ?? '';
};

describe('会議 → the invited bodies’ participants, with an .ics', () => {
  it('a new meeting mails an invitation (REQUEST) to the managers and staff of the invited bodies only', async () => {
    const id = await createMeeting([KURE, MIHARA]);
    expect(await deliverOutbox(t.db, mailer)).toMatchObject({ sent: 3, failed: 0 });
    expect(smtp.received.map((m) => m.envelopeTo[0]).sort()).toEqual([
      'kure-cdo@city.kure.example.jp',
      'kure-dx@city.kure.example.jp',
      'mihara-cdo@city.mihara.example.jp',
    ]);
    const [mail] = smtp.to('kure-cdo@city.kure.example.jp');
    expect(mail!.parsed.subject).toBe(
      `【DXShip】会議のご案内: 第3回 県・市町CDOフォーラム（${formatDate(heldOn)}）`,
    );
    expect(mail!.parsed.from?.text).toContain('dxship@pref.example.jp');
    expect(mail!.parsed.text).toContain('場所: 広島県庁 北館2階 第1会議室');
    expect(mail!.parsed.text).toContain(`${PUBLIC_URL}/meetings/${id}`);
    expect(mail!.parsed.text).toContain(`${PUBLIC_URL}/notifications/settings`);
    expect(mail!.parsed.html).toContain(`href="${PUBLIC_URL}/meetings/${id}"`);
    const ics = icsOf(mail!);
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(`UID:meeting-${id}@dxship`);
    // 14:00 and 16:30 in Japan are 05:00 and 07:30 UTC.
    expect(ics).toContain(`DTSTART:${heldOn.replaceAll('-', '')}T050000Z`);
    expect(ics).toContain(`DTEND:${heldOn.replaceAll('-', '')}T073000Z`);
    expect(ics).toContain('LOCATION:広島県庁 北館2階 第1会議室');
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain('1. 標準化の進捗共有');
    // A member of an invited body and a manager of a body not invited hear nothing.
    expect(smtp.to('kure-member@example.jp')).toEqual([]);
    expect(smtp.to('fuchu-cdo@town.fuchu.example.jp')).toEqual([]);
  });

  it('a change mails the updated invitation (higher SEQUENCE) and a cancellation to a body no longer invited', async () => {
    const id = await createMeeting([KURE, MIHARA]);
    await deliverOutbox(t.db, mailer);
    const first = Number(/SEQUENCE:(\d+)/.exec(icsOf(smtp.to('kure-cdo@city.kure.example.jp')[0]!))?.[1]);
    smtp.clear();
    await new Promise((r) => setTimeout(r, 1100));
    const res = await t.request('PATCH', `/api/meetings/${id}`, {
      as: officer,
      body: { location: '福山市役所 第3会議室', attendees: [attendee(KURE), attendee(FUCHU)] },
    });
    expect(res.status).toBe(200);
    await deliverOutbox(t.db, mailer);
    const update = smtp.to('kure-cdo@city.kure.example.jp');
    expect(update).toHaveLength(1);
    expect(update[0]!.parsed.subject).toContain('会議の変更');
    const ics = icsOf(update[0]!);
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain('LOCATION:福山市役所 第3会議室');
    expect(Number(/SEQUENCE:(\d+)/.exec(ics)?.[1])).toBeGreaterThan(first);
    expect(icsOf(smtp.to('fuchu-cdo@town.fuchu.example.jp')[0]!)).toContain('METHOD:REQUEST');
    const dropped = smtp.to('mihara-cdo@city.mihara.example.jp');
    expect(dropped).toHaveLength(1);
    expect(icsOf(dropped[0]!)).toContain('METHOD:CANCEL');
    expect(icsOf(dropped[0]!)).toContain('STATUS:CANCELLED');
  });

  it('adding the minutes only is no change to anyone’s calendar', async () => {
    const id = await createMeeting([KURE]);
    await deliverOutbox(t.db, mailer);
    smtp.clear();
    await t.request('PATCH', `/api/meetings/${id}`, {
      as: officer,
      body: { minutes: '標準化の進捗を共有した。' },
    });
    expect(await deliverOutbox(t.db, mailer)).toMatchObject({ sent: 0 });
  });

  it('deleting a meeting mails a cancellation (CANCEL) to the invited bodies', async () => {
    const id = await createMeeting([MIHARA]);
    await deliverOutbox(t.db, mailer);
    smtp.clear();
    expect((await t.request('DELETE', `/api/meetings/${id}`, { as: officer })).status).toBe(204);
    await deliverOutbox(t.db, mailer);
    const [mail] = smtp.to('mihara-cdo@city.mihara.example.jp');
    expect(mail!.parsed.subject).toContain('会議が取り消されました');
    expect(icsOf(mail!)).toContain('METHOD:CANCEL');
    expect(icsOf(mail!)).toContain(`UID:meeting-${id}@dxship`);
    expect((await t.request('GET', `/api/meetings/${id}`, { as: officer })).status).toBe(404);
  });

  it('a meeting recorded after it took place invites nobody', async () => {
    const res = await t.request('POST', '/api/meetings', {
      as: officer,
      body: {
        kind: 'cdo_forum',
        title: '過去の会議',
        heldOn: daysFromToday(-30),
        attendees: [attendee(KURE)],
      },
    });
    expect(res.status).toBe(201);
    expect(await deliverOutbox(t.db, mailer)).toMatchObject({ sent: 0 });
  });
});

function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const reiwa = y - 2018;
  return `令和${reiwa === 1 ? '元' : reiwa}年${m}月${d}日`;
}
