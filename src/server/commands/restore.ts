import { existsSync } from 'node:fs';
import { restoreDatabase } from '../platform/backup.ts';
import { openDatabase } from '../platform/db.ts';
import { readEnv } from '../platform/env.ts';
import { AppError } from '../platform/errors.ts';

/** `dxship restore FILE`: restores a backup into an empty database, all or nothing. */
export async function run(argv: string[]): Promise<number> {
  const [file] = argv;
  if (!file || !existsSync(file)) {
    console.error(file ? `ファイルがありません: ${file}` : '使い方: dxship restore FILE');
    return 1;
  }
  const database = await openDatabase(readEnv());
  try {
    await database.migrate();
    const counts = await restoreDatabase(database.db, file);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(`復元しました: ${file}（${total}行）`);
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      console.error(`${err.code}: ${err.message}`);
      return 1;
    }
    throw err;
  } finally {
    await database.close();
  }
}
