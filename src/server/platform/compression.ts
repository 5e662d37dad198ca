import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './http.ts';

/** The encodings the API answers in, best first. */
export type Encoding = 'br' | 'gzip';

/** JSON smaller than this is sent as it is: compressing it costs more than it saves. */
export const COMPRESS_MIN_BYTES = 1024;

/**
 * The encoding to answer in for an `Accept-Encoding` header: brotli, else gzip, else none. Quality
 * values of 0 refuse an encoding; `*` accepts brotli.
 */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const wildcard = accepted.get('*');
  for (const encoding of ['br', 'gzip'] as const) {
    const q = accepted.get(encoding) ?? wildcard;
    if (q !== undefined && q > 0) return encoding;
  }
  return undefined;
}

/**
 * Compresses a JSON body. Brotli at quality 4 and gzip at level 6: a fraction of a millisecond for the
 * API's pages, close to the best ratio for JSON (higher brotli qualities cost many times more CPU).
 */
export function compress(body: Uint8Array, encoding: Encoding): Uint8Array<ArrayBuffer> {
  const encoded =
    encoding === 'br'
      ? brotliCompressSync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 4,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
          },
        })
      : gzipSync(body, { level: 6 });
  return new Uint8Array(encoded.buffer as ArrayBuffer, encoded.byteOffset, encoded.byteLength);
}

/**
 * Compresses JSON answers of 1 KB or more for clients that accept brotli or gzip. Streams (NDJSON
 * progress, file downloads) and answers that are already encoded pass untouched.
 */
export function compressJson(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // A client that accepts no encoding (a health probe, a script) costs nothing here: the answer is not
    // looked at, so it leaves @hono/node-server on its light path (no Fetch Headers built).
    const encoding = negotiateEncoding(c.req.header('accept-encoding'));
    if (!encoding) return next();
    await next();
    const res = c.res;
    // Headers and status first: reading the body turns the light response into a full Fetch Response.
    if (res.status === 204 || res.status === 304 || res.headers.has('content-encoding')) return;
    if (!res.headers.get('content-type')?.startsWith('application/json') || !res.body) return;
    const body = new Uint8Array(await res.clone().arrayBuffer());
    if (body.byteLength < COMPRESS_MIN_BYTES) return;
    res.headers.delete('content-length');
    c.res = new Response(compress(body, encoding), res);
    c.res.headers.set('content-encoding', encoding);
    // Vary: Accept-Encoding is a default of every API answer (response-headers.ts); a route's own Vary
    // replaces it, so it is added again to what this answer varies by.
    c.res.headers.append('vary', 'Accept-Encoding');
  };
}
