import { sql } from 'drizzle-orm';
import {
  char,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { TIMELINE_PRECISIONS } from '../../domain/timeline.ts';
import { orgs } from './orgs.ts';

export { TIMELINE_PRECISIONS };

/**
 * 沿革: an event of the programme's history (R3 研究会, R4.12 知事・市町長会議, R5.1 ビジョン …) with the
 * page of the programme document it comes from. `precision` says how much of `occurredOn` is known:
 * the day, the month (stored as its first day) or only the 年度 (stored as its 1 April).
 */
export const timelineEvents = pgTable(
  'timeline_events',
  {
    id: serial('id').primaryKey(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    precision: text('precision', { enum: TIMELINE_PRECISIONS }).notNull().default('day'),
    title: text('title').notNull(),
    detail: text('detail').notNull().default(''),
    /** The page of the programme document (資料) the event is taken from. */
    sourcePage: integer('source_page'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('timeline_events_occurred_idx').on(t.occurredOn)],
);

/** The bodies an event concerns (none: the programme as a whole). */
export const timelineEventOrgs = pgTable(
  'timeline_event_orgs',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => timelineEvents.id, { onDelete: 'cascade' }),
    orgCode: char('org_code', { length: 6 })
      .notNull()
      .references(() => orgs.code),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.orgCode] })],
);

/**
 * The programme's settings: one row (id 1), edited by admins. The joint-procurement savings rate is
 * the assumption behind every candidate's estimated savings (shown with its formula).
 */
export const programmeSettings = pgTable(
  'programme_settings',
  {
    id: integer('id').primaryKey().default(1),
    /** Expected reduction of the yearly cost by procuring jointly, in percent (one decimal). */
    savingsRatePercent: numeric('savings_rate_percent', { precision: 4, scale: 1, mode: 'number' })
      .notNull()
      .default(10),
    /** Where the rate comes from, shown with the estimate. */
    savingsRateBasis: text('savings_rate_basis').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('programme_settings_single_row', sql`${t.id} = 1`)],
);
