import {
  bigserial,
  char,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { orgs } from './orgs.ts';

export const MEETING_KINDS = ['cdo_forum', 'acceleration_cycle', 'working_group'] as const;
export const COMMITMENT_STATUSES = ['open', 'done', 'cancelled'] as const;
export const CASE_KINDS = ['good_case', 'problem'] as const;

/** Binary file contents in the database, so backup and restore cover them. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/** 県・市町CDOフォーラムのメンバー (p.24): 24 bodies and the two associations, with titles. */
export const forumMembers = pgTable('forum_members', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** The body, or null for an association (市長会, 町村会). */
  orgCode: char('org_code', { length: 6 }).references(() => orgs.code),
  organisationName: text('organisation_name').notNull().unique(),
  title: text('title').notNull(),
  sortOrder: integer('sort_order').notNull(),
});

/**
 * A meeting: 県・市町CDOフォーラム, ひろしまDX加速サイクル or a 担当者会議 on a theme (p.19, p.24, p.26),
 * with its agenda (topics in order) and minutes.
 */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: MEETING_KINDS }).notNull(),
    title: text('title').notNull(),
    /** The common theme of a 担当者会議 (e.g. 基幹業務システムの標準化); null for the other kinds. */
    theme: text('theme'),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    location: text('location').notNull().default(''),
    /** Start and end on `heldOn`, `HH:MM` in Japan time; null for a meeting recorded without times. */
    startTime: text('start_time'),
    endTime: text('end_time'),
    agenda: jsonb('agenda').$type<string[]>().notNull().default([]),
    minutes: text('minutes').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Raised by one on every change (optimistic concurrency: ETag / If-Match). */
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meetings_kind_held_idx').on(t.kind, t.heldOn)],
);

/** Who attended: a body (or association) and, where recorded, the person and title. */
export const meetingAttendees = pgTable(
  'meeting_attendees',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    orgCode: char('org_code', { length: 6 }).references(() => orgs.code),
    organisationName: text('organisation_name').notNull(),
    personName: text('person_name').notNull().default(''),
    title: text('title').notNull().default(''),
  },
  (t) => [index('meeting_attendees_meeting_idx').on(t.meetingId)],
);

/** A file handed out at a meeting; the bytes live in the database (size-limited, type-checked). */
export const meetingMaterials = pgTable(
  'meeting_materials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    /** The media type detected from the content's magic bytes (never the client's claim). */
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meeting_materials_meeting_idx').on(t.meetingId)],
);

/** A decision or commitment (コミット) with the body that owns it, tracked to closure. */
export const commitments = pgTable(
  'commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id').references(() => meetings.id),
    title: text('title').notNull(),
    detail: text('detail').notNull().default(''),
    ownerOrgCode: char('owner_org_code', { length: 6 })
      .notNull()
      .references(() => orgs.code),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: COMMITMENT_STATUSES }).notNull().default('open'),
    closedOn: date('closed_on', { mode: 'string' }),
    resolution: text('resolution').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Raised by one on every change (optimistic concurrency: ETag / If-Match). */
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('commitments_status_due_idx').on(t.status, t.dueOn)],
);

/**
 * 好事例 and open problems reported from the posts (the sharing cycle of p.19). `practiceRef` points
 * at the DX good-practice database when a practice exists (kept as text, no foreign key).
 */
export const communityCases = pgTable(
  'community_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgCode: char('org_code', { length: 6 })
      .notNull()
      .references(() => orgs.code),
    kind: text('kind', { enum: CASE_KINDS }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    reporterName: text('reporter_name').notNull(),
    reporterUserId: uuid('reporter_user_id').references(() => users.id),
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    meetingId: uuid('meeting_id').references(() => meetings.id),
    practiceRef: text('practice_ref'),
    /** When a reported problem was solved (null while open; always null for good cases). */
    resolvedOn: date('resolved_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('community_cases_org_idx').on(t.orgCode)],
);
