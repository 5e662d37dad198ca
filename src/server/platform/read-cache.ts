import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';
import { generationOf, isFeedLive } from './change-feed.ts';
import { COMPRESS_MIN_BYTES, compress, type Encoding, negotiateEncoding } from './compression.ts';
import type { Db } from './db.ts';
import type { AppContext, AppEnv } from './http.ts';

/**
 * Answers of read routes held in memory until the data changes (decision 018).
 *
 * A cached answer is tagged with the change feed's generation read BEFORE it was computed; it is served
 * only while the generation is still that one (nothing committed since, in any process) and the feed is
 * live, and for at most {@link MAX_AGE_MS} (answers that depend on today's date — the current 年度,
 * overdue commitments — are recomputed at least that often). Only 200 JSON answers are kept, with their
 * brotli and gzip forms made once, and an ETag so that a browser revalidates with 304.
 */

/** Who may share a cached answer: the key always holds the role (authorisation differs by role). */
export type CacheScope =
  /** The same for every user of a role (shared data: the 台帳, search, dashboards). */
  | 'role'
  /** The same for the users of a role in one body. */
  | 'body'
  /** One user's own answer (people they may see depend on who they are). */
  | 'user'
  /** One session's own answer (it carries the session's CSRF token). */
  | 'session';

/** The longest an answer is served from memory, even when nothing changed. */
export const MAX_AGE_MS = 60_000;
const MAX_BYTES = 64 * 1024 * 1024;

type Entry = {
  generation: number;
  storedAt: number;
  etag: string;
  body: Uint8Array<ArrayBuffer>;
  encoded: Partial<Record<Encoding, Uint8Array<ArrayBuffer>>>;
};

const caches = new WeakMap<object, LRUCache<string, Entry>>();

function cacheOf(db: Db): LRUCache<string, Entry> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new LRUCache<string, Entry>({
      maxSize: MAX_BYTES,
      sizeCalculation: (e) => e.body.byteLength * 2 + 256,
    });
    caches.set(db, cache);
  }
  return cache;
}

/** The request's identity for the cache: path, query parameters in a stable order, and the scope. */
function keyOf(c: AppContext, scope: CacheScope): string | undefined {
  const actor = c.get('actor');
  if (!actor) return undefined;
  const url = new URL(c.req.url);
  url.searchParams.sort();
  const who = {
    role: actor.role,
    body: `${actor.role}:${actor.orgCode}`,
    user: `${actor.role}:${actor.orgCode}:${actor.userId}`,
    session: `${actor.role}:${actor.orgCode}:${actor.userId}:${c.get('session')?.tokenHash}`,
  }[scope];
  return `${who} ${url.pathname}?${url.searchParams}`;
}

function etagMatches(c: AppContext, etag: string): boolean {
  const header = c.req.header('if-none-match');
  if (!header) return false;
  return header.split(',').some((t) => t.trim() === etag || t.trim() === '*');
}

/** The answer for an entry: 304 when the client has it, else the body in the best accepted encoding. */
function answer(c: AppContext, entry: Entry): Response {
  const headers = new Headers({
    'content-type': 'application/json; charset=UTF-8',
    etag: entry.etag,
    vary: 'Accept-Encoding',
  });
  if (etagMatches(c, entry.etag)) return new Response(null, { status: 304, headers });
  const encoding = negotiateEncoding(c.req.header('accept-encoding'));
  if (!encoding || entry.body.byteLength < COMPRESS_MIN_BYTES) {
    return new Response(entry.body, { status: 200, headers });
  }
  entry.encoded[encoding] ??= compress(entry.body, encoding);
  headers.set('content-encoding', encoding);
  return new Response(entry.encoded[encoding], { status: 200, headers });
}

/**
 * Route middleware: serves the route's JSON answer from memory while nothing changed since it was
 * computed (see the module comment); otherwise runs the route and keeps its 200 answer.
 */
export function cacheReads(scope: CacheScope): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const db = c.get('db');
    const key = keyOf(c, scope);
    if (!key || !isFeedLive(db)) return next();
    const cache = cacheOf(db);
    const generation = generationOf(db);
    const hit = cache.get(key);
    if (hit && hit.generation === generation && Date.now() - hit.storedAt < MAX_AGE_MS) {
      c.res = answer(c, hit);
      return;
    }
    await next();
    if (c.res.status !== 200 || !c.res.headers.get('content-type')?.startsWith('application/json')) return;
    const body = new Uint8Array(await c.res.clone().arrayBuffer());
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const entry: Entry = { generation, storedAt: Date.now(), etag, body, encoded: {} };
    cache.set(key, entry);
    c.res = undefined;
    c.res = answer(c, entry);
  };
}
