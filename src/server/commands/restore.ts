import { existsSync } from 'node:fs';
import { restoreDatabase } from '../platform/backup.ts';
import { openDatabase } from '../platform/db.ts';
import { readEnv } from '../platform/env.ts';
import { AppError } from '../platform/errors.ts';

/** Exit code of a restore that was refused or failed (nothing was written). */
const RESTORE_FAILED = 2;

/**
 * `dxship restore FILE`: restores a backup into an empty database, all or nothing. A failure prints one
 * line (what, which table, which line of the file) and exits 2.
 */
export async function run(argv: string[]): Promise<number> {
  const [file] = argv;
  if (!file || !existsSync(file)) {
    console.error(file ? `ファイルがありません: ${file}` : '使い方: dxship restore FILE');
    return 1;
  }
  const env = readEnv();
  const database = await openDatabase(env);
  try {
    await database.migrate();
    const counts = await restoreDatabase(database.db, file, { key: env.backupKey });
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(`復元しました: ${file}（${total}行）`);
    return 0;
  } catch (error) {
    const line =
      error instanceof AppError
        ? `${error.code}: ${error.message}`
        : `RESTORE_FAILED: 復元できませんでした（${(error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 200)}）。何も書き込んでいません。`;
    console.error(line.replace(/\s*\n\s*/g, ' '));
    return RESTORE_FAILED;
  } finally {
    await database.close();
  }
}
