import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTableName, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLES_IN_DEPENDENCY_ORDER } from '../../src/db/schema/index.ts';
import { openDatabase, queryRows } from '../../src/server/platform/db.ts';
import { runCli } from '../support/cli.ts';
import { freshDatabaseEnv } from '../support/test-db.ts';

const tmp = mkdtempSync(join(tmpdir(), 'dxship-backup-'));

/** Every row of every table, as PostgreSQL renders it, in a stable order. */
async function snapshot(env: Record<string, string>) {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR ?? '' });
  try {
    const out: Record<string, string[]> = {};
    for (const table of TABLES_IN_DEPENDENCY_ORDER) {
      const name = getTableName(table);
      const rows = await queryRows<{ r: string }>(
        database.db,
        sql`SELECT row_to_json(t)::text AS r FROM ${sql.identifier(name)} t ORDER BY 1`,
      );
      out[name] = rows.map((x) => x.r);
    }
    return out;
  } finally {
    await database.close();
  }
}

let source: Record<string, string>;
const file = join(tmp, 'backup.ndjson');

beforeAll(async () => {
  source = await freshDatabaseEnv(tmp, 'source');
  expect(runCli(['demo'], source).status).toBe(0);
  const created = runCli(
    ['user', 'create', '--login', 'ops.user', '--password-stdin', '--role', 'viewer', '--body', '342157'],
    source,
    'a-long-password\n',
  );
  expect(created.stderr).toBe('');
  expect(created.status).toBe(0);
  const backup = runCli(['backup', file], source);
  expect(backup.status, backup.stderr).toBe(0);
}, 180_000);

describe('dxship backup / restore', () => {
  it('restoring into an empty database reproduces every row', async () => {
    const target = await freshDatabaseEnv(tmp, 'target');
    const restored = runCli(['restore', file], target);
    expect(restored.status, restored.stderr).toBe(0);
    const [a, b] = [await snapshot(source), await snapshot(target)];
    expect(Object.values(a).reduce((n, rows) => n + rows.length, 0)).toBeGreaterThan(40);
    expect(b).toEqual(a);
  }, 120_000);

  it('continues ids after the restored rows (sequences moved)', async () => {
    const target = await freshDatabaseEnv(tmp, 'seq');
    expect(runCli(['restore', file], target).status).toBe(0);
    // A new audited write must not collide with a restored audit id.
    const created = runCli(
      [
        'user',
        'create',
        '--login',
        'after.restore',
        '--password-stdin',
        '--role',
        'viewer',
        '--body',
        '342157',
      ],
      target,
      'a-long-password\n',
    );
    expect(created.status, created.stderr).toBe(0);
  }, 120_000);

  it('refuses a non-empty database and changes nothing', async () => {
    const before = await snapshot(source);
    const res = runCli(['restore', file], source);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('RESTORE_TARGET_NOT_EMPTY');
    expect(await snapshot(source)).toEqual(before);
  }, 120_000);

  it('rejects a file that is not a backup, or is cut short, writing nothing', async () => {
    const target = await freshDatabaseEnv(tmp, 'bad');
    const junk = join(tmp, 'junk.ndjson');
    writeFileSync(junk, 'hello\n');
    expect(runCli(['restore', junk], target).stderr).toContain('BACKUP_INVALID');
    const truncated = join(tmp, 'truncated.ndjson');
    const text = readFileSync(file, 'utf8');
    writeFileSync(truncated, text.slice(0, Math.floor(text.length * 0.7)));
    const res = runCli(['restore', truncated], target);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('BACKUP_INVALID');
    // Cut exactly at a line boundary: only the trailer's counts can tell.
    const atLine = join(tmp, 'at-line.ndjson');
    writeFileSync(atLine, `${text.split('\n').slice(0, 3).join('\n')}\n`);
    const cut = runCli(['restore', atLine], target);
    expect(cut.status).toBe(1);
    expect(cut.stderr).toContain('BACKUP_INVALID');
    const after = await snapshot(target);
    expect(Object.values(after).every((rows) => rows.length === 0)).toBe(true);
  }, 120_000);
});

describe('dxship user create', () => {
  it('rejects a bad check digit and an unknown role with Japanese messages', () => {
    const res = runCli(
      ['user', 'create', '--login', 'x.user', '--password-stdin', '--role', 'boss', '--body', '342158'],
      { DATA_DIR: join(tmp, 'unused') },
      'a-long-password\n',
    );
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('検査数字');
    expect(res.stderr).toContain('role');
  });
});
