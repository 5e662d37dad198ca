import {
  bigserial,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { people } from './talent.ts';

export const SKILL_SHEET_STATUSES = ['draft', 'self_assessed', 'evaluated'] as const;

/** デジタルスキルシート: one per person per 年度, with the job type and stage it is measured against. */
export const skillSheets = pgTable(
  'skill_sheets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    fiscalYear: integer('fiscal_year').notNull(),
    jobType: text('job_type').notNull(),
    careerStage: text('career_stage').notNull(),
    status: text('status', { enum: SKILL_SHEET_STATUSES }).notNull().default('draft'),
    evaluatedBy: uuid('evaluated_by').references(() => users.id),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true }),
    /** Raised by one on every change (optimistic concurrency: ETag / If-Match). */
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('skill_sheets_person_year').on(t.personId, t.fiscalYear)],
);

/** One item of a sheet: the self-assessment and the evaluator's assessment (0–4). */
export const skillAssessments = pgTable(
  'skill_assessments',
  {
    sheetId: uuid('sheet_id')
      .notNull()
      .references(() => skillSheets.id, { onDelete: 'cascade' }),
    itemCode: text('item_code').notNull(),
    selfLevel: smallint('self_level'),
    evaluatorLevel: smallint('evaluator_level'),
    evaluatorComment: text('evaluator_comment').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.sheetId, t.itemCode] })],
);

export const EVIDENCE_KINDS = ['certification', 'training', 'ojt'] as const;

/** Evidence behind an item's level: a certification, a completed training, or an OJT assignment. */
export const skillEvidence = pgTable('skill_evidence', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  sheetId: uuid('sheet_id')
    .notNull()
    .references(() => skillSheets.id, { onDelete: 'cascade' }),
  itemCode: text('item_code').notNull(),
  kind: text('kind', { enum: EVIDENCE_KINDS }).notNull(),
  /** The certification code, the training plan item id, or the assignment id the evidence points to. */
  reference: text('reference'),
  description: text('description').notNull(),
});
