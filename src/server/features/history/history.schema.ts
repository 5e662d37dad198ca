import { z } from '@hono/zod-openapi';

export const HistorySchema = z
  .object({
    items: z.array(
      z.object({
        id: z.number().int(),
        at: z.string().openapi({ description: '日時（ISO 8601）' }),
        actor: z.object({ login: z.string(), name: z.string() }),
        action: z.string().openapi({ example: 'system.update' }),
        actionLabel: z.string().openapi({ example: '変更' }),
        changes: z.array(
          z.object({
            field: z.string(),
            label: z.string().openapi({ example: '年間経費' }),
            before: z.string().nullable(),
            after: z.string().nullable(),
            masked: z
              .boolean()
              .openapi({ description: 'true: 閲覧権限のない個人情報の項目（値は表示しない）' }),
          }),
        ),
      }),
    ),
  })
  .openapi('RecordHistory');
