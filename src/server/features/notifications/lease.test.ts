import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliAsync } from '../../../../tests/support/cli.ts';
import { startSmtpServer, type TestSmtpServer } from '../../../../tests/support/smtp.ts';
import { createTestDatabase, freshDatabaseEnv } from '../../../../tests/support/test-db.ts';
import { loadReferenceData } from '../../../db/reference/load-reference-data.ts';
import { commitments, users } from '../../../db/schema/index.ts';
import { type Database, type Db, openDatabase } from '../../platform/db.ts';
import { hashPassword } from '../../platform/password.ts';
import { testMailer } from './notifications.test-support.ts';
import { NOTIFICATIONS_LEASE, runNotificationsUnderLease } from './run-notifications.ts';

const MIHARA = '342041';

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());

/** Three managers with addresses and five commitments due tomorrow: 15 mails to send. */
async function seed(db: Db): Promise<void> {
  const passwordHash = await hashPassword('unused password');
  await db.insert(users).values(
    [1, 2, 3].map((n) => ({
      login: `mihara-${n}-${Math.random().toString(36).slice(2)}`,
      displayName: `三原 管理者${n}`,
      passwordHash,
      role: 'municipal_manager' as const,
      orgCode: MIHARA,
      email: `mihara-${n}@city.mihara.example.jp`,
    })),
  );
  const tomorrow = new Date(Date.now() + 9 * 3600_000 + 86_400_000).toISOString().slice(0, 10);
  await db
    .insert(commitments)
    .values([1, 2, 3, 4, 5].map((n) => ({ title: `課題${n}`, ownerOrgCode: MIHARA, dueOn: tomorrow })));
}

describe('one sender among several servers on one database', () => {
  let first: Database & { url?: string };
  let second: Database;
  beforeAll(async () => {
    first = await createTestDatabase();
    // On PostgreSQL a second server is a second pool of connections to the same database; PGlite's
    // folder belongs to one process, whose runs exclude each other in process.
    second = first.url ? await openDatabase({ databaseUrl: first.url, dataDir: '' }) : first;
    await seed(first.db);
  });
  afterAll(async () => {
    if (second !== first) await second.close();
    await first.close();
  });

  it('while one server holds the lease the other runs nothing', async () => {
    const outcome = await first.withLease(NOTIFICATIONS_LEASE, () =>
      runNotificationsUnderLease(second, testMailer(smtp)),
    );
    expect(outcome).toEqual({ held: true, value: null });
    expect(smtp.received).toEqual([]);
  });

  it('two servers running the job at once send each mail exactly once; running again sends nothing new', async () => {
    smtp.clear();
    const [a, b] = await Promise.all([
      runNotificationsUnderLease(first, testMailer(smtp)),
      runNotificationsUnderLease(second, testMailer(smtp)),
    ]);
    const sent = [a, b].reduce((sum, r) => sum + (r?.delivery.sent ?? 0), 0);
    expect(sent).toBe(15);
    expect(smtp.received).toHaveLength(15);
    const keys = smtp.received.map((m) => `${m.envelopeTo[0]} ${m.parsed.subject}`);
    expect(new Set(keys).size).toBe(15);

    const again = await Promise.all([
      runNotificationsUnderLease(first, testMailer(smtp)),
      runNotificationsUnderLease(second, testMailer(smtp)),
    ]);
    for (const r of again) if (r) expect(r).toMatchObject({ commitmentDue: 0, delivery: { sent: 0 } });
    expect(smtp.received).toHaveLength(15);
  });
});

describe('npx dxship notifications run', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'dxship-notify-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('sends what is due once; a second run sends nothing new', async () => {
    const env = await freshDatabaseEnv(tmp, 'cli');
    const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR ?? '' });
    await database.migrate();
    await loadReferenceData(database.db);
    await seed(database.db);
    await database.close();
    smtp.clear();
    const settings = { ...env, SMTP_URL: smtp.url, MAIL_FROM: 'DXShip <dxship@pref.example.jp>' };
    const once = await runCliAsync(['notifications', 'run'], settings);
    expect(once.stderr).toBe('');
    expect(once.status).toBe(0);
    expect(once.stdout).toContain('コミットメント期限の通知: 15人');
    expect(once.stdout).toContain('送信 15通');
    expect(smtp.received).toHaveLength(15);
    const twice = await runCliAsync(['notifications', 'run'], settings);
    expect(twice.status).toBe(0);
    expect(twice.stdout).toContain('コミットメント期限の通知: 0人');
    expect(twice.stdout).toContain('送信 0通');
    expect(smtp.received).toHaveLength(15);
  }, 180_000);
});
