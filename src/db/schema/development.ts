import {
  bigserial,
  boolean,
  date,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { people } from './talent.ts';

export const TRAINING_KINDS = ['online', 'dispatch', 'community', 'course', 'ojt'] as const;

/** 研修カタログ (p.10): オンライン研修, 派遣研修, オンラインコミュニティ, 課程研修, OJT. */
export const trainingCourses = pgTable('training_courses', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind', { enum: TRAINING_KINDS }).notNull(),
  name: text('name').notNull(),
  provider: text('provider').notNull(),
  /** Skill item codes the course raises. */
  skillItems: jsonb('skill_items').$type<string[]>().notNull(),
  hours: integer('hours').notNull(),
  costYen: integer('cost_yen').notNull(),
  /** For 課程研修: the grade it is for (係員, 主任, …). */
  grade: text('grade'),
  description: text('description').notNull().default(''),
  active: boolean('active').notNull().default(true),
});

/** A person's training plan for a 年度. */
export const trainingPlans = pgTable(
  'training_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    fiscalYear: integer('fiscal_year').notNull(),
    /** Raised by one on every change (optimistic concurrency: ETag / If-Match). */
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('training_plans_person_year').on(t.personId, t.fiscalYear)],
);

export const PLAN_ITEM_STATUSES = ['planned', 'completed', 'cancelled'] as const;

/** A course in a plan; a completed item is a record that counts as skill-sheet evidence. */
export const trainingPlanItems = pgTable('training_plan_items', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  planId: uuid('plan_id')
    .notNull()
    .references(() => trainingPlans.id, { onDelete: 'cascade' }),
  courseId: uuid('course_id')
    .notNull()
    .references(() => trainingCourses.id),
  /** The gap this course was chosen to close. */
  targetItem: text('target_item'),
  status: text('status', { enum: PLAN_ITEM_STATUSES }).notNull().default('planned'),
  completedOn: date('completed_on', { mode: 'string' }),
  costYen: integer('cost_yen').notNull(),
  note: text('note').notNull().default(''),
});
