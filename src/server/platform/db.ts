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

export type Schema = typeof schema;
/** A database handle or an open transaction: both drivers expose the same PostgreSQL dialect. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Applies every pending migration. */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

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
 * (`memory://` for a throwaway in-memory database).
 */
export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    trackTransactions(db);
    const stopListening = listenForChanges(db, { connectionString: options.databaseUrl });
    return {
      db,
      kind: 'postgres',
      migrate: () => migratePg(drizzlePg(pool, { schema }), { migrationsFolder: MIGRATIONS_FOLDER }),
      close: async () => {
        await runCloseHooks(db);
        await stopListening();
        await pool.end();
      },
    };
  }
  if (!options.dataDir.startsWith('memory://')) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create(options.dataDir, {
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
  });
  const pgliteDb = drizzlePglite(client, { schema });
  trackTransactions(pgliteDb as unknown as Db);
  return {
    db: pgliteDb as unknown as Db,
    kind: 'pglite',
    migrate: () => migratePglite(pgliteDb, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: async () => {
      await runCloseHooks(pgliteDb as unknown as Db);
      await client.close();
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
