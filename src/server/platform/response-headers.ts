import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './http.ts';

/**
 * The headers every response carries unless the route set its own (decision 018): the security
 * policy of every page and answer, and for the API the caching default and `Vary`.
 *
 * On the Node server they are set on the socket's response (`ServerResponse.setHeader`) before the
 * route runs; the headers of the route's own Response, written by `writeHead`, take precedence there.
 * Every response then leaves @hono/node-server on its plain-object path, without a Fetch `Headers`
 * object built, filled and sorted for each of 15 headers — the largest cost of a small answer after the
 * socket write (measured: `/api/health` 0.27× → see decision 018). Where no Node response exists
 * (`app.request` in the tests), the same headers are set on the Response after the route, again
 * only where the route did not set one: both carriers give the same answer.
 */

/** The security policy, for pages and API alike (the values Hono's secureHeaders gave, plus our CSP). */
export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  [
    'Content-Security-Policy',
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'",
  ],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

/**
 * API answers may hold one body's or one person's data: `no-store` unless the route says otherwise (a
 * download, the shared reference data — see cache-control.ts). JSON answers are compressed for
 * clients that accept it, so every API answer varies by `Accept-Encoding`.
 */
const API_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ...SECURITY_HEADERS,
  ['Cache-Control', 'no-store'],
  ['Vary', 'Accept-Encoding'],
];

/** A request id a client or proxy sent, kept when it is a plain token (Hono's requestId rule). */
const CLIENT_REQUEST_ID = /^[\w\-=]{1,255}$/;

function requestIdOf(sent: string | undefined): string {
  return sent && CLIENT_REQUEST_ID.test(sent) ? sent : randomUUID();
}

/**
 * Outermost middleware: the request id (`X-Request-Id`, kept from the client when it is a plain
 * token, else a new UUID; in the logs and the audit) and the default headers of this module.
 */
export function responseDefaults(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = requestIdOf(c.req.header('x-request-id'));
    c.set('requestId', requestId);
    const path = c.req.path;
    const defaults = path === '/api' || path.startsWith('/api/') ? API_HEADERS : SECURITY_HEADERS;
    // c.env itself is undefined in-process (app.request passes no bindings).
    const outgoing = c.env?.outgoing;
    if (outgoing) {
      for (const [name, value] of defaults) outgoing.setHeader(name, value);
      outgoing.setHeader('X-Request-Id', requestId);
      await next();
      return;
    }
    await next();
    const headers = c.res.headers;
    for (const [name, value] of defaults) if (!headers.has(name)) headers.set(name, value);
    headers.set('X-Request-Id', requestId);
  };
}
