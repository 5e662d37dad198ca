/**
 * Progress of a long import, reported while it runs: `read` while the file is read and validated
 * (rows so far, bytes of the file consumed), `commit` while the rows are inserted.
 */
export type ImportProgress = {
  phase: 'read' | 'commit';
  rows: number;
  /** Rows to insert in all (commit). */
  totalRows?: number;
  bytes?: number;
  totalBytes?: number;
};
