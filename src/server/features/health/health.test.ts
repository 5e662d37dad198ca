import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { setFeedLive } from '../../platform/change-feed.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('health checks for a load balancer', () => {
  it('liveness answers without a session', async () => {
    const res = await t.request('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('readiness reaches the database and reports the change feed', async () => {
    // On PostgreSQL the listener connects after the app opens: until then the instance is (rightly) not ready.
    await expect
      .poll(async () => (await t.request('GET', '/api/health/ready')).status, { timeout: 15_000 })
      .toBe(200);
    const res = await t.request('GET', '/api/health/ready');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', database: 'ok', changeFeed: 'live' });
  });

  it('an instance that does not hear other instances is not ready (503, its code and why)', async () => {
    setFeedLive(t.db, false);
    try {
      const res = await t.request('GET', '/api/health/ready');
      expect(res.status).toBe(503);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('CHANGE_FEED_DOWN');
      expect(body.error.message).toContain('通知');
      expect((await t.request('GET', '/api/health')).status).toBe(200);
    } finally {
      setFeedLive(t.db, true);
    }
  });
});
