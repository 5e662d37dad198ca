import { z } from '@hono/zod-openapi';
import { DELIVERY_VALUES, NOTIFICATION_KIND_VALUES, OUTBOX_STATUS_VALUES } from '../../../db/schema/index.ts';
import { SerialId } from '../../platform/params.ts';

export const PageQuerySchema = z.object({
  page: SerialId.optional().openapi({ type: 'integer', example: '1', description: 'ページ（1から）' }),
  pageSize: SerialId.pipe(z.number().max(100, '1ページは100件までです'))
    .optional()
    .openapi({ type: 'integer', example: '20' }),
});

export const OutboxQuerySchema = PageQuerySchema.extend({ status: z.enum(OUTBOX_STATUS_VALUES).optional() });

export const NotificationIdParams = z.object({
  id: SerialId.openapi({ param: { name: 'id', in: 'path' }, type: 'integer', example: '1' }),
});

export const SavePreferencesSchema = z
  .object({
    preferences: z
      .array(z.object({ kind: z.enum(NOTIFICATION_KIND_VALUES), delivery: z.enum(DELIVERY_VALUES) }))
      .max(NOTIFICATION_KIND_VALUES.length * 2),
  })
  .openapi('SaveNotificationPreferences');

export type SavePreferencesInput = z.infer<typeof SavePreferencesSchema>;

export const BodySettingsSchema = z
  .object({
    contractWindowMonths: z
      .number()
      .int('整数で入力してください')
      .min(1, '1か月以上にしてください')
      .max(60, '60か月以内にしてください'),
  })
  .openapi('SaveBodyNotificationSettings');

export const OrgCodeParams = z.object({
  orgCode: z
    .string()
    .regex(/^\d{6}$/, '団体コードは6桁の数字で指定してください')
    .openapi({ param: { name: 'orgCode', in: 'path' }, example: '342025' }),
});

/** `{token}.ics`: the secret of a calendar feed (base64url, 43 characters) and the extension. */
export const CalendarFeedParams = z.object({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}\.ics$/, 'URL が正しくありません')
    .openapi({ param: { name: 'token', in: 'path' }, example: `${'a'.repeat(43)}.ics` }),
});

const NotificationSchema = z.object({
  id: z.number().int(),
  kind: z.enum(NOTIFICATION_KIND_VALUES),
  kindLabel: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const NotificationPageSchema = z
  .object({
    items: z.array(NotificationSchema),
    total: z.number().int(),
    unread: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('NotificationPage');

export const ReadAllSchema = z.object({ updated: z.number().int() }).openapi('NotificationsReadAll');

export const NotificationSettingsSchema = z
  .object({
    mailEnabled: z.boolean(),
    email: z.string().nullable(),
    preferences: z.array(
      z.object({
        kind: z.enum(NOTIFICATION_KIND_VALUES),
        label: z.string(),
        delivery: z.enum(DELIVERY_VALUES),
      }),
    ),
    calendarFeed: z.object({ issued: z.boolean(), createdAt: z.string().nullable() }),
  })
  .openapi('NotificationSettings');

export const CalendarFeedUrlSchema = z
  .object({ url: z.string(), createdAt: z.string() })
  .openapi('CalendarFeedUrl');

export const BodySettingsResponseSchema = z
  .object({
    orgCode: z.string(),
    contractWindowMonths: z.number().int(),
    isDefault: z.boolean(),
    version: z.number().int(),
  })
  .openapi('BodyNotificationSettings');

export const OutboxPageSchema = z
  .object({
    mailEnabled: z.boolean(),
    from: z.string(),
    counts: z.record(z.enum(OUTBOX_STATUS_VALUES), z.number().int()),
    items: z.array(
      z.object({
        id: z.number().int(),
        recipient: z.string(),
        subject: z.string(),
        status: z.enum(OUTBOX_STATUS_VALUES),
        attempts: z.number().int(),
        lastError: z.string().nullable(),
        nextAttemptAt: z.string(),
        sentAt: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('MailOutboxPage');
