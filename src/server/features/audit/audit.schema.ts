import { z } from '@hono/zod-openapi';
import { BigSerialId } from '../../platform/params.ts';

export const AuditQuerySchema = z.object({
  entityType: z.string().max(50).optional().openapi({ example: 'org' }),
  entityId: z.string().max(100).optional(),
  actorLogin: z.string().max(100).optional(),
  before: BigSerialId.optional().openapi({ description: 'この ID より古い記録（ページ送り）' }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string().openapi({ example: '2024-04-01T09:00:00.000Z' }),
    actorLogin: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
  })
  .openapi('AuditEntry');

export const AuditPageSchema = z
  .object({ items: z.array(AuditEntrySchema), nextBefore: z.number().int().nullable() })
  .openapi('AuditPage');
