import { expect, test } from '@playwright/test';

/**
 * Weight, against the real server and build: the JavaScript of a first load (the shell's scripts and
 * module preloads) is at most 150 KB gzipped; files are sent precompressed by Accept-Encoding with
 * `Vary`, hashed assets cached for a year, the shell revalidated; ECharts comes only with a chart page.
 */
test('a first load carries at most 150 KB of gzipped JavaScript, precompressed and cached right', async ({
  request,
}) => {
  const shell = await request.get('/', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(shell.headers()['cache-control']).toBe('no-cache');
  expect(shell.headers().vary).toBe('Accept-Encoding');
  const html = await shell.text();
  const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  let gzipped = 0;
  for (const path of scripts) {
    const res = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.headers()['content-encoding']).toBe('gzip');
    expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    gzipped += Number(res.headers()['content-length']);
  }
  expect(gzipped).toBeLessThanOrEqual(150 * 1024);
  // The charts' library is not among them.
  for (const path of scripts)
    expect((await (await request.get(path)).text()).includes('echarts')).toBe(false);

  const br = await request.get(scripts[0]!, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
  expect(br.headers()['content-encoding']).toBe('br');
  expect(br.headers().vary).toBe('Accept-Encoding');
  const plain = await request.get(scripts[0]!, { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
});
