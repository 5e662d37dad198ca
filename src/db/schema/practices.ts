import {
  char,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { PRACTICE_CATEGORY_VALUES, PRACTICE_STATUS_VALUES } from '../../domain/practice-values.ts';
import { users } from './accounts.ts';
import { orgs } from './orgs.ts';

export { PRACTICE_CATEGORY_VALUES, PRACTICE_STATUS_VALUES };

/** Binary file contents (PGlite answers Uint8Array, node-postgres Buffer, which is one). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/** DX施策・好事例: an initiative of a body, shared with every body. */
export const practices = pgTable(
  'practices',
  {
    id: serial('id').primaryKey(),
    orgCode: char('org_code', { length: 6 })
      .notNull()
      .references(() => orgs.code),
    title: text('title').notNull(),
    category: text('category', { enum: PRACTICE_CATEGORY_VALUES }).notNull(),
    /** 年度 as its starting calendar year. */
    fiscalYear: integer('fiscal_year').notNull(),
    themes: text('themes').array().notNull().default([]),
    /** 財源: デジ田交付金, 単独費 … */
    funding: text('funding'),
    status: text('status', { enum: PRACTICE_STATUS_VALUES }).notNull(),
    summary: text('summary').notNull(),
    outcome: text('outcome'),
    contact: text('contact'),
    importBatchId: uuid('import_batch_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Raised by one on every change (optimistic concurrency: ETag / If-Match). */
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('practices_org_idx').on(t.orgCode), index('practices_fiscal_year_idx').on(t.fiscalYear)],
);

/** A file attached to an initiative, stored in the database (size-limited, type-checked). */
export const practiceAttachments = pgTable(
  'practice_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: integer('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('practice_attachments_practice_idx').on(t.practiceId)],
);

/** A comment on an initiative, by a user of any body. */
export const practiceComments = pgTable(
  'practice_comments',
  {
    id: serial('id').primaryKey(),
    practiceId: integer('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    orgCode: char('org_code', { length: 6 })
      .notNull()
      .references(() => orgs.code),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('practice_comments_practice_idx').on(t.practiceId)],
);

/** 「うちも導入しました」: a body that adopted another body's initiative (reuse is counted from these). */
export const practiceAdoptions = pgTable(
  'practice_adoptions',
  {
    practiceId: integer('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    orgCode: char('org_code', { length: 6 })
      .notNull()
      .references(() => orgs.code),
    note: text('note'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.practiceId, t.orgCode] })],
);
