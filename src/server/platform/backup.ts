/**
 * Backups as NDJSON (format version 2, decision 014):
 *
 *   line 1        header   { format, version: 2, createdAt, migrations, tables, integrity }
 *   lines 2…n-1   chunks   { table, rows, sha256 }  — rows as PostgreSQL renders them (row_to_json),
 *                                                    sha256 = SHA-256 of JSON.stringify(rows)
 *   line n        trailer  { end: true, counts, digest } — digest over the bytes of lines 1…n-1:
 *                          SHA-256, or HMAC-SHA256 keyed with BACKUP_KEY when one is set
 *
 * Nothing may follow the trailer. Sessions, login attempts and password-reset tokens are never written
 * (BACKUP_EXCLUDED_TABLES): a restored server starts with no one signed in.
 */
import { createHash, createHmac, type Hash, type Hmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { getTableName, sql } from 'drizzle-orm';
import { TABLES_IN_DEPENDENCY_ORDER } from '../../db/schema/index.ts';
import { type Db, queryRows } from './db.ts';
import { AppError } from './errors.ts';

/**
 * Tables a migration fills with defaults (the search dictionary's first entries): an empty database
 * is not empty there, so a restore replaces their rows instead of refusing the target.
 */
export const SEEDED_BY_MIGRATIONS: readonly string[] = ['search_synonyms'];

/**
 * Tables a backup never holds: who is signed in and secrets that only make sense where they were made.
 * One list, so that a new table of that kind is excluded by adding its name here.
 */
export const BACKUP_EXCLUDED_TABLES: readonly string[] = [
  'sessions',
  'login_attempts',
  'password_reset_tokens',
  'mfa_challenges',
  'oidc_login_requests',
  // Mail waiting to be sent may carry a password-reset link; a restored server starts a new outbox.
  'mail_outbox',
];

const FORMAT = 'dxship-backup';
const VERSION = 2;
const CHUNK = 1000;

type Integrity = 'sha256' | 'hmac-sha256';
type Header = {
  format: typeof FORMAT;
  version: typeof VERSION;
  createdAt: string;
  migrations: number;
  tables: string[];
  integrity: Integrity;
};
type Chunk = { table: string; rows: unknown[]; sha256: string };
/** The last line: its counts prove the file was not cut short, its digest that nothing was changed. */
type Trailer = { end: true; counts: Record<string, number>; digest: string };

/** Tables a backup holds, parents before children. */
const TABLE_NAMES: string[] = TABLES_IN_DEPENDENCY_ORDER.map((t) => getTableName(t)).filter(
  (name) => !BACKUP_EXCLUDED_TABLES.includes(name),
);

/** Options of backup and restore: the HMAC key (BACKUP_KEY), if the installation has one. */
export type BackupOptions = { key?: string | undefined };

function fileDigest(key: string | undefined): Hash | Hmac {
  return key ? createHmac('sha256', key) : createHash('sha256');
}

function rowsDigest(rows: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

async function appliedMigrations(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(
    db,
    sql`SELECT count(*) AS n FROM drizzle.__drizzle_migrations`,
  );
  return Number(row?.n ?? 0);
}

/**
 * Writes every row of every backed-up table as backup lines through `write`, from one REPEATABLE READ
 * snapshot (rows written meanwhile cannot tear foreign keys). Returns the row count per table.
 */
export async function writeBackup(
  db: Db,
  write: (line: string) => Promise<void>,
  options: BackupOptions = {},
): Promise<Record<string, number>> {
  const digest = fileDigest(options.key);
  const emit = async (value: unknown) => {
    const line = `${JSON.stringify(value)}\n`;
    digest.update(line);
    await write(line);
  };
  const header: Header = {
    format: FORMAT,
    version: VERSION,
    createdAt: new Date().toISOString(),
    migrations: await appliedMigrations(db),
    tables: TABLE_NAMES,
    integrity: options.key ? 'hmac-sha256' : 'sha256',
  };
  await emit(header);
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`);
    for (const name of TABLE_NAMES) {
      counts[name] = 0;
      for (let offset = 0; ; offset += CHUNK) {
        const result = await queryRows<{ r: unknown }>(
          tx,
          sql`SELECT row_to_json(t) AS r FROM (SELECT * FROM ${sql.identifier(name)} ORDER BY 1 LIMIT ${CHUNK} OFFSET ${offset}) t`,
        );
        if (result.length === 0) break;
        const rows = result.map((x) => x.r);
        await emit({ table: name, rows, sha256: rowsDigest(rows) } satisfies Chunk);
        counts[name] += rows.length;
        if (rows.length < CHUNK) break;
      }
    }
  });
  const trailer: Trailer = { end: true, counts, digest: digest.digest('hex') };
  await write(`${JSON.stringify(trailer)}\n`);
  return counts;
}

/**
 * Writes a backup to `file`, readable by its owner only (mode 0600). The lines go to a temporary file
 * beside it, renamed into place once complete: a failed backup never leaves a file that looks whole.
 */
export async function backupDatabase(
  db: Db,
  file: string,
  options: BackupOptions = {},
): Promise<Record<string, number>> {
  return writeFileAtomically(file, async (write) => writeBackup(db, write, options));
}

/**
 * Creates `file` (mode 0600) from what `produce` writes, through a temporary file renamed at the end.
 * Returns what `produce` returns.
 */
export async function writeFileAtomically<T>(
  file: string,
  produce: (write: (text: string | Uint8Array) => Promise<void>) => Promise<T>,
): Promise<T> {
  const partial = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.partial`);
  const out = createWriteStream(partial, { flags: 'wx', mode: 0o600 });
  try {
    await once(out, 'open');
    const result = await produce(async (text) => {
      if (!out.write(text)) await once(out, 'drain');
    });
    out.end();
    await once(out, 'finish');
    renameSync(partial, file);
    return result;
  } catch (error) {
    out.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}

/** A refusal of a backup file, located: what is wrong, in which table, at which line. */
function refused(code: string, what: string, at: { line: number; table?: string | undefined }): AppError {
  const where = `${at.table ? `表 ${at.table}、` : ''}ファイルの ${at.line} 行目`;
  return new AppError(code, 422, `${what}（${where}）。何も書き込んでいません。`);
}

/** The first line of a database error, short enough for one line of output. */
function databaseDetail(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const text = cause instanceof Error ? cause.message : String(cause);
  return (text.split('\n')[0] ?? '').slice(0, 200);
}

function parseHeader(text: string | undefined): Header {
  let header: Partial<Header> & { version?: unknown };
  try {
    header = JSON.parse(text ?? '') as Partial<Header>;
  } catch {
    throw refused('BACKUP_INVALID', 'DXShip のバックアップファイルではありません', { line: 1 });
  }
  if (header.format !== FORMAT) {
    throw refused('BACKUP_INVALID', 'DXShip のバックアップファイルではありません', { line: 1 });
  }
  if (header.version !== VERSION) {
    throw refused(
      'BACKUP_VERSION_UNSUPPORTED',
      `形式 ${String(header.version)} のバックアップは復元できません（この版は形式 ${VERSION} のみ）。` +
        '書き出した版の DXShip で復元し、この版で migrate してからバックアップを取り直してください',
      { line: 1 },
    );
  }
  if (
    typeof header.migrations !== 'number' ||
    (header.integrity !== 'sha256' && header.integrity !== 'hmac-sha256')
  ) {
    throw refused('BACKUP_INVALID', '先頭行（ヘッダー）の形式が正しくありません', { line: 1 });
  }
  return header as Header;
}

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/** A chunk of a verified-so-far backup, with the line it came from. */
export type BackupChunk = { table: string; rows: unknown[]; line: number };

/**
 * Reads a backup file line by line and checks it as it goes: the header, each chunk's rows against its
 * SHA-256, then the trailer's counts and its digest over the whole file (an HMAC with `key`: with a key
 * set, a file without one is refused; without a key, a file that has one cannot be checked and is
 * refused too). Lines after the trailer are refused. Chunks are handed to `onChunk` as they are read,
 * so a caller that writes them must do so in a transaction it rolls back when this throws.
 *
 * @throws AppError BACKUP_INVALID | BACKUP_VERSION_UNSUPPORTED | BACKUP_TAMPERED | BACKUP_KEY_REQUIRED
 *   (one line: what, which table, which line).
 */
export async function readBackup(
  file: string,
  options: BackupOptions & {
    onHeader?: (header: Header) => Promise<void>;
    onChunk?: (chunk: BackupChunk) => Promise<void>;
  } = {},
): Promise<Record<string, number>> {
  const lines = createInterface({
    input: createReadStream(file, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const iterator = lines[Symbol.asyncIterator]();
  try {
    const first = await iterator.next();
    const header = parseHeader(first.done ? undefined : first.value);
    if (options.key && header.integrity !== 'hmac-sha256') {
      throw refused(
        'BACKUP_KEY_MISMATCH',
        'BACKUP_KEY が設定されていますが、このファイルは鍵で署名されていません',
        {
          line: 1,
        },
      );
    }
    if (!options.key && header.integrity === 'hmac-sha256') {
      throw refused(
        'BACKUP_KEY_REQUIRED',
        'このファイルは BACKUP_KEY で署名されています。書き出したときと同じ BACKUP_KEY を設定してください',
        { line: 1 },
      );
    }
    await options.onHeader?.(header);
    const digest = fileDigest(options.key);
    digest.update(`${first.value}\n`);
    const counts: Record<string, number> = {};
    let lineNumber = 1;
    let trailer: Trailer | undefined;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      lineNumber++;
      const text = next.value;
      if (trailer) {
        throw refused('BACKUP_INVALID', '末尾の記録（トレーラー）の後に行があります', { line: lineNumber });
      }
      let value: Partial<Chunk & Trailer>;
      try {
        value = JSON.parse(text) as Partial<Chunk & Trailer>;
      } catch {
        throw refused('BACKUP_INVALID', 'JSON として読めない行があります', { line: lineNumber });
      }
      if (value.end === true) {
        trailer = parseTrailer(value, lineNumber);
        continue;
      }
      const chunk = parseChunk(value, lineNumber);
      if (!sameHex(rowsDigest(chunk.rows), chunk.sha256)) {
        throw refused('BACKUP_TAMPERED', '行の内容がハッシュと一致しません（変更されたか壊れています）', {
          line: lineNumber,
          table: chunk.table,
        });
      }
      digest.update(`${text}\n`);
      await options.onChunk?.({ table: chunk.table, rows: chunk.rows, line: lineNumber });
      counts[chunk.table] = (counts[chunk.table] ?? 0) + chunk.rows.length;
    }
    if (!trailer) {
      throw refused('BACKUP_INVALID', 'ファイルが途中で切れています（末尾の記録がありません）', {
        line: lineNumber + 1,
      });
    }
    const end = trailer;
    const short = TABLE_NAMES.find((n) => (end.counts[n] ?? 0) !== (counts[n] ?? 0));
    if (short !== undefined) {
      throw refused(
        'BACKUP_INVALID',
        `行数が末尾の記録と一致しません（ファイル ${counts[short] ?? 0} 行、記録 ${end.counts[short] ?? 0} 行）`,
        { line: lineNumber, table: short },
      );
    }
    if (!sameHex(digest.digest('hex'), end.digest)) {
      throw refused(
        'BACKUP_TAMPERED',
        options.key
          ? 'ファイルの署名（HMAC）が一致しません。内容が変更されたか、BACKUP_KEY が異なります'
          : 'ファイル全体のハッシュが一致しません（変更されたか壊れています）',
        { line: lineNumber },
      );
    }
    return counts;
  } finally {
    lines.close();
  }
}

function parseTrailer(value: Partial<Trailer>, line: number): Trailer {
  const counts = value.counts;
  const ok =
    typeof counts === 'object' &&
    counts !== null &&
    Object.values(counts).every((n) => Number.isSafeInteger(n)) &&
    typeof value.digest === 'string';
  if (!ok) throw refused('BACKUP_INVALID', '末尾の記録（トレーラー）の形式が正しくありません', { line });
  return value as Trailer;
}

function parseChunk(value: Partial<Chunk>, line: number): Chunk {
  if (typeof value.table !== 'string' || !TABLE_NAMES.includes(value.table)) {
    throw refused(
      'BACKUP_INVALID',
      `バックアップに含まれない表の行です: ${String(value.table).slice(0, 60)}`,
      {
        line,
      },
    );
  }
  if (!Array.isArray(value.rows) || typeof value.sha256 !== 'string') {
    throw refused('BACKUP_INVALID', '行の形式が正しくありません', { line, table: value.table });
  }
  return value as Chunk;
}

/**
 * Restores a backup into an empty, migrated database of the same schema version, in one transaction
 * (a bad file writes nothing), then moves every serial sequence past the restored ids.
 *
 * @throws AppError with a one-line message naming the table and the line of the file.
 */
export async function restoreDatabase(
  db: Db,
  file: string,
  options: BackupOptions = {},
): Promise<Record<string, number>> {
  const current = await appliedMigrations(db);
  return db.transaction(async (tx) => {
    for (const table of TABLES_IN_DEPENDENCY_ORDER) {
      const name = getTableName(table);
      if (SEEDED_BY_MIGRATIONS.includes(name)) {
        // A migrated database already holds these defaults; the backup's rows replace them.
        await tx.execute(sql`DELETE FROM ${sql.identifier(name)}`);
        continue;
      }
      const [row] = await queryRows<{ n: number | string }>(
        tx,
        sql`SELECT count(*) AS n FROM ${sql.identifier(name)}`,
      );
      if (Number(row?.n) > 0) {
        throw new AppError(
          'RESTORE_TARGET_NOT_EMPTY',
          409,
          `復元先のデータベースが空ではありません（${name}）。空のデータベースに復元してください。`,
        );
      }
    }
    const counts = await readBackup(file, {
      ...options,
      onHeader: async (header) => {
        if (header.migrations !== current) {
          throw new AppError(
            'BACKUP_SCHEMA_MISMATCH',
            409,
            `バックアップのスキーマ版（${header.migrations}）とデータベース（${current}）が一致しません。同じ版のアプリで復元してください。`,
          );
        }
      },
      onChunk: async (chunk) => {
        const table = sql.identifier(chunk.table);
        try {
          await tx.execute(
            sql`INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, ${JSON.stringify(chunk.rows)}::json)`,
          );
        } catch (error) {
          throw refused(
            'RESTORE_REJECTED',
            `データベースが行を受け付けませんでした: ${databaseDetail(error)}`,
            chunk,
          );
        }
      },
    });
    const serials = await queryRows<{ table_name: string; column_name: string }>(
      tx,
      sql`SELECT table_name, column_name FROM information_schema.columns
          WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`,
    );
    for (const s of serials) {
      const t = sql.identifier(s.table_name);
      const c = sql.identifier(s.column_name);
      await tx.execute(
        sql`SELECT setval(pg_get_serial_sequence(${s.table_name}, ${s.column_name}), COALESCE(MAX(${c}), 1), MAX(${c}) IS NOT NULL) FROM ${t}`,
      );
    }
    return counts;
  });
}
