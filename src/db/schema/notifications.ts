import {
  bigserial,
  char,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { orgs } from './orgs.ts';

/** What a notification is about: the events of issue 14. */
export const NOTIFICATION_KIND_VALUES = [
  'contract_expiry',
  'commitment_due',
  'meeting',
  'import',
  'placement',
] as const;

/** How a person wants one kind: a mail at once, one mail a day, or only the in-app inbox. */
export const DELIVERY_VALUES = ['immediate', 'digest', 'in_app'] as const;

/** pending → sent; failed once the retries are spent; skipped when mail is off at delivery time. */
export const OUTBOX_STATUS_VALUES = ['pending', 'sent', 'failed', 'skipped'] as const;

/**
 * One notification for one person (the in-app inbox). `eventKey` names the occurrence of the event
 * (e.g. one commitment's overdue week): unique per person, so evaluating the same event twice, from two
 * processes or after a crash, never gives anyone a second notification.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NOTIFICATION_KIND_VALUES }).notNull(),
    eventKey: text('event_key').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** The record in the web UI, as a path (`/meetings/…`); the mail makes it absolute with PUBLIC_URL. */
    link: text('link'),
    /** The person's choice for this kind when it was created. */
    delivery: text('delivery', { enum: DELIVERY_VALUES }).notNull(),
    /** When a daily digest mail took it (delivery = digest). */
    digestedAt: timestamp('digested_at', { withTimezone: true }),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('notifications_user_event_idx').on(t.userId, t.eventKey),
    index('notifications_user_read_idx').on(t.userId, t.readAt, t.createdAt),
  ],
);

/** A meeting as it stood when a mail about it was queued (the invitation is rendered from it). */
export type MeetingSnapshot = {
  id: string;
  title: string;
  kind: string;
  theme: string | null;
  heldOn: string;
  startTime: string | null;
  endTime: string | null;
  location: string;
  agenda: string[];
  /** Raised on every change (RFC 5545 SEQUENCE). */
  sequence: number;
};

/**
 * What goes with an outgoing mail: a file, or a calendar invitation (REQUEST) or cancellation
 * (CANCEL) that the sender renders as .ics with the installation's address and sender.
 */
export type OutboxAttachment =
  | { type: 'file'; filename: string; contentType: string; content: string }
  | { type: 'meeting'; method: 'REQUEST' | 'CANCEL'; meeting: MeetingSnapshot };

/**
 * Mail waiting to be sent, written in the transaction of the event it reports (the transactional
 * outbox): if the transaction rolls back there is no mail, if it commits the mail will be sent.
 * `dedupeKey` makes a second enqueue of the same mail a no-op.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    recipient: text('recipient').notNull(),
    /** The account it is for, when it is for one (digests, notifications); null for e.g. a reset link. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    subject: text('subject').notNull(),
    /** Plain-text paragraphs; the sender adds the link and the footer and renders the HTML part. */
    body: text('body').notNull(),
    link: text('link'),
    attachments: jsonb('attachments').$type<OutboxAttachment[]>().notNull().default([]),
    dedupeKey: text('dedupe_key').unique(),
    status: text('status', { enum: OUTBOX_STATUS_VALUES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('mail_outbox_due_idx').on(t.status, t.nextAttemptAt)],
);

/** A person's choice per kind; a kind without a row is mailed immediately. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NOTIFICATION_KIND_VALUES }).notNull(),
    delivery: text('delivery', { enum: DELIVERY_VALUES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/** A body's notification settings: how many months before a contract ends its people hear of it. */
export const orgNotificationSettings = pgTable('org_notification_settings', {
  orgCode: char('org_code', { length: 6 })
    .primaryKey()
    .references(() => orgs.code),
  contractWindowMonths: integer('contract_window_months').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The secret of a person's calendar feed URL (only its SHA-256 is kept); deleting the row revokes it. */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Occurrences of scheduled events already announced (e.g. one contract entering its expiry window),
 * so that a grouped announcement names each occurrence once, however often the job runs.
 */
export const notificationEvents = pgTable('notification_events', {
  eventKey: text('event_key').primaryKey(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
