import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { isFeedLive } from '../../platform/change-feed.ts';
import { AppError } from '../../platform/errors.ts';
import { createRouter, errorResponse, jsonResponse } from '../../platform/http.ts';

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  tags: ['health'],
  summary: '死活監視（プロセスが応答するか）',
  security: [],
  responses: { 200: jsonResponse(z.object({ status: z.literal('ok') }).openapi('Health'), '稼働中') },
});

const readyRoute = createRoute({
  method: 'get',
  path: '/health/ready',
  tags: ['health'],
  summary: '受付可否（データベースに届き、ほかのサーバーの変更を受け取れているか）',
  security: [],
  responses: {
    200: jsonResponse(
      z.object({ status: z.literal('ready'), database: z.literal('ok'), changeFeed: z.literal('live') }),
      '要求を受け付けられる',
    ),
    503: errorResponse('データベースに届かない、または変更の通知を受け取れていない'),
  },
});

/**
 * Liveness (`/health`: no session, no database round trip — a load balancer's frequent probe) and
 * readiness (`/health/ready`: one `SELECT 1`, and the change feed live, without which this instance
 * would serve from the database only and not learn of other instances' sign-outs at once).
 */
export function healthRoutes() {
  return createRouter()
    .openapi(healthRoute, (c) => c.json({ status: 'ok' as const }, 200))
    .openapi(readyRoute, async (c) => {
      const db = c.get('db');
      try {
        await db.execute(sql`SELECT 1`);
      } catch {
        throw new AppError('DATABASE_UNAVAILABLE', 503, 'データベースに接続できません。');
      }
      if (!isFeedLive(db)) {
        throw new AppError(
          'CHANGE_FEED_DOWN',
          503,
          'ほかのサーバーからの変更の通知を受け取れていません（再接続中）。',
        );
      }
      return c.json({ status: 'ready' as const, database: 'ok' as const, changeFeed: 'live' as const }, 200);
    });
}
