import { sql } from 'drizzle-orm';
import type { Db } from './db.ts';

/**
 * The change feed: a counter per database that moves on after every committed change, in this process
 * and in every other process on the same PostgreSQL, so that anything derived from the data and held in
 * memory (read caches, sessions) knows when it may be stale.
 *
 * - A change is whatever writes an audit entry (every write of the product does, in the transaction of
 *   the change): `writeAudit` calls {@link markChanged}. Explicit calls cover the few writes that are not
 *   audited but change what others see (a session ended, for example).
 * - In this process the counter moves when the transaction has COMMITTED (the wrapper that
 *   {@link trackTransactions} puts around `db.transaction`), never before: a reader that started before
 *   the commit may have read the old rows, and it tags what it computed with the generation it read at
 *   its start, which is then already past.
 * - Other processes learn of it from a NOTIFY sent inside the writing transaction (delivered exactly when,
 *   and only if, it commits) on {@link CHANGE_CHANNEL}; see `change-listener.ts`. Until a process listens
 *   (or after its listening connection broke), {@link isFeedLive} is false and caches must not serve.
 */

/** The PostgreSQL channel on which committed changes are announced to other processes. */
export const CHANGE_CHANNEL = 'dxship_changes';

/** What moved: `data` for any change, `auth` also when sign-in state changed (sessions, accounts). */
export type ChangeKind = 'data' | 'auth';

type Feed = { data: number; auth: number; live: boolean };
type TransactionScope = { data: boolean; auth: boolean };

const feeds = new WeakMap<object, Feed>();
/**
 * The scope of each open transaction handle (nested ones share their outermost one's). Keyed by the
 * handle rather than held in an AsyncLocalStorage: async hooks would tax every promise of every request.
 */
const scopes = new WeakMap<object, TransactionScope>();

function feedOf(db: object): Feed {
  let feed = feeds.get(db);
  if (!feed) {
    // A database nobody registered is one process's own (PGlite, tests): it hears every change.
    feed = { data: 0, auth: 0, live: true };
    feeds.set(db, feed);
  }
  return feed;
}

/** The current generation of a kind of change; compare it before and after computing. */
export function generationOf(db: Db, kind: ChangeKind = 'data'): number {
  return feedOf(db)[kind];
}

/** Whether this process hears of every change (false while a PostgreSQL listener is down). */
export function isFeedLive(db: Db): boolean {
  return feedOf(db).live;
}

/** Sets whether the feed is live (the PostgreSQL listener calls it when it connects or breaks). */
export function setFeedLive(db: Db, live: boolean): void {
  const feed = feedOf(db);
  feed.live = live;
  // Anything cached while deaf may be stale: move on, so it is recomputed.
  advance(db, 'auth');
}

/** Moves the feed on: `auth` moves `data` too (what a user may see depends on who they are). */
export function advance(db: Db, kind: ChangeKind): void {
  const feed = feedOf(db);
  feed.data += 1;
  if (kind === 'auth') feed.auth += 1;
}

/**
 * Records, inside a write, that it changes data (or sign-in state): the generation moves on once the
 * transaction commits, here and, through the NOTIFY sent now, in every other process. Outside
 * {@link trackTransactions}' wrapper (a single autocommit statement) it moves on at once.
 */
export async function markChanged(tx: Db, kind: ChangeKind = 'data'): Promise<void> {
  await tx.execute(sql`SELECT pg_notify(${CHANGE_CHANNEL}, ${kind})`);
  const current = scopes.get(tx);
  if (current) current[kind] = true;
  else advance(tx, kind); // an autocommit statement on the database itself: committed already
}

/** Registers a transaction handle, and the savepoints opened from it, under one scope. */
function enter(tx: Db, changes: TransactionScope): void {
  scopes.set(tx, changes);
  const nested = tx.transaction.bind(tx);
  const tracked: typeof tx.transaction = (run, config) =>
    nested((inner) => {
      enter(inner as Db, changes);
      return run(inner);
    }, config);
  tx.transaction = tracked;
}

/**
 * Wraps `db.transaction` so that a transaction that called {@link markChanged} advances the feed after
 * it commits (nested transactions share their outermost one's scope). Call once per opened database.
 */
export function trackTransactions(db: Db): void {
  const original = db.transaction.bind(db);
  const tracked: typeof db.transaction = async (run, config) => {
    const changes: TransactionScope = { data: false, auth: false };
    const result = await original((tx) => {
      enter(tx as Db, changes);
      return run(tx);
    }, config);
    if (changes.auth) advance(db, 'auth');
    else if (changes.data) advance(db, 'data');
    return result;
  };
  db.transaction = tracked;
}
