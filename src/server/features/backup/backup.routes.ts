import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../../platform/actor.ts';
import { createRouter, errorResponses } from '../../platform/http.ts';
import { attachmentDisposition } from '../../platform/tabular/write-table.ts';
import { createBackup } from './create-backup.ts';

const backupRoute = createRoute({
  method: 'post',
  path: '/admin/backup',
  tags: ['admin'],
  summary:
    '稼働中のデータベースのバックアップ（管理者のみ。NDJSON、dxship restore で復元。セッション等は含まない）',
  responses: {
    200: {
      description: 'バックアップファイル（dxship backup と同じ形式）',
      content: { 'application/x-ndjson': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

/** The admin's backup of a running server; `backupKey` (BACKUP_KEY) signs it with an HMAC. */
export function backupRoutes(config: { backupKey?: string | undefined }) {
  return createRouter().openapi(backupRoute, async (c) => {
    const actor = requireRole(c.get('actor'), 'admin');
    const backup = await createBackup(c.get('db'), actor, { key: config.backupKey }, c.get('requestId'));
    const stream = createReadStream(backup.file);
    // Deleted once sent, or once the client has gone away.
    stream.once('close', backup.discard);
    const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 15);
    // A streamed NDJSON file is not the typed JSON answer the RPC client infers from the content
    // type: hence the cast (as for the import's progress stream).
    return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
      status: 200,
      headers: {
        'content-type': 'application/x-ndjson',
        'content-disposition': attachmentDisposition(`dxship-backup-${stamp}.ndjson`),
        'cache-control': 'no-store',
      },
    }) as never;
  });
}
