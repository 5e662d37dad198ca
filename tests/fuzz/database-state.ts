import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../src/server/platform/db.ts';

/**
 * Tables whose rows change on a refused request by design: a failed login is counted (throttling),
 * and a login or logout opens or closes a session.
 */
const CHANGED_BY_REFUSALS = new Set(['login_attempts', 'sessions']);

/** The application's tables (public schema), except those a refusal may change by design. */
export async function countedTables(db: Db): Promise<string[]> {
  const rows = await queryRows<{ table_name: string }>(
    db,
    sql`SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name).filter((name) => !CHANGED_BY_REFUSALS.has(name));
}

/** Row counts of `tables`, in one statement. */
export async function rowCounts(db: Db, tables: readonly string[]): Promise<Record<string, number>> {
  const columns = tables.map((t) => `(SELECT count(*) FROM "${t}")::int AS "${t}"`).join(', ');
  const [row] = await queryRows<Record<string, number>>(db, sql.raw(`SELECT ${columns}`));
  return row ?? {};
}

/** The tables whose counts differ, as `table: before → after`. */
export function countChanges(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys(before)
    .filter((t) => before[t] !== after[t])
    .map((t) => `${t}: ${before[t]} → ${after[t]}`);
}

/**
 * Ids of existing rows per table (up to `perTable`, newest first), for the fuzz to aim at real
 * records: every table with an `id` column, as text.
 */
export async function existingIds(db: Db, perTable = 4): Promise<Map<string, string[]>> {
  const tables = await queryRows<{ table_name: string }>(
    db,
    sql`SELECT table_name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'id' ORDER BY table_name`,
  );
  const ids = new Map<string, string[]>();
  for (const { table_name: table } of tables) {
    const rows = await queryRows<{ id: string }>(
      db,
      sql.raw(`SELECT id::text AS id FROM "${table}" ORDER BY id DESC LIMIT ${perTable}`),
    );
    if (rows.length > 0)
      ids.set(
        table,
        rows.map((r) => r.id),
      );
  }
  return ids;
}
