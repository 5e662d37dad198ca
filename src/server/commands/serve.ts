import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { count, eq } from 'drizzle-orm';
import { loadDemoData } from '../../db/demo/load-demo-data.ts';
import { loadReferenceData } from '../../db/reference/load-reference-data.ts';
import { users } from '../../db/schema/index.ts';
import { createApp } from '../app.ts';
import { configureRunLiveness, failAbandonedRuns } from '../features/matching/run-liveness.ts';
import { stopLocalRuns } from '../features/matching/start-run.ts';
import { createMailer } from '../features/notifications/mailer.ts';
import { startNotificationScheduler } from '../features/notifications/notification-scheduler.ts';
import { buildSearchIndexes } from '../features/search/build-search-indexes.ts';
import type { Db } from '../platform/db.ts';
import { openDatabase } from '../platform/db.ts';
import { type Env, isLoopbackHost, readEnv } from '../platform/env.ts';
import { createLogger, type Logger } from '../platform/logger.ts';
import { applyPasswordSettings } from './support/password-settings.ts';

const WEB_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../dist/web');

/**
 * `dxship serve`: applies migrations, loads the reference data and — on a database without
 * accounts — the demo data, then serves the web UI and the API until SIGINT/SIGTERM. Once listening it
 * builds the search indexes in the background (see buildSearchIndexes), and every
 * NOTIFY_INTERVAL_SECONDS runs the notifications job under the database lease (one sender among many).
 * `--no-demo` skips the demo data (production).
 */
export async function run(argv: string[]): Promise<number> {
  const env = readEnv();
  const logger = createLogger(env.logLevel);
  applyPasswordSettings(env);
  const database = await openDatabase(env);
  await database.migrate();
  if (argv.includes('--no-demo')) await loadReferenceData(database.db);
  else if (await loadDemoData(database.db)) logger.info('demo data loaded');

  await warnAboutDemoAccounts(database.db, env, logger);
  configureRunLiveness(env.matchingRunStaleSeconds);
  const abandoned = await failAbandonedRuns(database.db);
  if (abandoned.length)
    logger.warn({ runs: abandoned }, '停止したサーバーの配置計算を失敗として記録しました');

  const app = createApp({ ...env, db: database.db, logger, webRoot: WEB_ROOT });
  const mailer = createMailer(env.mail);
  if (!mailer.enabled) logger.warn('SMTP_URL が未設定のため、通知メールは送信しません（アプリ内通知のみ）');
  const stopNotifications = startNotificationScheduler(database, mailer, {
    intervalSeconds: env.notifyIntervalSeconds,
    logger,
  });
  const server = serve({ fetch: app.fetch, port: env.port, hostname: env.host }, (info) => {
    logger.info(
      { port: info.port, database: database.kind },
      `DXShip を起動しました: http://${env.host.includes(':') ? `[${env.host}]` : env.host}:${info.port}`,
    );
    buildSearchIndexes(database.db).then(
      (built) => logger.info(built, '検索索引を作成しました'),
      (error: unknown) =>
        logger.warn({ err: error }, '検索索引を作成できませんでした（最初の検索で作り直します）'),
    );
  });
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await stopLocalRuns(); // matching workers stop and their runs end as cancelled before the database closes
  await stopNotifications();
  mailer.close();
  await database.close();
  return 0;
}

/**
 * Says at start when demo accounts (published passwords) exist and the server listens beyond this
 * machine: they are refused — or, with DXSHIP_ALLOW_DEMO=1, accepted, which is louder still.
 */
async function warnAboutDemoAccounts(db: Db, env: Env, logger: Logger): Promise<void> {
  if (isLoopbackHost(env.host)) return;
  const [demo] = await db.select({ n: count() }).from(users).where(eq(users.isDemo, true));
  const demoAccounts = demo?.n ?? 0;
  if (demoAccounts === 0) return;
  logger.warn(
    { host: env.host, demoAccounts },
    env.demoAccountsAllowed
      ? `DXSHIP_ALLOW_DEMO=1: HOST=${env.host} で、公開パスワードのデモアカウントがログインできます。本番では使わないでください。`
      : `HOST=${env.host} はこのマシンの外から接続できるため、デモアカウント（公開パスワード）のログインを拒否します（403 DEMO_ACCOUNT_DISABLED）。本番は dxship init で初期化してください。`,
  );
}
