import type { Db } from '../db.ts';
import { notify } from '../notifications/notify.ts';

/** Where the web UI lists what an import kind fills. */
const LIST_PATHS: Record<string, string> = { systems: '/inventory', practices: '/practices' };

type FinishedImport = {
  batchId: string;
  kind: string;
  label: string;
  filename: string | null;
  uploaderId: string | null;
};

/**
 * 取り込み完了 / 失敗 → the uploader, in the transaction that records the outcome (a rolled-back
 * commit notifies nobody of success). `outcome` is the number of rows stored, or the failure.
 */
export async function notifyImportFinished(
  tx: Db,
  batch: FinishedImport,
  outcome: { inserted: number } | { error: string },
): Promise<void> {
  if (!batch.uploaderId) return;
  const file = batch.filename ? `「${batch.filename}」` : '';
  const ok = 'inserted' in outcome;
  await notify(tx, {
    kind: 'import',
    eventKey: `import:${batch.batchId}:${ok ? 'committed' : 'failed'}`,
    userIds: [batch.uploaderId],
    title: ok
      ? `取り込み完了: ${batch.label} ${outcome.inserted.toLocaleString('ja-JP')}件`
      : `取り込み失敗: ${batch.label}`,
    body: ok
      ? `${batch.label}のファイル${file}を取り込みました（${outcome.inserted.toLocaleString('ja-JP')}件）。`
      : `${batch.label}のファイル${file}の取り込みが失敗しました。何も取り込まれていません。\n\n原因: ${outcome.error}\n\nファイルを確かめて、もう一度取り込んでください。`,
    link: LIST_PATHS[batch.kind] ?? '/',
  });
}
