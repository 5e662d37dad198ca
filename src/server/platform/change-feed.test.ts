import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.ts';
import { generationOf, isFeedLive, markChanged } from './change-feed.ts';

/**
 * On PostgreSQL this process also hears its own NOTIFY (through its listener, after the commit), so a
 * committed change moves the feed twice there: once at the commit, once when the notification arrives.
 */
const MOVES_PER_COMMIT = process.env.TEST_DATABASE_URL ? 2 : 1;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // On PostgreSQL the listener connects after the app opens; its going live moves the feed too.
  await vi.waitFor(
    () => {
      if (!isFeedLive(t.db)) throw new Error('the change listener is not connected yet');
    },
    { timeout: 15_000 },
  );
});
afterAll(() => t.close());

/** Waits until `commits` committed changes since `before` have moved the feed (and their notifications arrived). */
const settled = (before: number, commits: number, kind: 'data' | 'auth' = 'data') =>
  expect.poll(() => generationOf(t.db, kind), { timeout: 15_000 }).toBe(before + commits * MOVES_PER_COMMIT);

describe('the change feed moves on when a change has committed, never before', () => {
  it('a change inside a transaction moves the feed once, after the commit', async () => {
    const before = generationOf(t.db);
    await t.db.transaction(async (tx) => {
      await markChanged(tx);
      await markChanged(tx);
      expect(generationOf(t.db)).toBe(before);
    });
    expect(generationOf(t.db)).toBe(before + 1);
    // PostgreSQL delivers the transaction's identical notifications once.
    await settled(before, 1);
  });

  it('a change in a savepoint waits for the outermost commit', async () => {
    const before = generationOf(t.db, 'auth');
    await t.db.transaction(async (tx) => {
      await tx.transaction(async (inner) => {
        await inner.transaction((innermost) => markChanged(innermost, 'auth'));
      });
      expect(generationOf(t.db, 'auth')).toBe(before);
    });
    expect(generationOf(t.db, 'auth')).toBe(before + 1);
    await settled(before, 1, 'auth');
  });

  it('a rolled-back transaction does not move the feed', async () => {
    const before = generationOf(t.db);
    await expect(
      t.db.transaction(async (tx) => {
        await markChanged(tx);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(generationOf(t.db)).toBe(before);
  });

  it('an autocommit statement moves it at once', async () => {
    const before = generationOf(t.db);
    await markChanged(t.db);
    expect(generationOf(t.db)).toBe(before + 1);
    await settled(before, 1);
  });

  it('concurrent transactions keep their own scopes', async () => {
    const before = generationOf(t.db);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const quiet = t.db.transaction(async () => {
      await gate;
    });
    const writing = t.db.transaction((tx) => markChanged(tx));
    release();
    await Promise.all([quiet, writing]);
    await settled(before, 1);
  });
});
