import { LRUCache } from 'lru-cache';
import { generationOf, isFeedLive } from './change-feed.ts';
import type { Db } from './db.ts';

/**
 * Sessions resolved from memory: a signed-in request costs no database round trip while nothing that
 * decides sign-in has changed. An entry is valid while the change feed's `auth` generation is the one
 * read before the session was looked up — a logout, a disabled account, a changed password or role
 * (writes that call `markChanged(tx, 'auth')`) move it on in every process — and until the session
 * expires. Unknown tokens are not remembered (a guessed token costs a lookup, as before).
 */

const MAX_SESSIONS = 20_000;

type Entry<T> = { generation: number; expiresAt: number; value: T };

const caches = new WeakMap<object, LRUCache<string, Entry<unknown>>>();

function cacheOf(db: Db): LRUCache<string, Entry<unknown>> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new LRUCache<string, Entry<unknown>>({ max: MAX_SESSIONS });
    caches.set(db, cache);
  }
  return cache;
}

/**
 * The session of `tokenHash` from memory, or from `load` (which answers null for no valid session, or
 * the session and when it expires).
 */
export async function cachedSession<T>(
  db: Db,
  tokenHash: string,
  load: () => Promise<{ value: T; expiresAt: Date } | null>,
): Promise<T | null> {
  const generation = generationOf(db, 'auth');
  const cache = cacheOf(db);
  const hit = cache.get(tokenHash);
  const now = Date.now();
  if (hit && hit.generation === generation && hit.expiresAt > now && isFeedLive(db)) return hit.value as T;
  const loaded = await load();
  if (!loaded) {
    cache.delete(tokenHash);
    return null;
  }
  cache.set(tokenHash, { generation, expiresAt: loaded.expiresAt.getTime(), value: loaded.value });
  return loaded.value;
}
