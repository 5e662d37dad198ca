import { loadReferenceData } from '../../db/reference/load-reference-data.ts';
import { openDatabase } from '../platform/db.ts';
import { readEnv } from '../platform/env.ts';

/** `dxship migrate`: applies pending migrations and the reference data (bodies), nothing else. */
export async function run(): Promise<number> {
  const env = readEnv();
  const database = await openDatabase(env);
  try {
    await database.migrate();
    const loaded = await loadReferenceData(database.db);
    console.log(
      `マイグレーションを適用しました（${database.kind}）${loaded ? '。団体マスタを登録しました' : ''}`,
    );
    return 0;
  } finally {
    await database.close();
  }
}
