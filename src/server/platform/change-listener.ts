import pg from 'pg';
import { advance, CHANGE_CHANNEL, type ChangeKind, setFeedLive } from './change-feed.ts';
import type { Db } from './db.ts';

const RECONNECT_MS = 1000;

/**
 * Keeps one connection LISTENing on the change channel for a PostgreSQL database, so this process hears
 * of every change another process commits (see change-feed.ts). While it is not connected the feed is
 * not live (caches do not serve); it reconnects every second until {@link stop} is called.
 * Returns the function that stops it (called when the database is closed).
 */
export function listenForChanges(db: Db, options: pg.ClientConfig): () => Promise<void> {
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const lost = () => {
    setFeedLive(db, false);
    const broken = client;
    client = undefined;
    broken?.end().catch(() => undefined);
    if (!stopped) retry = setTimeout(connect, RECONNECT_MS);
  };

  async function connect(): Promise<void> {
    if (stopped) return;
    const next = new pg.Client(options);
    next.on('error', () => {
      if (client === next) lost();
    });
    next.on('notification', (message) => {
      if (message.channel !== CHANGE_CHANNEL) return;
      const kind: ChangeKind = message.payload === 'auth' ? 'auth' : 'data';
      advance(db, kind);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch {
      next.end().catch(() => undefined);
      if (!stopped) retry = setTimeout(connect, RECONNECT_MS);
      return;
    }
    if (stopped) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    setFeedLive(db, true);
  }

  setFeedLive(db, false);
  void connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    setFeedLive(db, false);
    await client?.end().catch(() => undefined);
    client = undefined;
  };
}
