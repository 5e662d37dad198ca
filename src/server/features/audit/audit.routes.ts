import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../../platform/actor.ts';
import { createRouter, errorResponses, jsonResponse } from '../../platform/http.ts';
import { presentAuditEntry } from './audit.presenter.ts';
import { AuditPageSchema, AuditQuerySchema } from './audit.schema.ts';
import { listAudit } from './list-audit.ts';

const listRoute = createRoute({
  method: 'get',
  path: '/audit',
  tags: ['audit'],
  summary: '監査ログ（管理者のみ）',
  request: { query: AuditQuerySchema },
  responses: {
    200: jsonResponse(AuditPageSchema, '監査ログ（新しい順）'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

/** The audit trail is for the program office (admin) only. */
export function auditRoutes() {
  return createRouter().openapi(listRoute, async (c) => {
    requireRole(c.get('actor'), 'admin');
    const page = await listAudit(c.get('db'), c.req.valid('query'));
    return c.json({ items: page.items.map(presentAuditEntry), nextBefore: page.nextBefore }, 200);
  });
}
