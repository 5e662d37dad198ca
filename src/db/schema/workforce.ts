import { char, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { orgs } from './orgs.ts';

export const STAFF_KINDS = ['it', 'administrative'] as const;

/**
 * 目指す組織体制 (p.18): a body's target organisation for a 年度 — per role, how many people.
 * `it` rows are 情報システム人材 with the job type the role maps to (see src/domain/workforce-roles.ts);
 * `administrative` rows are 行政職, outside the talent pool.
 */
export const orgTargetPositions = pgTable(
  'org_target_positions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgCode: char('org_code', { length: 6 })
      .notNull()
      .references(() => orgs.code),
    targetFiscalYear: integer('target_fiscal_year').notNull(),
    staffKind: text('staff_kind', { enum: STAFF_KINDS }).notNull(),
    /** The role as the body names it, e.g. ビジネスデザイナー（課長相当）. */
    roleName: text('role_name').notNull(),
    /** Job type code for `it` rows; null for 行政職. */
    jobType: text('job_type'),
    count: integer('count').notNull(),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('org_target_positions_org_idx').on(t.orgCode),
    unique('org_target_positions_role').on(t.orgCode, t.targetFiscalYear, t.roleName),
  ],
);
