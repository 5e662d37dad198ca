import { createMailer } from '../features/notifications/mailer.ts';
import { runNotificationsUnderLease } from '../features/notifications/run-notifications.ts';
import { openDatabase } from '../platform/db.ts';
import { readEnv } from '../platform/env.ts';

/**
 * `dxship notifications run`: evaluates the due events once, queues the digests that are due and sends
 * the outbox, under the same database lease as `serve`'s schedule. Idempotent: a second run sends
 * nothing new. Exit code 0 when done (or when another process holds the lease), 1 on bad usage.
 */
export async function run(argv: string[]): Promise<number> {
  if (argv[0] !== 'run') {
    console.error('使い方: dxship notifications run');
    return 1;
  }
  const env = readEnv();
  const database = await openDatabase(env);
  const mailer = createMailer(env.mail);
  try {
    await database.migrate();
    const summary = await runNotificationsUnderLease(database, mailer);
    if (summary === null) {
      console.log('別のプロセスが通知ジョブを実行中のため、何もしませんでした');
      return 0;
    }
    const { delivery } = summary;
    console.log(
      [
        `契約満了の通知: ${summary.contractExpiry}人`,
        `コミットメント期限の通知: ${summary.commitmentDue}人`,
        `日次まとめ: ${summary.digests}通`,
        `メール: 送信 ${delivery.sent}通・再試行待ち ${delivery.retrying}通・失敗 ${delivery.failed}通・送信せず ${delivery.skipped}通`,
      ].join('\n'),
    );
    if (!mailer.enabled) console.log('SMTP_URL が未設定のため、メールは送信していません（アプリ内通知のみ）');
    return 0;
  } finally {
    mailer.close();
    await database.close();
  }
}
