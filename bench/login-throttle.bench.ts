/**
 * Parallel password guessing over real HTTP: one login, N wrong passwords sent at once to a server on
 * loopback. Prints how many were checked (401) and how many throttled (429, with Retry-After). The
 * throttle allows 5 failures per login, so 5 checked is the expected figure whatever N is.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import { loadReferenceData } from '../src/db/reference/load-reference-data.ts';
import { createApp } from '../src/server/app.ts';
import { createUser } from '../src/server/features/users/create-user.ts';
import { CLI_ACTOR } from '../src/server/platform/actor.ts';
import { openDatabase } from '../src/server/platform/db.ts';
import { createLogger } from '../src/server/platform/logger.ts';
import { startThrowawayPostgres } from './support/pg-throwaway.ts';

async function guessInParallel(parallel: number, databaseUrl?: string): Promise<void> {
  const database = await openDatabase({ dataDir: 'memory://', databaseUrl });
  await database.migrate();
  await loadReferenceData(database.db);
  await createUser(database.db, CLI_ACTOR, {
    login: 'target',
    displayName: '標的',
    password: 'the right password 1',
    role: 'admin',
    orgCode: '340006',
  });
  const app = createApp({
    db: database.db,
    logger: createLogger('silent'),
    sessionTtlHours: 8,
    cookieSecure: 'auto',
    bodyLimitBytes: 1024 * 1024,
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: parallel }, (_, i) =>
      fetch(`http://127.0.0.1:${port}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'target', password: `wrong guess ${i}` }),
      }).then(async (res) => {
        await res.arrayBuffer();
        return { status: res.status, retryAfter: res.headers.get('retry-after') };
      }),
    ),
  );
  const ms = performance.now() - started;
  const by = new Map<number, number>();
  for (const a of answers) by.set(a.status, (by.get(a.status) ?? 0) + 1);
  const withRetryAfter = answers.filter((a) => a.status === 429 && a.retryAfter !== null).length;
  const summary = [...by.entries()]
    .sort()
    .map(([s, n]) => `${s}×${n}`)
    .join(', ');
  console.log(
    `${database.kind}: ${parallel} parallel wrong passwords for one login: ${summary}; 429 with Retry-After: ${withRetryAfter}; ${ms.toFixed(0)} ms`,
  );
  await new Promise((resolve) => server.close(resolve));
  await database.close();
}

export default async function run(): Promise<void> {
  for (const parallel of [60, 100]) await guessInParallel(parallel);
  const postgres = await startThrowawayPostgres();
  try {
    for (const parallel of [60, 100]) {
      const name = `guess_${parallel}`;
      const admin = await openDatabase({ databaseUrl: postgres.url, dataDir: '' });
      await admin.db.execute(sql.raw(`CREATE DATABASE ${name}`));
      await admin.close();
      const url = new URL(postgres.url);
      url.pathname = `/${name}`;
      await guessInParallel(parallel, url.toString());
    }
  } finally {
    await postgres.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
