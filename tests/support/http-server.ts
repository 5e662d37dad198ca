import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

/** A fetch handler (a Hono app) served over real HTTP on a free loopback port. */
export async function serveOnLoopback(app: {
  fetch: Parameters<typeof serve>[0]['fetch'];
}): Promise<{ url: string; close: () => Promise<void> }> {
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
