import { createHash, createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTableName, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLES_IN_DEPENDENCY_ORDER } from '../../src/db/schema/index.ts';
import { login } from '../../src/server/features/auth/login.ts';
import { BACKUP_EXCLUDED_TABLES, SEEDED_BY_MIGRATIONS } from '../../src/server/platform/backup.ts';
import { openDatabase, queryRows } from '../../src/server/platform/db.ts';
import { OPEN_ACCOUNT_POLICY } from '../../src/server/platform/session.ts';
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

/**
 * A database's rows with the defaults migrations insert (SEEDED_BY_MIGRATIONS) reduced to their
 * content (their timestamps are the moment that database was migrated).
 */
async function contentBeyondDefaults(env: Record<string, string>) {
  const all = await snapshot(env);
  const content = (row: string) => {
    const { created_at: _c, updated_at: _u, ...rest } = JSON.parse(row) as Record<string, unknown>;
    return JSON.stringify(rest);
  };
  return Object.fromEntries(
    Object.entries(all).map(([name, rows]) => [
      name,
      SEEDED_BY_MIGRATIONS.includes(name) ? rows.map(content) : rows,
    ]),
  );
}

let source: Record<string, string>;
/** What a refused restore must leave: no rows but the defaults migrations insert. */
let pristine: Record<string, string[]>;
const file = join(tmp, 'backup.ndjson');

beforeAll(async () => {
  const fresh = await freshDatabaseEnv(tmp, 'pristine');
  expect(runCli(['migrate'], fresh).status).toBe(0);
  // `migrate` also loads the reference tables (orgs, …); a restore's target must stay without them.
  pristine = Object.fromEntries(
    Object.entries(await contentBeyondDefaults(fresh)).map(([name, rows]) => [
      name,
      SEEDED_BY_MIGRATIONS.includes(name) ? rows : [],
    ]),
  );
  expect(pristine.search_synonyms?.length).toBeGreaterThan(0);
  source = await freshDatabaseEnv(tmp, 'source');
  expect(runCli(['demo'], source).status).toBe(0);
  const created = runCli(
    ['user', 'create', '--login', 'ops.user', '--password-stdin', '--role', 'viewer', '--body', '342157'],
    source,
    'a-long-password\n',
  );
  expect(created.stderr).toBe('');
  expect(created.status).toBe(0);
  // Someone signed in and someone who mistyped: neither may travel in a backup.
  const database = await openDatabase({ dataDir: source.DATA_DIR ?? '', databaseUrl: source.DATABASE_URL });
  try {
    const attempt = { login: 'ops.user', ip: '192.0.2.1', userAgent: 'backup test', sessionTtlHours: 8 };
    await login(database.db, { ...attempt, password: 'a-long-password' }, OPEN_ACCOUNT_POLICY);
    await expect(
      login(database.db, { ...attempt, password: 'wrong' }, OPEN_ACCOUNT_POLICY),
    ).rejects.toThrow();
  } finally {
    await database.close();
  }
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
    expect(a.sessions?.length).toBeGreaterThan(0);
    expect(a.login_attempts?.length).toBeGreaterThan(0);
    // Everything but who was signed in: the restored server starts with no one signed in.
    const excluded = Object.fromEntries(
      Object.keys(a)
        .filter((name) => BACKUP_EXCLUDED_TABLES.includes(name))
        .map((name) => [name, []]),
    );
    expect(Object.keys(excluded).sort()).toEqual([...BACKUP_EXCLUDED_TABLES].sort());
    expect(b).toEqual({ ...a, ...excluded });
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
    expect(res.status).toBe(2);
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
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('BACKUP_INVALID');
    // Cut exactly at a line boundary: only the trailer's counts can tell.
    const atLine = join(tmp, 'at-line.ndjson');
    writeFileSync(atLine, `${text.split('\n').slice(0, 3).join('\n')}\n`);
    const cut = runCli(['restore', atLine], target);
    expect(cut.status).toBe(2);
    expect(cut.stderr).toContain('BACKUP_INVALID');
    expect(await contentBeyondDefaults(target)).toEqual(pristine);
  }, 120_000);
});

type Line = {
  table?: string;
  rows?: { login?: string; role?: string }[];
  sha256?: string;
  end?: true;
  digest?: string;
};

/** The lines of a backup file, parsed. */
function linesOf(path: string): Line[] {
  return readFileSync(path, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Line);
}

/**
 * Writes lines back as a backup file, with every chunk's SHA-256 and the trailer's digest made right
 * again — as someone who changed a value and knows the format would (the HMAC needs the key).
 */
function writeResigned(path: string, lines: Line[], key?: string): void {
  const digest = key ? createHmac('sha256', key) : createHash('sha256');
  const out: string[] = [];
  for (const line of lines) {
    if (line.rows) line.sha256 = createHash('sha256').update(JSON.stringify(line.rows)).digest('hex');
    if (line.end) line.digest = digest.digest('hex');
    const text = `${JSON.stringify(line)}\n`;
    if (!line.end) digest.update(text);
    out.push(text);
  }
  writeFileSync(path, out.join(''));
}

/** Changes ops.user from viewer to admin in place; row counts stay as they were. */
function promoteOpsUser(lines: Line[]): Line[] {
  const chunk = lines.find((l) => l.table === 'users' && l.rows?.some((r) => r.login === 'ops.user'));
  const row = chunk?.rows?.find((r) => r.login === 'ops.user');
  expect(row?.role).toBe('viewer');
  if (row) row.role = 'admin';
  return lines;
}

describe('backups people can trust', () => {
  const KEY = 'a-backup-key-of-at-least-32-characters';
  let signed: string;

  beforeAll(() => {
    signed = join(tmp, 'signed.ndjson');
    const res = runCli(['backup', signed], { ...source, BACKUP_KEY: KEY });
    expect(res.status, res.stderr).toBe(0);
  }, 120_000);

  it('creates the file readable by its owner only, and leaves nothing half-written beside it', () => {
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(signed).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('"table":"sessions"');
    expect(text).not.toContain('"table":"login_attempts"');
  });

  it('with BACKUP_KEY, refuses a file whose values were changed even when every count and hash was redone', async () => {
    const target = await freshDatabaseEnv(tmp, 'tampered');
    const tampered = join(tmp, 'tampered.ndjson');
    writeResigned(tampered, promoteOpsUser(linesOf(signed)));
    const res = runCli(['restore', tampered], { ...target, BACKUP_KEY: KEY });
    expect(res.status).toBe(2);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toContain('BACKUP_TAMPERED');
    expect(res.stderr).toMatch(/ファイルの \d+ 行目/);
    expect(await contentBeyondDefaults(target)).toEqual(pristine);
    // The untouched file restores.
    const ok = runCli(['restore', signed], { ...target, BACKUP_KEY: KEY });
    expect(ok.status, ok.stderr).toBe(0);
  }, 120_000);

  it('names the table and line of a chunk whose rows no longer match their hash', async () => {
    const target = await freshDatabaseEnv(tmp, 'chunk');
    const lines = linesOf(file);
    const changed = join(tmp, 'chunk.ndjson');
    const userLine = lines.findIndex((l) => l.table === 'users') + 1;
    const original = readFileSync(file, 'utf8').split('\n');
    original[userLine - 1] = (original[userLine - 1] ?? '').replace('"role":"viewer"', '"role":"admin"');
    writeFileSync(changed, original.join('\n'));
    const res = runCli(['restore', changed], target);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('BACKUP_TAMPERED');
    expect(res.stderr).toContain(`表 users、ファイルの ${userLine} 行目`);
  }, 120_000);

  it('refuses a signed file without the key, an unsigned one when a key is set, and lines after the trailer', async () => {
    const target = await freshDatabaseEnv(tmp, 'keys');
    const noKey = runCli(['restore', signed], target);
    expect(noKey.status).toBe(2);
    expect(noKey.stderr).toContain('BACKUP_KEY_REQUIRED');
    const unsigned = runCli(['restore', file], { ...target, BACKUP_KEY: KEY });
    expect(unsigned.status).toBe(2);
    expect(unsigned.stderr).toContain('BACKUP_KEY_MISMATCH');
    const appended = join(tmp, 'appended.ndjson');
    const extra = { table: 'users', rows: [], sha256: createHash('sha256').update('[]').digest('hex') };
    writeFileSync(appended, `${readFileSync(file, 'utf8')}${JSON.stringify(extra)}\n`);
    const after = runCli(['restore', appended], target);
    expect(after.status).toBe(2);
    expect(after.stderr).toContain('BACKUP_INVALID');
    expect(after.stderr).toContain(`ファイルの ${linesOf(file).length + 1} 行目`);
    expect(await contentBeyondDefaults(target)).toEqual(pristine);
  }, 120_000);

  it('reports a row the database refuses in one line with its table and line, exit 2', async () => {
    const target = await freshDatabaseEnv(tmp, 'refused');
    const lines = linesOf(file);
    const chunk = lines.find((l) => l.table === 'users');
    const row = chunk?.rows?.[0] as Record<string, unknown> | undefined;
    if (row) row.org_code = '999999'; // no such body: the foreign key refuses it
    const refused = join(tmp, 'refused.ndjson');
    writeResigned(refused, lines);
    const res = runCli(['restore', refused], target);
    expect(res.status).toBe(2);
    const output = res.stderr.trim();
    expect(output.split('\n')).toHaveLength(1);
    expect(output.length).toBeLessThan(600);
    expect(output).toContain('RESTORE_REJECTED');
    expect(output).toContain(`表 users、ファイルの ${lines.indexOf(chunk as Line) + 1} 行目`);
  }, 120_000);

  it('refuses a backup of format 1 with the way forward', async () => {
    const target = await freshDatabaseEnv(tmp, 'v1');
    const old = join(tmp, 'v1.ndjson');
    writeFileSync(
      old,
      `${JSON.stringify({ format: 'dxship-backup', version: 1, createdAt: '2025-01-01T00:00:00Z', migrations: 6, tables: [] })}\n${JSON.stringify({ end: true, counts: {} })}\n`,
    );
    const res = runCli(['restore', old], target);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('BACKUP_VERSION_UNSUPPORTED');
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
