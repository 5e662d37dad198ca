import {
  bigserial,
  char,
  date,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { orgs } from './orgs.ts';

export const PERSON_CATEGORIES = ['pref_it', 'municipal_registered', 'fixed_term_expert'] as const;
export const HIRING_ROUTES = ['mid_career', 'graduate', 'fixed_term'] as const;
export const PERSON_STATUSES = ['active', 'leave', 'retired'] as const;
export const GRADES = ['係員', '主任', '係長', '課長補佐', '課長'] as const;

/** A person of the talent pool (共通人材 and candidates). Personal data: see the feature's presenter. */
export const people = pgTable('people', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** 職員番号 — the key imports match on. */
  employeeNo: text('employee_no').notNull().unique(),
  name: text('name').notNull(),
  kana: text('kana').notNull(),
  employerOrgCode: char('employer_org_code', { length: 6 })
    .notNull()
    .references(() => orgs.code),
  category: text('category', { enum: PERSON_CATEGORIES }).notNull(),
  hiringRoute: text('hiring_route', { enum: HIRING_ROUTES }).notNull(),
  hiringFiscalYear: integer('hiring_fiscal_year').notNull(),
  hiredOn: date('hired_on', { mode: 'string' }).notNull(),
  grade: text('grade', { enum: GRADES }).notNull(),
  primaryJobType: text('primary_job_type').notNull(),
  secondaryJobType: text('secondary_job_type'),
  careerGoal: text('career_goal').notNull().default(''),
  status: text('status', { enum: PERSON_STATUSES }).notNull().default('active'),
  /** Where the person lives or is based, for commute distance in matching. */
  homeOrgCode: char('home_org_code', { length: 6 }).references(() => orgs.code),
  /** The person's own account (role member), if any. */
  userId: uuid('user_id')
    .unique()
    .references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** Raised by one on every change (optimistic concurrency: ETag / If-Match). */
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** IPA exams passed, with the pass date. */
export const personCertifications = pgTable(
  'person_certifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    passedOn: date('passed_on', { mode: 'string' }).notNull(),
  },
  (t) => [unique('person_certifications_person_code').on(t.personId, t.code)],
);

/** Desired work locations in rank order (1 = first choice). */
export const personLocationPreferences = pgTable(
  'person_location_preferences',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    rank: integer('rank').notNull(),
    orgCode: char('org_code', { length: 6 })
      .notNull()
      .references(() => orgs.code),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.rank] }),
    unique('person_location_unique').on(t.personId, t.orgCode),
  ],
);
