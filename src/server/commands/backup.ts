import { backupDatabase } from '../platform/backup.ts';
import { openDatabase } from '../platform/db.ts';
import { readEnv } from '../platform/env.ts';

/** `dxship backup FILE`: writes every row to FILE (NDJSON). */
export async function run(argv: string[]): Promise<number> {
  const [file] = argv;
  if (!file) {
    console.error('使い方: dxship backup FILE');
    return 1;
  }
  const database = await openDatabase(readEnv());
  try {
    await database.migrate();
    const counts = await backupDatabase(database.db, file);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(`バックアップしました: ${file}（${total}行）`);
    return 0;
  } finally {
    await database.close();
  }
}
