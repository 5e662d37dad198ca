import pg from 'pg';
import { type Db, onDatabaseClose } from '../../platform/db.ts';
import { parseSearchChange, SEARCH_CHANNEL, type SearchChange } from './search-channel.ts';

/**
 * On PostgreSQL, LISTENs on the search channel with a connection of its own and hands every change
 * to `onChange`; `onLost` is called if that connection breaks (the caller then rebuilds, since
 * changes may have been missed). The connection ends when the database is closed.
 * On PGlite there is one process only: nothing to listen for; returns false.
 */
export async function listenForSearchChanges(
  db: Db,
  onChange: (change: SearchChange) => void,
  onLost: () => void,
): Promise<boolean> {
  const pool = (db as unknown as { $client?: unknown }).$client;
  if (!(pool instanceof pg.Pool)) return false;
  const client = new pg.Client(pool.options);
  let closed = false;
  client.on('error', () => {
    if (closed) return;
    closed = true;
    onLost();
    client.end().catch(() => undefined);
  });
  client.on('notification', (message) => {
    if (message.channel !== SEARCH_CHANNEL) return;
    const change = parseSearchChange(message.payload);
    if (change) onChange(change);
  });
  await client.connect();
  await client.query(`LISTEN ${SEARCH_CHANNEL}`);
  onDatabaseClose(db, async () => {
    closed = true;
    await client.end();
  });
  return true;
}
