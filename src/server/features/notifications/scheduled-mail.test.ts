import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestSmtpServer } from '../../../../tests/support/smtp.ts';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { mailOutbox, systems, users } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { commitImport } from '../../platform/tabular/commit-import.ts';
import { systemsImportTarget } from '../inventory/import-systems.ts';
import { deliverOutbox } from './deliver-outbox.ts';
import type { Mailer } from './mailer.ts';
import {
  atJapanHour,
  createMailTestApp,
  daysFromToday,
  PUBLIC_URL,
  setEmail,
  testMailer,
} from './notifications.test-support.ts';
import { runNotifications } from './run-notifications.ts';

const KURE = '342025';
const MIHARA = '342041';
const ONOMICHI = '342050';

let t: TestApp;
let smtp: TestSmtpServer;
let mailer: Mailer;
let close: () => Promise<void>;
let admin: Session;
let kure: Session;
let mihara: Session;
let onomichi: Session;

beforeAll(async () => {
  ({ t, smtp, mailer, close } = await createMailTestApp());
  admin = await t.as('admin');
  kure = await t.as('municipal_manager', KURE);
  mihara = await t.as('municipal_manager', MIHARA);
  onomichi = await t.as('municipal_manager', ONOMICHI);
  await setEmail(t, admin, 'dx-team@pref.example.jp');
  await setEmail(t, kure, 'kure-cdo@city.kure.example.jp');
  await setEmail(t, mihara, 'mihara-cdo@city.mihara.example.jp');
  await setEmail(t, onomichi, 'onomichi-cdo@city.onomichi.example.jp');
});
afterAll(() => close());
beforeEach(() => smtp.clear());

const run = (now: Date) => runNotifications(t.db, mailer, now);

async function addSystem(as: Session, name: string, contractEnd: string, vendor: string) {
  const res = await t.request('POST', '/api/systems', {
    as,
    body: {
      name,
      business: '住民基本台帳',
      hosting: 'クラウド',
      vendor,
      contractStart: '2020-04-01',
      contractEnd,
      yearlyCost: 10_000_000,
    },
  });
  expect(res.status).toBe(201);
}

describe('契約満了 → the body’s managers and the admin team, once per window, with joint-tender candidates', () => {
  it('announces contracts entering the window once, naming the other bodies of the same business', async () => {
    await addSystem(kure, '呉市 住民記録システム', daysFromToday(300), '瀬戸内システム（架空）');
    await addSystem(mihara, '三原市 住民記録システム', daysFromToday(400), '山陽データ（架空）');
    const now = atJapanHour(1, 7);
    const first = await run(now);
    expect(first.contractExpiry).toBeGreaterThanOrEqual(3);
    const [kureMail] = smtp.to('kure-cdo@city.kure.example.jp');
    expect(kureMail!.parsed.subject).toBe('【DXShip】契約満了が近づいています: 呉市 1件');
    expect(kureMail!.parsed.text).toContain('呉市 住民記録システム（瀬戸内システム（架空））');
    expect(kureMail!.parsed.text).toContain('満了まで18か月以内');
    expect(kureMail!.parsed.text).toContain('共同調達の候補）: 三原市');
    expect(kureMail!.parsed.text).toContain(`${PUBLIC_URL}/procurement?orgCode=${KURE}`);
    // The admin team hears of each body's contracts.
    const adminSubjects = smtp.to('dx-team@pref.example.jp').map((m) => m.parsed.subject);
    expect(adminSubjects).toContain('【DXShip】契約満了が近づいています: 呉市 1件');
    expect(adminSubjects).toContain('【DXShip】契約満了が近づいています: 三原市 1件');
    // Another body's manager does not hear of Kure's contract.
    expect(smtp.to('onomichi-cdo@city.onomichi.example.jp')).toEqual([]);

    smtp.clear();
    const again = await run(now);
    expect(again).toMatchObject({ contractExpiry: 0, delivery: { sent: 0 } });
    expect(smtp.received).toEqual([]);
  });

  it('follows the body’s own window: a 6-month window leaves a contract 9 months out until it comes near', async () => {
    const res = await t.request('PUT', `/api/notifications/bodies/${ONOMICHI}/settings`, {
      as: onomichi,
      body: { contractWindowMonths: 6 },
      headers: { 'if-match': '"0"' },
    });
    expect(res.status).toBe(200);
    await addSystem(onomichi, '尾道市 住民記録システム', daysFromToday(270), '瀬戸内システム（架空）');
    await run(atJapanHour(1, 7));
    expect(smtp.to('onomichi-cdo@city.onomichi.example.jp')).toEqual([]);
    await run(atJapanHour(100, 7));
    const [mail] = smtp.to('onomichi-cdo@city.onomichi.example.jp');
    expect(mail!.parsed.subject).toBe('【DXShip】契約満了が近づいています: 尾道市 1件');
    expect(mail!.parsed.text).toContain('満了まで6か月以内');
  });
});

describe('コミットメント期限 → the owner body’s managers: due in 7 days, then weekly while overdue', () => {
  it('mails once when due within 7 days, once per overdue week, and nothing twice', async () => {
    const meeting = await t.request('POST', '/api/meetings', {
      as: admin,
      body: {
        kind: 'cdo_forum',
        title: '過去のフォーラム',
        heldOn: daysFromToday(-60),
        commitments: [{ title: 'RPA導入計画の策定', ownerOrgCode: MIHARA, dueOn: daysFromToday(6) }],
      },
    });
    expect(meeting.status).toBe(201);
    const mine = () =>
      smtp.to('mihara-cdo@city.mihara.example.jp').filter((m) => m.parsed.subject?.includes('RPA'));

    await run(atJapanHour(-9, 7)); // 15 days before: nothing yet
    expect(mine()).toEqual([]);
    await run(atJapanHour(1, 7));
    expect(mine().map((m) => m.parsed.subject)).toEqual([
      '【DXShip】コミットメントの期限が近づいています（あと5日）: RPA導入計画の策定',
    ]);
    await run(atJapanHour(2, 7));
    expect(mine()).toHaveLength(1);
    smtp.clear();
    await run(atJapanHour(7, 7)); // 1 day overdue: week 0
    await run(atJapanHour(10, 7)); // still week 0
    expect(mine().map((m) => m.parsed.subject)).toEqual([
      '【DXShip】コミットメントの期限を1日過ぎています: RPA導入計画の策定',
    ]);
    expect(mine()[0]!.parsed.text).toContain('毎週お知らせします');
    await run(atJapanHour(14, 7)); // 8 days overdue: week 1
    expect(mine().map((m) => m.parsed.subject)).toHaveLength(2);
    expect(mine()[1]!.parsed.subject).toContain('8日過ぎています');
    expect(smtp.to('kure-cdo@city.kure.example.jp').filter((m) => m.parsed.subject?.includes('RPA'))).toEqual(
      [],
    );
  });
});

async function actorOf(session: Session): Promise<Actor> {
  const [user] = await t.db.select().from(users).where(eq(users.login, session.login));
  return {
    userId: user!.id,
    login: user!.login,
    displayName: user!.displayName,
    role: user!.role,
    orgCode: user!.orgCode,
  };
}

async function previewCsv(as: Session, csv: string): Promise<string> {
  const res = await t.app.request('/api/systems/import?filename=kure.csv', {
    method: 'POST',
    headers: {
      cookie: as.cookie,
      'x-csrf-token': as.csrfToken,
      'content-type': 'text/csv',
      accept: 'application/json',
    },
    body: new TextEncoder().encode(csv),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { batchId: string }).batchId;
}

describe('取り込み完了 / 失敗 → the uploader', () => {
  const csv =
    'システム名,業務,業務分類,稼働環境,ベンダー\n呉市 文書管理システム,その他,文書管理,クラウド,瀬戸内システム（架空）\n呉市 財務会計システム,その他,財務会計,オンプレミス,山陽データ（架空）\n';

  it('a committed import mails its uploader the count', async () => {
    const batchId = await previewCsv(kure, csv);
    const res = await t.request('POST', `/api/systems/import/${batchId}/commit`, { as: kure });
    expect(res.status).toBe(200);
    await deliverOutbox(t.db, mailer);
    const mails = smtp.to('kure-cdo@city.kure.example.jp');
    expect(mails.map((m) => m.parsed.subject)).toEqual(['【DXShip】取り込み完了: 情報システム台帳 2件']);
    expect(mails[0]!.parsed.text).toContain('「kure.csv」');
    expect(smtp.to('dx-team@pref.example.jp')).toEqual([]);
  });

  it('a commit that breaks off mails its uploader the failure, and nothing is stored', async () => {
    const batchId = await previewCsv(kure, csv);
    const failing = {
      ...systemsImportTarget(),
      afterInsert: async () => {
        throw new Error('ディスクの空きがありません');
      },
    };
    await expect(commitImport(t.db, await actorOf(kure), failing, batchId)).rejects.toThrow('ディスク');
    await deliverOutbox(t.db, mailer);
    const [mail] = smtp.to('kure-cdo@city.kure.example.jp');
    expect(mail!.parsed.subject).toBe('【DXShip】取り込み失敗: 情報システム台帳');
    expect(mail!.parsed.text).toContain('原因: ディスクの空きがありません');
    const stored = await t.db.select().from(systems).where(eq(systems.name, '呉市 財務会計システム'));
    expect(stored).toHaveLength(1);
  });
});

describe('delivery: retries with backoff, failures visible to admins', () => {
  it('a temporary refusal (451) is retried after the backoff; a permanent one (550) is failed and listed', async () => {
    await t.db.delete(mailOutbox);
    await t.db.insert(mailOutbox).values([
      { recipient: 'retry@example.jp', subject: '再試行', body: '本文' },
      { recipient: 'nobody@example.jp', subject: '宛先なし', body: '本文' },
    ]);
    smtp.failNext(451);
    smtp.failNext(550);
    const now = new Date();
    expect(await deliverOutbox(t.db, mailer, now)).toEqual({ sent: 0, retrying: 1, failed: 1, skipped: 0 });
    // Not due again until the backoff (1 minute) has passed.
    expect(await deliverOutbox(t.db, mailer, new Date(now.getTime() + 30_000))).toMatchObject({ sent: 0 });
    expect(await deliverOutbox(t.db, mailer, new Date(now.getTime() + 61_000))).toMatchObject({ sent: 1 });
    expect(smtp.to('retry@example.jp')).toHaveLength(1);
    expect(smtp.to('nobody@example.jp')).toHaveLength(0);

    const res = await t.request('GET', '/api/admin/outbox?status=failed', { as: admin });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      mailEnabled: boolean;
      counts: Record<string, number>;
      items: { recipient: string; attempts: number; lastError: string }[];
    };
    expect(body.mailEnabled).toBe(true);
    expect(body.counts.failed).toBe(1);
    expect(body.items).toMatchObject([{ recipient: 'nobody@example.jp', attempts: 1 }]);
    expect(body.items[0]!.lastError).toContain('550');
    expect((await t.request('GET', '/api/admin/outbox', { as: kure })).status).toBe(403);
  });

  it('with mail off, due mails are marked skipped and the admins are told mail is off', async () => {
    const off = testMailer(null);
    await t.db.insert(mailOutbox).values({ recipient: 'x@example.jp', subject: '無効', body: '本文' });
    expect(await deliverOutbox(t.db, off)).toMatchObject({ sent: 0, skipped: 1 });
    const quiet = await createTestApp();
    const admin2 = await quiet.as('admin');
    const res = await quiet.request('GET', '/api/admin/outbox', { as: admin2 });
    expect(((await res.json()) as { mailEnabled: boolean }).mailEnabled).toBe(false);
    await quiet.close();
  });
});
