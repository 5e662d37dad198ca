import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import type { SearchKind } from './search-documents.ts';

/** The PostgreSQL channel on which writes announce changes to every process's index. */
export const SEARCH_CHANNEL = 'dxship_search';

/** Which documents changed: some ids, or all of a kind (bulk import, replace). */
export type SearchChange = { kind: SearchKind; ids: readonly number[] } | { kind: SearchKind; all: true };

/** More ids than this are announced as "all" (a NOTIFY payload is limited to 8000 bytes). */
const MAX_IDS = 500;

/**
 * Announces a change to every process's search index: a NOTIFY sent inside the writing transaction,
 * so PostgreSQL delivers it exactly when (and only if) the change commits. Call it with the `tx` of
 * the change. On PGlite (one process) nobody listens and this costs one statement.
 */
export async function announceSearchChange(tx: Db, change: SearchChange): Promise<void> {
  const payload =
    'all' in change || change.ids.length > MAX_IDS
      ? { kind: change.kind, all: true }
      : { kind: change.kind, ids: change.ids };
  await tx.execute(sql`SELECT pg_notify(${SEARCH_CHANNEL}, ${JSON.stringify(payload)})`);
}

/** Parses a NOTIFY payload; undefined for anything that is not a change. */
export function parseSearchChange(payload: string | undefined): SearchChange | undefined {
  try {
    const value = JSON.parse(payload ?? '') as { kind?: unknown; ids?: unknown; all?: unknown };
    if (value.kind !== 'system' && value.kind !== 'practice') return undefined;
    if (value.all === true) return { kind: value.kind, all: true };
    if (Array.isArray(value.ids) && value.ids.every((id) => Number.isInteger(id)))
      return { kind: value.kind, ids: value.ids as number[] };
  } catch {
    // not ours
  }
  return undefined;
}
