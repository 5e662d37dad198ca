/**
 * Test helper run as a child process by import-crash.test.ts: commits a previewed 台帳 import and,
 * once the first chunk is inserted (mid-transaction), prints `progress <rows>` and stalls, so the
 * parent can kill it with SIGKILL at a known point. Not part of the app.
 *   node --import tsx import-crash.child.ts <batchId>   (DATABASE_URL or DATA_DIR in the environment)
 */
import { CLI_ACTOR } from '../../platform/actor.ts';
import { openDatabase } from '../../platform/db.ts';
import { commitSystemsImport } from './import-systems.ts';

const batchId = process.argv[2] ?? '';
const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.DATA_DIR ?? '',
});
const stall = new Int32Array(new SharedArrayBuffer(4));
await commitSystemsImport(database.db, CLI_ACTOR, batchId, {
  onProgress: (p) => {
    if (p.rows === 0) return;
    process.stdout.write(`progress ${p.rows}\n`);
    // Stay inside the open transaction until killed (at most a minute, then fail loudly).
    if (Atomics.wait(stall, 0, 0, 60_000) === 'timed-out') process.exit(3);
  },
});
process.stdout.write('committed\n');
await database.close();
