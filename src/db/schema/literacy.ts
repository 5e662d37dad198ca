import { char, date, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgs } from './orgs.ts';

/** 研修メニュー (p.28): literacy training for all staff, with its status in a named 年度. */
export const literacyCourses = pgTable('literacy_courses', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  /** e.g. 各課程研修, 特別研修; empty when none. */
  category: text('category').notNull().default(''),
  organiser: text('organiser').notNull(),
  method: text('method').notNull(),
  /** When in the year it runs, as written (e.g. 9～2月). */
  period: text('period').notNull(),
  content: text('content').notNull(),
  /** The 年度 `statusNote` speaks of (the seed's 令和6年度 column). */
  statusFiscalYear: integer('status_fiscal_year'),
  statusNote: text('status_note').notNull().default(''),
  sortOrder: integer('sort_order').notNull().default(0),
});

/** A run of a course in a 年度. */
export const literacySessions = pgTable('literacy_sessions', {
  id: uuid('id').primaryKey().defaultRandom(),
  courseId: uuid('course_id')
    .notNull()
    .references(() => literacyCourses.id),
  fiscalYear: integer('fiscal_year').notNull(),
  title: text('title').notNull().default(''),
  startsOn: date('starts_on', { mode: 'string' }),
  endsOn: date('ends_on', { mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** How many staff of a body took part in a session: the totals of p.28 are sums of these. */
export const literacyParticipation = pgTable(
  'literacy_participation',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => literacySessions.id, { onDelete: 'cascade' }),
    orgCode: char('org_code', { length: 6 })
      .notNull()
      .references(() => orgs.code),
    participants: integer('participants').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.orgCode] })],
);
