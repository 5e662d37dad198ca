import {
  boolean,
  char,
  date,
  index,
  integer,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgs } from './orgs.ts';
import { people } from './talent.ts';

/** A post (ポスト) a body secures, with the budget behind it (p.3, p.13). */
export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgCode: char('org_code', { length: 6 })
      .notNull()
      .references(() => orgs.code),
    unit: text('unit').notNull(),
    title: text('title').notNull(),
    duties: text('duties').notNull().default(''),
    wantedJobType: text('wanted_job_type'),
    wantedLevel: smallint('wanted_level'),
    fte: numeric('fte', { precision: 3, scale: 2, mode: 'number' }).notNull().default(1),
    fromFiscalYear: integer('from_fiscal_year').notNull(),
    toFiscalYear: integer('to_fiscal_year'),
    budgetSecured: boolean('budget_secured').notNull().default(false),
    budgetYen: integer('budget_yen'),
    /** e.g. 年度中途 — shown beside the start 年度. */
    note: text('note').notNull().default(''),
    /** Raised by one on every change (optimistic concurrency: ETag / If-Match). */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('posts_org_idx').on(t.orgCode)],
);

export const ASSIGNMENT_STATUSES = ['actual', 'planned'] as const;

/** A person in a post for a span of 年度 (配属); `planned` rows are the plan for coming years. */
export const assignments = pgTable(
  'assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id),
    fte: numeric('fte', { precision: 3, scale: 2, mode: 'number' }).notNull().default(1),
    startFiscalYear: integer('start_fiscal_year').notNull(),
    endFiscalYear: integer('end_fiscal_year'),
    startDate: date('start_date', { mode: 'string' }),
    status: text('status', { enum: ASSIGNMENT_STATUSES }).notNull().default('actual'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('assignments_person_idx').on(t.personId), index('assignments_post_idx').on(t.postId)],
);
