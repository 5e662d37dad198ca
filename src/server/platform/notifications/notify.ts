import { and, eq, inArray } from 'drizzle-orm';
import {
  type NOTIFICATION_KIND_VALUES,
  notificationPreferences,
  notifications,
  type OutboxAttachment,
  users,
} from '../../../db/schema/index.ts';
import type { Db } from '../db.ts';
import { enqueueMail } from './enqueue-mail.ts';

export type NotificationKind = (typeof NOTIFICATION_KIND_VALUES)[number];

/** One occurrence of an event, for the people who should hear of it. */
export type NotificationEvent = {
  kind: NotificationKind;
  /** Names this occurrence (e.g. `commitment:…:overdue:2`); a person gets it at most once. */
  eventKey: string;
  userIds: readonly string[];
  /** One line: the inbox title and the mail subject. */
  title: string;
  /** Plain text, paragraphs separated by blank lines. */
  body: string;
  /** The record in the web UI, as a path. */
  link?: string;
  /** Files for the immediate mail (an .ics); a digest lists the event without them. */
  attachments?: OutboxAttachment[];
};

const SUBJECT_PREFIX = '【DXShip】';

/**
 * Records an event for each of `userIds` in the transaction `tx` of the change (or the evaluation)
 * that caused it: an inbox entry per person — skipped for a person who already has this `eventKey`
 * — and, for a person who chose immediate mail and has an address, a queued mail (see enqueueMail).
 * Disabled accounts are left out. Returns how many people were newly notified.
 */
export async function notify(tx: Db, event: NotificationEvent): Promise<number> {
  const ids = [...new Set(event.userIds)];
  if (ids.length === 0) return 0;
  const people = await tx
    .select({ id: users.id, email: users.email, delivery: notificationPreferences.delivery })
    .from(users)
    .leftJoin(
      notificationPreferences,
      and(eq(notificationPreferences.userId, users.id), eq(notificationPreferences.kind, event.kind)),
    )
    .where(and(inArray(users.id, ids), eq(users.disabled, false)));
  if (people.length === 0) return 0;
  const created = await tx
    .insert(notifications)
    .values(
      people.map((p) => ({
        userId: p.id,
        kind: event.kind,
        eventKey: event.eventKey,
        title: event.title,
        body: event.body,
        link: event.link ?? null,
        delivery: p.delivery ?? 'immediate',
      })),
    )
    .onConflictDoNothing({ target: [notifications.userId, notifications.eventKey] })
    .returning({ id: notifications.id, userId: notifications.userId, delivery: notifications.delivery });
  const emailOf = new Map(people.map((p) => [p.id, p.email]));
  for (const row of created) {
    const email = emailOf.get(row.userId);
    if (row.delivery !== 'immediate' || !email) continue;
    await enqueueMail(tx, {
      to: email,
      userId: row.userId,
      subject: mailSubject(event.title),
      body: event.body,
      link: event.link ?? null,
      attachments: event.attachments ?? [],
      dedupeKey: `notification:${row.id}`,
    });
  }
  return created.length;
}

/** The subject of a DXShip mail with `title`. */
export function mailSubject(title: string): string {
  return `${SUBJECT_PREFIX}${title}`;
}
