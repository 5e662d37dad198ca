import { integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { HIRING_ROUTES } from './talent.ts';

/**
 * 採用試験 (p.21): one row per 採用年度 and route — 情報職採用試験（社会人経験者）, 情報職採用試験
 * （大学卒業程度）, 任期付職員採用（高度経験者）. `fiscalYear` is the 年度 the hires start in (R3採用 = 2021).
 * Actual rows carry applicants and final passers/hires; plan rows carry the planned hires ("4名程度").
 */
export const recruitmentExams = pgTable(
  'recruitment_exams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fiscalYear: integer('fiscal_year').notNull(),
    route: text('route', { enum: HIRING_ROUTES }).notNull(),
    /** 受験者数 (the exams) or 応募者数 (任期付); null where there was no exam. */
    applicants: integer('applicants'),
    /** 最終合格者数: the seed's 採用者数 row; the competition ratio is applicants ÷ this. */
    finalPassers: integer('final_passers'),
    /** People actually hired (the roster's hiring_fiscal_year agrees for the demo). */
    hires: integer('hires'),
    /** A plan ("4名程度"): the number aimed for. */
    plannedHires: integer('planned_hires'),
    /** e.g. "R6.6募集開始". */
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Raised by one on every change (optimistic concurrency: ETag / If-Match). */
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('recruitment_exams_year_route').on(t.fiscalYear, t.route)],
);
