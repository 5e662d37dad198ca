import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './http.ts';

/**
 * Reference data that is the same for every signed-in user (the 24 bodies, the job types, the skill
 * catalogue): a browser may keep it but must revalidate it, which costs a 304 when it has not changed.
 */
const SHARED_REFERENCE_PATHS = new Set(['/api/orgs', '/api/job-types', '/api/skills/catalogue']);

const REVALIDATE = 'private, no-cache';

/**
 * Caching of API responses: everything the API answers may hold one body's or one person's data, so it
 * is `Cache-Control: no-store` (a default of response-headers.ts) unless the route said otherwise (a
 * download sets its own). The shared reference data is `private, no-cache`: its routes answer from the
 * read cache (read-cache.ts), with an `ETag` (a digest of the body) and 304 on a matching
 * `If-None-Match`. Other answers are not touched here.
 */
export function cacheControl(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (c.req.method !== 'GET' || !SHARED_REFERENCE_PATHS.has(c.req.path)) return;
    if (c.res.status === 200 || c.res.status === 304) c.res.headers.set('Cache-Control', REVALIDATE);
  };
}
