import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadReferenceData } from '../../src/db/reference/load-reference-data.ts';
import { type Database, openDatabase } from '../../src/server/platform/db.ts';

/** Name of the migrated template database that global setup prepares on PostgreSQL. */
export const TEMPLATE_DB = 'dxship_test_template';

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Creates and migrates the template database (PostgreSQL only); called once per test run. */
export async function prepareTemplate(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  const template = await openDatabase({ databaseUrl: withDatabase(url, TEMPLATE_DB), dataDir: '' });
  await template.migrate();
  await loadReferenceData(template.db);
  await template.close();
}

/**
 * A fresh, migrated database with the reference data (24 bodies): a copy of the template on
 * PostgreSQL when TEST_DATABASE_URL is set, otherwise an in-memory PGlite.
 */
export async function createTestDatabase(): Promise<Database & { url?: string }> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const database = await openDatabase({ dataDir: 'memory://' });
    await database.migrate();
    await loadReferenceData(database.db);
    return database;
  }
  const name = `dxship_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ databaseUrl: withDatabase(url, name), dataDir: '' });
  return {
    ...database,
    url: withDatabase(url, name),
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name}`);
      await cleanup.end();
    },
  };
}

/**
 * Settings for a CLI run on an empty database of its own: a fresh PostgreSQL database when
 * TEST_DATABASE_URL is set, otherwise a new PGlite data directory. Returns environment variables.
 */
export async function freshDatabaseEnv(tmpDir: string, name: string): Promise<Record<string, string>> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return { DATA_DIR: `${tmpDir}/${name}` };
  const dbName = `dxship_cli_${name}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${dbName}`);
  } finally {
    await admin.end();
  }
  return { DATABASE_URL: withDatabase(url, dbName) };
}
