import type { PgTable } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { Db } from '../db.ts';
import type { ColumnSpec } from './validate-rows.ts';

/**
 * append: add the rows; replace: the rows replace what the bodies named in the file had; upsert: a
 * row with an ID updates that record (within the importer's bodies), a row without one is added.
 */
export type ImportMode = 'append' | 'replace' | 'upsert';

/** Every import mode, for request validation. */
export const IMPORT_MODES = ['append', 'replace', 'upsert'] as const satisfies readonly ImportMode[];

/** Who imports and how: the same for every row of a batch. */
export type ImportContext = {
  actor: Actor;
  /** The batch being read (rows may record it). */
  batchId: string;
  /** The body of rows that name none. */
  defaultOrgCode: string;
  mode: ImportMode;
  /** Codes of the bodies that exist (a row naming another code is an error, not a failed insert). */
  knownOrgCodes: ReadonlySet<string>;
};

/** What a batch is, as the commit hooks see it. */
export type ImportBatchInfo = {
  id: string;
  kind: string;
  mode: ImportMode;
  /** Bodies the rows belong to. */
  orgCodes: string[];
  rows: number;
};

/** A row ready to store, or why it cannot be. */
export type StoredRow =
  | { ok: true; orgCode: string; stored: Record<string, unknown> }
  | { ok: false; field: string; message: string };

/**
 * What one kind of record needs to be imported through the generic pipeline (preview → commit):
 * its columns, the zod schema of its single-record create (the same one the API uses), and how a
 * valid record becomes a row of its table.
 */
export type ImportTarget<T> = {
  /** Stable name of the kind, stored with each batch: 'systems', 'practices', … */
  kind: string;
  /** Japanese name of what is imported, for messages: 情報システム台帳. */
  label: string;
  columns: readonly ColumnSpec[];
  schema: z.ZodType<T>;
  /**
   * The valid record as a row of `table` (keys are the table's column names, values JSON), with its
   * body; or a problem that depends on who imports (e.g. another body's row).
   */
  toStored: (value: T, context: ImportContext) => StoredRow;
  table: PgTable;
  /** Column names of `table` the stored rows fill. */
  storedColumns: readonly string[];
  /** Runs in the commit's transaction before the insert (e.g. deletes for replace); facts for the audit. */
  beforeInsert?: (tx: Db, batch: ImportBatchInfo) => Promise<Record<string, unknown>>;
  /** Runs in the commit's transaction after the insert (e.g. announce the change). */
  afterInsert?: (tx: Db, batch: ImportBatchInfo) => Promise<void>;
  /** Runs after the commit's transaction has committed (e.g. refresh an in-process cache). */
  afterCommit?: (db: Db, batch: ImportBatchInfo) => Promise<void>;
  /**
   * Present when rows may update records by their ID (mode upsert): the audit entity of one record
   * (its 変更履歴 reads these entries). The table's `id` (serial) and `org_code` columns are used.
   */
  upsert?: { entityType: string };
};
