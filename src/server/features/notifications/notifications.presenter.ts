import type { notifications } from '../../../db/schema/index.ts';
import { NOTIFICATION_KIND_LABELS } from './notification-kinds.ts';

/** A notification in the inbox. */
export function presentNotification(n: typeof notifications.$inferSelect) {
  return {
    id: n.id,
    kind: n.kind,
    kindLabel: NOTIFICATION_KIND_LABELS[n.kind],
    title: n.title,
    body: n.body,
    link: n.link,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}

/** A body's notification settings. */
export function presentBodySettings(s: { orgCode: string; contractWindowMonths: number; version: number }) {
  return {
    orgCode: s.orgCode,
    contractWindowMonths: s.contractWindowMonths,
    isDefault: s.version === 0,
    version: s.version,
  };
}

type OutboxItem = {
  id: number;
  recipient: string;
  subject: string;
  status: 'pending' | 'sent' | 'failed' | 'skipped';
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
  sentAt: Date | null;
  createdAt: Date;
};

/** A mail of the outbox, for the admins. */
export function presentOutboxItem(m: OutboxItem) {
  return {
    ...m,
    nextAttemptAt: m.nextAttemptAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
    createdAt: m.createdAt.toISOString(),
  };
}
