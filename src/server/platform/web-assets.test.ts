import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from './http.ts';
import { negotiateEncoding, webAssets } from './web-assets.ts';

const SCRIPT = `console.log(${JSON.stringify('配置状況'.repeat(200))});`;
const SHELL = '<!doctype html><html lang="ja"><body><div id="root"></div></body></html>';
let root = '';
let app: Hono<AppEnv>;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dxship-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), SHELL);
  writeFileSync(join(root, 'index.html.gz'), gzipSync(SHELL));
  writeFileSync(join(root, 'assets', 'app-Ab12.js'), SCRIPT);
  writeFileSync(join(root, 'assets', 'app-Ab12.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(root, 'assets', 'app-Ab12.js.gz'), gzipSync(SCRIPT));
  writeFileSync(join(root, 'robots.txt'), 'User-agent: *');
  app = new Hono<AppEnv>().use('/*', webAssets(root));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = (path: string, acceptEncoding?: string, method = 'GET') =>
  app.request(path, { method, headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} });

describe('negotiateEncoding', () => {
  it('prefers brotli, honours q-values and the wildcard', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateEncoding('gzip, br;q=0')).toBe('gzip');
    expect(negotiateEncoding('br;q=0.5, gzip;q=0.9')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('*, br;q=0')).toBe('gzip');
    expect(negotiateEncoding('identity')).toBeNull();
    expect(negotiateEncoding('')).toBeNull();
    expect(negotiateEncoding(undefined)).toBeNull();
    expect(negotiateEncoding('br;q=abc, gzip')).toBe('gzip');
  });
});

describe('webAssets', () => {
  it('sends a hashed asset brotli-compressed to a browser that accepts it, cached as immutable', async () => {
    const res = await get('/assets/app-Ab12.js', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Encoding')).toBe('br');
    expect(res.headers.get('Vary')).toBe('Accept-Encoding');
    expect(res.headers.get('Content-Type')).toMatch(/javascript/);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    const body = Buffer.from(await res.arrayBuffer());
    expect(brotliDecompressSync(body).toString()).toBe(SCRIPT);
  });

  it('falls back to gzip, then to the file as built', async () => {
    const gz = await get('/assets/app-Ab12.js', 'gzip');
    expect(gz.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(SCRIPT);
    const plain = await get('/assets/app-Ab12.js');
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(plain.headers.get('Vary')).toBe('Accept-Encoding');
    expect(await plain.text()).toBe(SCRIPT);
  });

  it('answers the shell for / and for client-side routes, revalidated on each use', async () => {
    for (const path of ['/', '/index.html', '/placement', '/orgs/342025']) {
      const res = await get(path, 'br, gzip');
      expect(res.status).toBe(200);
      expect(res.headers.get('Cache-Control')).toBe('no-cache');
      expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      // Only a gzip copy of the shell was built.
      expect(res.headers.get('Content-Encoding')).toBe('gzip');
      expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(SHELL);
    }
  });

  it('revalidates an unhashed file, does not serve the compressed copies by their own names', async () => {
    const robots = await get('/robots.txt');
    expect(robots.headers.get('Cache-Control')).toBe('no-cache');
    expect(await robots.text()).toBe('User-agent: *');
    const copy = await get('/assets/app-Ab12.js.br');
    expect(copy.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
  });

  it('answers HEAD with the length and no body; leaves other methods to the next handler', async () => {
    const head = await get('/assets/app-Ab12.js', 'br', 'HEAD');
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('Content-Length'))).toBe(brotliCompressSync(SCRIPT).length);
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    expect((await get('/assets/app-Ab12.js', undefined, 'POST')).status).toBe(404);
  });
});
