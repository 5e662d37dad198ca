import {
  char,
  index,
  integer,
  json,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgs } from './orgs.ts';

/** processing → preview → committed; failed when reading or committing broke off. */
export const IMPORT_STATUS_VALUES = ['processing', 'preview', 'committed', 'failed'] as const;

/**
 * One upload of a table (CSV or .xlsx) for import: what was read, the per-row errors, and — stored in
 * {@link importBatchChunks} until committed — the validated rows. The commit inserts them in one
 * transaction.
 */
export const importBatches = pgTable(
  'import_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** What is imported: 'systems', 'practices', … */
    kind: text('kind').notNull(),
    /** The body of the actor who uploaded it (the batch's tenant scope). */
    orgCode: char('org_code', { length: 6 })
      .notNull()
      .references(() => orgs.code),
    actorId: uuid('actor_id'),
    actorLogin: text('actor_login').notNull(),
    status: text('status', { enum: IMPORT_STATUS_VALUES }).notNull(),
    filename: text('filename'),
    format: text('format', { enum: ['csv', 'xlsx'] }).notNull(),
    encoding: text('encoding', { enum: ['utf-8', 'utf-8-bom', 'cp932'] }),
    /** mode, default body, the user's explicit column mapping. */
    options: jsonb('options').notNull(),
    totalRows: integer('total_rows').notNull().default(0),
    validRows: integer('valid_rows').notNull().default(0),
    errorCount: integer('error_count').notNull().default(0),
    /** The first 1000 per-row errors. */
    errors: jsonb('errors').notNull().default([]),
    /** Headers, column mapping, sample and flagged rows, bodies named by the rows. */
    summary: jsonb('summary').notNull().default({}),
    chunkCount: integer('chunk_count').notNull().default(0),
    insertedRows: integer('inserted_rows'),
    message: text('message'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    committedAt: timestamp('committed_at', { withTimezone: true }),
  },
  (t) => [index('import_batches_kind_org_idx').on(t.kind, t.orgCode, t.createdAt)],
);

/** Validated rows of a batch awaiting commit, in chunks; deleted once committed. */
export const importBatchChunks = pgTable(
  'import_batch_chunks',
  {
    batchId: uuid('batch_id')
      .notNull()
      .references(() => importBatches.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    rowCount: integer('row_count').notNull(),
    /** The rows as stored in the target table (keys are its column names). */
    rows: json('rows').notNull(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.seq] })],
);

/**
 * Rows of a batch that failed validation, kept with their cells and messages in chunks, so a commit
 * with skipInvalid can hand them back as a file (the original columns and an エラー column) to fix
 * and import again. Deleted with the batch.
 */
export const importBatchRefusals = pgTable(
  'import_batch_refusals',
  {
    batchId: uuid('batch_id')
      .notNull()
      .references(() => importBatches.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    rowCount: integer('row_count').notNull(),
    /** `[{ row, cells, errors: [message …] }]`. */
    rows: json('rows').notNull(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.seq] })],
);
