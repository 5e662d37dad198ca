import { createRoute, z } from '@hono/zod-openapi';
import { requireActor } from '../../platform/actor.ts';
import { createRouter, errorResponses, jsonResponse } from '../../platform/http.ts';
import { listOpenImports } from './list-open-imports.ts';

const OpenImportsSchema = z
  .object({
    items: z.array(
      z.object({
        batchId: z.string().uuid(),
        kind: z.string().openapi({ description: 'systems / practices / people' }),
        label: z.string().openapi({ example: '情報システム台帳' }),
        filename: z.string().nullable(),
        totalRows: z.number().int(),
        validRows: z.number().int(),
        errorCount: z.number().int(),
        createdAt: z.string().openapi({ description: '読み込んだ日時（ISO 8601）' }),
        expiresAt: z.string().openapi({ description: 'この日時を過ぎるとプレビューは破棄される' }),
      }),
    ),
  })
  .openapi('OpenImports');

const openRoute = createRoute({
  method: 'get',
  path: '/imports/open',
  tags: ['imports'],
  summary: '自分が読み込んでプレビューしたまま、まだ取り込んでいないファイル（期限内のもの、新しい順）',
  responses: { 200: jsonResponse(OpenImportsSchema, '取り込み待ちのプレビュー'), 401: errorResponses[401] },
});

/** Imports across features: what the caller left previewed but not committed. */
export function importsRoutes() {
  return createRouter().openapi(openRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const items = await listOpenImports(c.get('db'), actor);
    return c.json(
      {
        items: items.map((i) => ({
          ...i,
          createdAt: i.createdAt.toISOString(),
          expiresAt: i.expiresAt.toISOString(),
        })),
      },
      200,
    );
  });
}
