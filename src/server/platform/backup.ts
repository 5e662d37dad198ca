import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { getTableName, sql } from 'drizzle-orm';
import { TABLES_IN_DEPENDENCY_ORDER } from '../../db/schema/index.ts';
import { type Db, queryRows } from './db.ts';
import { AppError } from './errors.ts';

const FORMAT = 'dxship-backup';
const CHUNK = 1000;

type Header = { format: typeof FORMAT; version: 1; createdAt: string; migrations: number; tables: string[] };
type Chunk = { table: string; rows: unknown[] };
/** The last line: its counts prove the file was not cut short. */
type Trailer = { end: true; counts: Record<string, number> };

const TABLE_NAMES: string[] = TABLES_IN_DEPENDENCY_ORDER.map((t) => getTableName(t));

async function appliedMigrations(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(
    db,
    sql`SELECT count(*) AS n FROM drizzle.__drizzle_migrations`,
  );
  return Number(row?.n ?? 0);
}

/**
 * Writes every row of every table to `file` as NDJSON: a header line (format, schema version),
 * then chunks of rows as PostgreSQL renders them with row_to_json, so restore is type-exact.
 * Returns the row count per table.
 */
export async function backupDatabase(db: Db, file: string): Promise<Record<string, number>> {
  const out = createWriteStream(file, 'utf8');
  const write = async (line: unknown) => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  };
  const header: Header = {
    format: FORMAT,
    version: 1,
    createdAt: new Date().toISOString(),
    migrations: await appliedMigrations(db),
    tables: TABLE_NAMES,
  };
  await write(header);
  const counts: Record<string, number> = {};
  // One snapshot for the whole dump, so rows written meanwhile cannot tear foreign keys.
  await db.transaction(async (tx) => {
    await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`);
    for (const name of TABLE_NAMES) {
      counts[name] = 0;
      for (let offset = 0; ; offset += CHUNK) {
        const rows = await queryRows<{ r: unknown }>(
          tx,
          sql`SELECT row_to_json(t) AS r FROM (SELECT * FROM ${sql.identifier(name)} ORDER BY 1 LIMIT ${CHUNK} OFFSET ${offset}) t`,
        );
        if (rows.length === 0) break;
        await write({ table: name, rows: rows.map((x) => x.r) } satisfies Chunk);
        counts[name] += rows.length;
        if (rows.length < CHUNK) break;
      }
    }
  });
  await write({ end: true, counts } satisfies Trailer);
  out.end();
  await once(out, 'finish');
  return counts;
}

/**
 * Restores a backup into an empty, migrated database of the same schema version, in one
 * transaction (a bad file writes nothing), then moves every serial sequence past the restored ids.
 */
export async function restoreDatabase(db: Db, file: string): Promise<Record<string, number>> {
  const lines = createInterface({
    input: createReadStream(file, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = parseHeader(first.done ? '' : first.value);
  const current = await appliedMigrations(db);
  if (header.migrations !== current) {
    throw new AppError(
      'BACKUP_SCHEMA_MISMATCH',
      409,
      `バックアップのスキーマ版（${header.migrations}）とデータベース（${current}）が一致しません。同じ版のアプリで復元してください。`,
    );
  }
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    for (const name of TABLE_NAMES) {
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
    let trailer: Trailer | undefined;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (next.value.trim() === '') continue;
      const line = parseLine(next.value);
      if ('end' in line) {
        trailer = line;
        break;
      }
      const chunk = line;
      const table = sql.identifier(chunk.table);
      await tx.execute(
        sql`INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, ${JSON.stringify(chunk.rows)}::json)`,
      );
      counts[chunk.table] = (counts[chunk.table] ?? 0) + chunk.rows.length;
    }
    const expected = trailer?.counts;
    const complete =
      expected !== undefined && TABLE_NAMES.every((n) => (expected[n] ?? 0) === (counts[n] ?? 0));
    if (!complete) throw invalidBackup('ファイルが途中で切れているか、行数が一致しません');
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
  });
  return counts;
}

function invalidBackup(detail: string): AppError {
  return new AppError(
    'BACKUP_INVALID',
    400,
    `バックアップファイルの形式が正しくありません（${detail}）。何も書き込んでいません。`,
  );
}

function parseLine(text: string): Chunk | Trailer {
  let line: Partial<Chunk & Trailer>;
  try {
    line = JSON.parse(text) as Partial<Chunk & Trailer>;
  } catch {
    throw invalidBackup('JSON として読めない行があります');
  }
  if (line.end === true && typeof line.counts === 'object' && line.counts !== null) return line as Trailer;
  if (typeof line.table === 'string' && TABLE_NAMES.includes(line.table) && Array.isArray(line.rows))
    return line as Chunk;
  throw invalidBackup(`不明な行: ${String(line.table)}`);
}

function parseHeader(line: string): Header {
  try {
    const header = JSON.parse(line) as Partial<Header>;
    if (header.format === FORMAT && header.version === 1 && typeof header.migrations === 'number')
      return header as Header;
  } catch {
    // fall through to the error below
  }
  throw new AppError('BACKUP_INVALID', 400, 'DXShip のバックアップファイルではありません。');
}
