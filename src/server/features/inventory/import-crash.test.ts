import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { count, eq } from 'drizzle-orm';
import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/test-db.ts';
import { loadReferenceData } from '../../../db/reference/load-reference-data.ts';
import { importBatches, systems } from '../../../db/schema/index.ts';
import { CLI_ACTOR } from '../../platform/actor.ts';
import { type Database, type Db, openDatabase } from '../../platform/db.ts';
import { CHUNK_ROWS } from '../../platform/tabular/preview-import.ts';
import { commitSystemsImport, previewSystemsImport } from './import-systems.ts';

const CHILD = fileURLToPath(new URL('./import-crash.child.ts', import.meta.url));
const ROWS = CHUNK_ROWS * 4;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

function csv(rows: number): Uint8Array {
  const lines = ['システム名,業務,稼働環境,年間経費'];
  for (let i = 0; i < rows; i++) lines.push(`クラッシュ試験${i},その他,クラウド,${1000 + i}`);
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

const systemCount = async (db: Db) => (await db.select({ n: count() }).from(systems))[0]?.n ?? 0;

/**
 * Runs the child that commits `batchId`; kills it with SIGKILL as soon as it reports the first
 * chunk inserted. Resolves with the rows it had reported and how it ended.
 */
function commitAndKill(batchId: string, env: Record<string, string>) {
  return new Promise<{
    reported: number;
    signal: NodeJS.Signals | null;
    code: number | null;
    stderr: string;
  }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, batchId], {
      env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let reported = 0;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdout.on('data', (d: Buffer) => {
      const match = /progress (\d+)/.exec(d.toString());
      if (match && reported === 0) {
        reported = Number(match[1]);
        child.kill('SIGKILL');
      }
    });
    child.on('exit', (code, signal) => resolve({ reported, signal, code, stderr }));
  });
}

describe('a crash in the middle of an import commit', () => {
  it('leaves no partial rows, and the batch can be committed afterwards', { timeout: 180_000 }, async () => {
    const url = process.env.TEST_DATABASE_URL;
    let database: Database;
    let env: Record<string, string>;
    if (url) {
      database = await createTestDatabase();
      cleanups.push(() => database.close());
      const pool = (database.db as unknown as { $client: pg.Pool }).$client;
      env = { DATABASE_URL: pool.options.connectionString ?? '' };
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'dxship-crash-'));
      cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
      database = await openDatabase({ dataDir: dir });
      await database.migrate();
      await loadReferenceData(database.db);
      env = { DATA_DIR: dir };
    }
    const batch = await previewSystemsImport(database.db, CLI_ACTOR, {
      source: csv(ROWS),
      encoding: 'auto',
      mode: 'append',
    });
    expect(batch).toMatchObject({ validRows: ROWS, errorCount: 0 });
    const before = await systemCount(database.db);
    // PGlite is one process's database: hand the data folder over to the child.
    if (!url) await database.close();

    const run = await commitAndKill(batch.id, env);
    expect(run.stderr).toBe('');
    expect(run.signal).toBe('SIGKILL');
    expect(run.reported).toBe(CHUNK_ROWS); // killed after the first of four chunks was inserted

    const after = url ? database : await openDatabase({ dataDir: env.DATA_DIR ?? '' });
    if (!url) cleanups.push(() => after.close());
    expect(await systemCount(after.db)).toBe(before);
    const [state] = await after.db.select().from(importBatches).where(eq(importBatches.id, batch.id));
    expect(state?.status).toBe('preview');

    const committed = await commitSystemsImport(after.db, CLI_ACTOR, batch.id);
    expect(committed.inserted).toBe(ROWS);
    expect(await systemCount(after.db)).toBe(before + ROWS);
  });
});
