import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, jsonResponse } from '../../platform/http.ts';

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  tags: ['health'],
  summary: '死活監視',
  security: [],
  responses: { 200: jsonResponse(z.object({ status: z.literal('ok') }).openapi('Health'), '稼働中') },
});

/** Liveness: answers without a session or a database round trip. */
export function healthRoutes() {
  return createRouter().openapi(healthRoute, (c) => c.json({ status: 'ok' as const }, 200));
}
