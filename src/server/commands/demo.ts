import { loadDemoData } from '../../db/demo/load-demo-data.ts';
import { openDatabase } from '../platform/db.ts';
import { readEnv } from '../platform/env.ts';
import { applyPasswordSettings } from './support/password-settings.ts';

/** `dxship demo`: migrates, then loads the demo data unless accounts already exist. */
export async function run(): Promise<number> {
  const env = readEnv();
  applyPasswordSettings(env);
  const database = await openDatabase(env);
  try {
    await database.migrate();
    const loaded = await loadDemoData(database.db);
    console.log(
      loaded ? 'デモデータを投入しました' : '利用者が既に登録されているため、デモデータは投入しませんでした',
    );
    return 0;
  } finally {
    await database.close();
  }
}
