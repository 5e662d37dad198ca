import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { serve } from '@hono/node-server';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { streamedDownload } from '../../src/server/platform/download.ts';
import { createRouter } from '../../src/server/platform/http.ts';

/** A download that sends its first bytes, then fails as a database error midway would. */
function failingFile() {
  let sent = false;
  return {
    contentType: 'text/csv; charset=utf-8',
    body: new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (!sent) {
          sent = true;
          controller.enqueue(new TextEncoder().encode('\uFEFFシステム名,業務\r\n住民記録,住民基本台帳\r\n'));
          return;
        }
        // The next page is asked of the database, which fails a moment later.
        await new Promise((resolve) => setTimeout(resolve, 100));
        controller.error(new Error('relation "systems" does not exist'));
      },
    }),
  };
}

/** An app with one export route and a logger whose JSON lines are kept. */
function appWithCapturedLog() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  const app = createRouter();
  app.use('*', async (c, next) => {
    c.set('logger', logger);
    c.set('requestId', 'req-1');
    await next();
  });
  app.get('/export', (c) => streamedDownload(c, failingFile(), { 'content-disposition': 'attachment' }));
  return { app, lines };
}

afterEach(() => vi.restoreAllMocks());

describe('an export that fails after it started', () => {
  it('on the real server: the download is cut off, one JSON log line, nothing raw on stderr or in the file', async () => {
    const stderr = vi.spyOn(process.stderr, 'write');
    const consoleError = vi.spyOn(console, 'error');
    const consoleInfo = vi.spyOn(console, 'info');
    const { app, lines } = appWithCapturedLog();
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/export`);
      expect(res.status).toBe(200);
      const received: string[] = [];
      const reading = (async () => {
        const decoder = new TextDecoder();
        const reader = res.body!.getReader();
        for (let r = await reader.read(); !r.done; r = await reader.read()) {
          received.push(decoder.decode(r.value, { stream: true }));
        }
      })();
      // The client sees an interrupted transfer, not a complete file.
      await expect(reading).rejects.toThrow();
      expect(received.join('')).toContain('住民記録');
      expect(received.join('')).not.toContain('relation');
      await vi.waitFor(() => expect(lines.length).toBeGreaterThan(0));
      await new Promise((resolve) => setTimeout(resolve, 200)); // room for a second line, if any
      expect(lines).toHaveLength(1);
      const entry = JSON.parse(lines[0]!) as { level: number; msg: string; requestId: string; err: object };
      expect(entry).toMatchObject({
        level: 50,
        requestId: 'req-1',
        msg: 'a download failed after it had started',
      });
      expect(stderr).not.toHaveBeenCalled();
      expect(consoleError).not.toHaveBeenCalled();
      expect(consoleInfo).not.toHaveBeenCalled();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('in process (no socket): the body errors instead of ending as if complete', async () => {
    const { app, lines } = appWithCapturedLog();
    const res = await app.request('/export');
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
    expect(lines).toHaveLength(1);
  });
});
