import type { Database } from '../../platform/db.ts';
import type { Logger } from '../../platform/logger.ts';
import type { Mailer } from './mailer.ts';
import { runNotificationsUnderLease } from './run-notifications.ts';

/**
 * Runs the notifications job in the server process every `intervalSeconds` (the first run shortly
 * after start), under the database lease. Runs never overlap; a failing run is logged and the next one
 * tries again. Returns a function that stops the schedule and waits for a run in progress.
 */
export function startNotificationScheduler(
  database: Pick<Database, 'db' | 'withLease'>,
  mailer: Mailer,
  options: { intervalSeconds: number; logger: Logger; firstDelayMs?: number },
): () => Promise<void> {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    running = runNotificationsUnderLease(database, mailer)
      .then((summary) => {
        if (summary === null) options.logger.debug('通知ジョブは他のプロセスが実行中です');
        else options.logger.info(summary, '通知ジョブを実行しました');
      })
      .catch((error: unknown) => options.logger.error({ err: error }, '通知ジョブが失敗しました'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.intervalSeconds * 1000);
      });
  };
  timer = setTimeout(tick, options.firstDelayMs ?? 5000);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
