import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import type { AppEnv } from './http.ts';

/** Built files whose name carries a content hash (Vite's `assets/`): they never change under that name. */
const HASHED = /^\/assets\//;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The shell and any unhashed file: the browser may keep it but asks whether it changed before using it. */
const REVALIDATE = 'no-cache';

/** Types Hono's table lacks. */
const EXTRA_TYPES: Readonly<Record<string, string>> = { '.geojson': 'application/geo+json' };

/** The encodings the build writes beside each file (scripts/vite-precompress.ts), preferred first. */
const ENCODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
] as const;

/** A content coding the build precompresses. */
export type Encoding = (typeof ENCODINGS)[number][0];

/** One built file: its type and its bytes, as built and in each precompressed coding written beside it. */
type Bytes = Uint8Array<ArrayBuffer>;
type Asset = { type: string; identity: Bytes } & Partial<Record<Encoding, Bytes>>;

/**
 * The preferred precompressed encoding the client accepts, reading `Accept-Encoding` with its q-values
 * (`br;q=0` refuses brotli, `*` accepts any), among those `available`; null for none.
 */
export function negotiateEncoding(
  acceptEncoding: string | undefined,
  available: (encoding: Encoding) => boolean = () => true,
): Encoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [token = '', ...params] = part.trim().toLowerCase().split(';');
    if (token === '') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(token, Number.isFinite(weight) ? weight : 0);
  }
  let best: Encoding | null = null;
  let bestWeight = 0;
  for (const [name] of ENCODINGS) {
    if (!available(name)) continue;
    const weight = weights.get(name) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) {
      best = name;
      bestWeight = weight;
    }
  }
  return best;
}

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/** Every built file by its URL path, with its precompressed copies; the copies themselves are not served alone. */
function loadAssets(root: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const file of filesUnder(root)) {
    if (ENCODINGS.some(([, ext]) => file.endsWith(ext))) continue;
    const asset: Asset = {
      type: getMimeType(file) ?? EXTRA_TYPES[extname(file)] ?? 'application/octet-stream',
      identity: new Uint8Array(readFileSync(file)),
    };
    for (const [name, ext] of ENCODINGS) {
      if (existsSync(`${file}${ext}`)) asset[name] = new Uint8Array(readFileSync(`${file}${ext}`));
    }
    assets.set(`/${relative(root, file).split(sep).join('/')}`, asset);
  }
  return assets;
}

/**
 * Serves the built web UI from memory (a build is a few megabytes, read once at start): each file as
 * built, or its brotli/gzip copy with `Content-Encoding` when the client accepts it (`Vary:
 * Accept-Encoding` either way); hashed assets cached for a year as immutable; the SPA shell
 * (index.html, also the answer to every other GET, i.e. the client-side routes) revalidated on each use.
 * @throws Error when `root` has no index.html.
 */
export function webAssets(root: string): MiddlewareHandler<AppEnv> {
  const assets = loadAssets(root);
  const shell = assets.get('/index.html');
  if (!shell) throw new Error(`index.html がありません: ${root}`);
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const asset = assets.get(c.req.path) ?? shell;
    const encoding = negotiateEncoding(c.req.header('Accept-Encoding'), (name) => name in asset);
    const body = (encoding && asset[encoding]) || asset.identity;
    c.header('Content-Type', asset.type);
    c.header('Cache-Control', asset !== shell && HASHED.test(c.req.path) ? IMMUTABLE : REVALIDATE);
    c.header('Vary', 'Accept-Encoding');
    if (encoding && body !== asset.identity) c.header('Content-Encoding', encoding);
    c.header('Content-Length', String(body.length));
    return c.req.method === 'HEAD' ? c.body(null, 200) : c.body(body, 200);
  };
}
