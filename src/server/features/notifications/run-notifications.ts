import type { Database, Db } from '../../platform/db.ts';
import { todayInJapan } from '../procurement/contract-window.ts';
import { type DeliveryCounts, deliverOutbox } from './deliver-outbox.ts';
import { evaluateCommitmentDeadlines } from './evaluate-commitment-deadlines.ts';
import { evaluateContractExpiries } from './evaluate-contract-expiries.ts';
import type { Mailer } from './mailer.ts';
import { sendDigests } from './send-digests.ts';

/** The one lease that makes a single process the sender among several on one database. */
export const NOTIFICATIONS_LEASE = 'notifications';

export type RunSummary = {
  /** People newly notified of contracts entering their window / commitments due or overdue. */
  contractExpiry: number;
  commitmentDue: number;
  digests: number;
  delivery: DeliveryCounts;
};

/**
 * The notifications job, once: evaluates the scheduled events (契約満了, コミットメント期限) as of
 * `now`, queues the daily digests that are due, then sends the outbox. Idempotent: every occurrence is
 * recorded under a unique key, so a second run right after the first notifies and sends nothing new.
 */
export async function runNotifications(db: Db, mailer: Mailer, now = new Date()): Promise<RunSummary> {
  const today = todayInJapan(now);
  const contractExpiry = await evaluateContractExpiries(db, today);
  const commitmentDue = await evaluateCommitmentDeadlines(db, today);
  const digests = await sendDigests(db, mailer.settings, now);
  const delivery = await deliverOutbox(db, mailer, now);
  return { contractExpiry, commitmentDue, digests, delivery };
}

/**
 * Runs the job only while holding the database lease, so that of several servers (or a server and
 * `dxship notifications run`) exactly one evaluates and sends at a time. `null` when another holds it.
 */
export async function runNotificationsUnderLease(
  database: Pick<Database, 'db' | 'withLease'>,
  mailer: Mailer,
  now?: Date,
): Promise<RunSummary | null> {
  const outcome = await database.withLease(NOTIFICATIONS_LEASE, () =>
    runNotifications(database.db, mailer, now),
  );
  return outcome.held ? outcome.value : null;
}
