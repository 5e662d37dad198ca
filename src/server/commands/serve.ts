import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { loadDemoData } from '../../db/demo/load-demo-data.ts';
import { loadReferenceData } from '../../db/reference/load-reference-data.ts';
import { createApp } from '../app.ts';
import { createMailer } from '../features/notifications/mailer.ts';
import { startNotificationScheduler } from '../features/notifications/notification-scheduler.ts';
import { buildSearchIndexes } from '../features/search/build-search-indexes.ts';
import { openDatabase } from '../platform/db.ts';
import { readEnv } from '../platform/env.ts';
import { createLogger } from '../platform/logger.ts';

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
  const database = await openDatabase(env);
  await database.migrate();
  if (argv.includes('--no-demo')) await loadReferenceData(database.db);
  else if (await loadDemoData(database.db)) logger.info('demo data loaded');

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
      `DXShip を起動しました: http://localhost:${info.port}`,
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
  await stopNotifications();
  mailer.close();
  await database.close();
  return 0;
}
