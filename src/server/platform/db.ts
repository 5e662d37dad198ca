import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from '../../db/schema/index.ts';
import { trackTransactions } from './change-feed.ts';
import { listenForChanges } from './change-listener.ts';
import { type DataFolderLock, lockDataFolder } from './data-folder-lock.ts';

export type Schema = typeof schema;
/** A database handle or an open transaction: both drivers expose the same PostgreSQL dialect. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Applies every pending migration. */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
  /**
   * Runs `work` only while this process holds the named lease, so that of several processes on one
   * database exactly one does it at a time; answers `{ held: false }` at once when another holds it.
   * PostgreSQL: a session advisory lock on a connection of its own (released if the process dies).
   * PGlite: the process already owns the data folder, so only overlapping calls in it are excluded.
   */
  withLease: <T>(name: string, work: () => Promise<T>) => Promise<LeaseOutcome<T>>;
};

/** Whether the lease was held, and what the work answered. */
export type LeaseOutcome<T> = { held: true; value: T } | { held: false };

/** The 64-bit advisory-lock key of a lease name (stable across processes: first 8 bytes of SHA-256). */
function leaseKey(name: string): bigint {
  return createHash('sha256').update(`dxship:${name}`).digest().readBigInt64BE(0);
}

/** Excludes overlapping runs of one lease inside this process. */
function inProcessLease() {
  const held = new Set<string>();
  return async <T>(name: string, work: () => Promise<T>): Promise<LeaseOutcome<T>> => {
    if (held.has(name)) return { held: false };
    held.add(name);
    try {
      return { held: true, value: await work() };
    } finally {
      held.delete(name);
    }
  };
}

const closeHooks = new WeakMap<object, (() => Promise<void>)[]>();

/**
 * Registers work to run when the database is closed, before its connections end — e.g. a cache's
 * LISTEN connection, which would otherwise keep the process (and the database) busy.
 */
export function onDatabaseClose(db: Db, hook: () => Promise<void>): void {
  closeHooks.set(db, [...(closeHooks.get(db) ?? []), hook]);
}

async function runCloseHooks(db: Db): Promise<void> {
  const hooks = closeHooks.get(db) ?? [];
  closeHooks.delete(db);
  for (const hook of hooks) await hook().catch(() => undefined);
}

/**
 * PGlite's buffer cache. PostgreSQL's default (128 MB) is allocated and touched in the server process
 * when the embedded engine starts; the embedded database serves one program office's data (thousands
 * of rows, a few hundred thousand after a bulk import), which the operating system's file cache holds
 * anyway. 32 MB keeps the server about 100 MB smaller (measured with bench/import.bench.ts).
 */
const PGLITE_SHARED_BUFFERS = '32MB';

export const MIGRATIONS_FOLDER = join(dirname(fileURLToPath(import.meta.url)), '../../db/migrations');

/**
 * Opens PostgreSQL when a URL is given, otherwise the embedded PGlite in `dataDir`
 * (`memory://` for a throwaway in-memory database). A data folder is locked for this process until
 * `close` (see data-folder-lock.ts): every command that opens one passes here.
 *
 * @throws AppError DATA_FOLDER_LOCKED when another process has the folder open.
 */
export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    const local = inProcessLease();
    trackTransactions(db);
    const stopListening = listenForChanges(db, { connectionString: options.databaseUrl });
    return {
      db,
      kind: 'postgres',
      withLease: (name, work) =>
        local(name, async () => {
          const client = await pool.connect();
          const key = leaseKey(name).toString();
          try {
            const locked = await client.query<{ ok: boolean }>(
              'SELECT pg_try_advisory_lock($1::bigint) AS ok',
              [key],
            );
            if (!locked.rows[0]?.ok) return { held: false } as const;
            try {
              return { held: true, value: await work() } as const;
            } finally {
              await client.query('SELECT pg_advisory_unlock($1::bigint)', [key]);
            }
          } finally {
            client.release();
          }
        }).then((outcome) => (outcome.held ? outcome.value : outcome)),
      migrate: () => migratePg(drizzlePg(pool, { schema }), { migrationsFolder: MIGRATIONS_FOLDER }),
      close: async () => {
        await runCloseHooks(db);
        await stopListening();
        await pool.end();
      },
    };
  }
  let lock: DataFolderLock | undefined;
  if (!options.dataDir.startsWith('memory://')) {
    mkdirSync(options.dataDir, { recursive: true });
    lock = await lockDataFolder(options.dataDir);
  }
  let client: PGlite;
  try {
    client = await PGlite.create(options.dataDir, {
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const pgliteDb = drizzlePglite(client, { schema });
  trackTransactions(pgliteDb as unknown as Db);
  return {
    db: pgliteDb as unknown as Db,
    kind: 'pglite',
    withLease: inProcessLease(),
    migrate: () => migratePglite(pgliteDb, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: async () => {
      await runCloseHooks(pgliteDb as unknown as Db);
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/** Runs raw SQL and returns its rows (both drivers answer `{ rows }`). */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows)) {
    return result.rows as T[];
  }
  throw new Error('unexpected result shape from the database driver');
}
