/**
 * Rows of a CSR matrix regrouped, each into buckets of increasing reduced cost c − v taken at the
 * moment the row is bucketed. The solvers only ever lower column prices v, so reduced costs only grow:
 * the lower edge of a bucket stays a valid lower bound for every entry in it. A scan that only wants
 * entries below some bound can therefore stop at the first bucket whose edge reaches it; on random
 * sparse problems that skips most of each row (and most of its cache lines).
 *
 * Only the cheapest entries (below the 1/8 quantile edge, {@link BucketedRows.top}) are copied; a scan
 * that may want a dearer one reads the row from the matrix. Bucketing is lazy: a row is copied into
 * its buckets the third time it is scanned. Rows scanned
 * once or twice — most rows of a rectangular problem, whose first bid usually settles them, and the
 * rows displaced once — are read straight from the matrix and never copied (on a dense 1,000 × 4,000
 * instance, copying every row cost several times the whole solve). `eager` buckets every row at once (square problems, after the column
 * reduction, whose rows are all scanned again).
 */
import { type CsrMatrix, checkRow } from './csr.ts';

/** Fractions of all entries below each bucket edge: fine buckets where the scans stop. */
const EDGE_QUANTILES = [1 / 128, 1 / 64, 1 / 32, 1 / 16, 1 / 8, 1 / 4, 1 / 2];
const SAMPLE = 4096;
/** Number of buckets B: one below each edge, one above the last. */
const BUCKETS = EDGE_QUANTILES.length + 1;
/**
 * Buckets copied into the pool: those below the edge at the 1/8 quantile. Entries at or above it are
 * not copied — a scan that wants them reads the row from the matrix (see {@link BucketedRows.top}).
 */
const COPIED = 5;
const FIRST_POOL = 1 << 16;

/**
 * The rows and their buckets. For a row with `bucketed[i] = 1`, bucket b is
 * `col/cost[start[i·(B+1)+b] … start[i·(B+1)+b+1])` of the pool; other rows are read from `matrix`.
 * `col` and `cost` are replaced when the pool grows: read them after {@link prepareRow}.
 */
export interface BucketedRows {
  readonly buckets: number;
  /** Lower bound of bucket b's reduced costs (−∞ for b = 0). */
  readonly edge: Float64Array;
  /**
   * Every entry of a bucketed row not in the pool had a reduced cost ≥ top when it was bucketed (and
   * reduced costs only grow): a scan that may want entries at or above it reads the matrix's row.
   */
  readonly top: number;
  readonly matrix: CsrMatrix;
  /** 1 once the row's entries are checked (csr.ts checkRow). */
  readonly checked: Uint8Array;
  /** 1 for a checked row that lists every column in order (its entry k is column k). */
  readonly dense: Uint8Array;
  /** Stamps for checkRow's duplicate test (rows whose columns do not increase). */
  readonly stamps: Int32Array;
  readonly start: Int32Array;
  /** 1 once the row is in the pool. */
  readonly bucketed: Uint8Array;
  /** Times the row was prepared before it was bucketed. */
  readonly scans: Uint8Array;
  /** Scratch of {@link bucketRow}: the bucket of each entry of the row being bucketed. */
  readonly scratch: Uint8Array;
  /** Scratch of {@link bucketRow}: entries per bucket, then where each bucket's next entry goes. */
  readonly counts: Int32Array;
  col: Int32Array;
  cost: Float64Array;
  used: number;
}

/**
 * Sets up lazy buckets for `m` with edges from the prices `v` now. `checked`: the dense-row flags when
 * every row has been checked already (then `eager` buckets every row at once), else null.
 */
export function bucketRows(m: CsrMatrix, v: Float64Array, checked: Uint8Array | null): BucketedRows {
  const eager = checked !== null;
  const nnz = m.rowStart[m.nRows]!;
  const edge = new Float64Array(BUCKETS);
  edge[0] = Number.NEGATIVE_INFINITY;
  edge.set(sampleThresholds(m, v, nnz), 1);
  const capacity = eager ? nnz : Math.min(nnz, FIRST_POOL);
  const rows: BucketedRows = {
    buckets: BUCKETS,
    edge,
    top: edge[COPIED]!,
    matrix: m,
    checked: new Uint8Array(m.nRows).fill(eager ? 1 : 0),
    dense: checked ?? new Uint8Array(m.nRows),
    stamps: new Int32Array(eager ? 0 : m.nCols),
    start: new Int32Array(m.nRows * (BUCKETS + 1)),
    bucketed: new Uint8Array(m.nRows),
    scans: new Uint8Array(m.nRows),
    scratch: new Uint8Array(longestRow(m)),
    counts: new Int32Array(BUCKETS),
    col: new Int32Array(capacity),
    cost: new Float64Array(capacity),
    used: 0,
  };
  if (eager) for (let i = 0; i < m.nRows; i++) bucketRow(rows, i, v);
  return rows;
}

/**
 * Called before each scan of row i: buckets it on its third scan. Returns whether the row is
 * bucketed (then read the pool — for entries below {@link BucketedRows.top} — else the matrix's row).
 */
export function prepareRow(rows: BucketedRows, i: number, v: Float64Array): boolean {
  if (rows.bucketed[i] === 1) return true;
  if (rows.checked[i] === 0) {
    rows.dense[i] = checkRow(rows.matrix, i, rows.stamps);
    rows.checked[i] = 1;
  }
  const scans = rows.scans[i]!;
  if (scans < 2) {
    rows.scans[i] = scans + 1;
    return false;
  }
  bucketRow(rows, i, v);
  return true;
}

/** Copies row i into the pool, bucket by bucket, by its reduced costs under `v` now. */
function bucketRow(rows: BucketedRows, i: number, v: Float64Array): void {
  const { rowStart, colIndex, cost } = rows.matrix;
  const rs = rowStart[i]!;
  const re = rowStart[i + 1]!;
  const edge = rows.edge;
  // Edges in locals so the loop needs no array reads; the bucket is the number of edges ≤ r,
  // computed without branches (a binary search mispredicts half its tests).
  const t0 = edge[1]!;
  const t1 = edge[2]!;
  const t2 = edge[3]!;
  const t3 = edge[4]!;
  const t4 = edge[5]!;
  const t5 = edge[6]!;
  const t6 = edge[7]!;
  const count = rows.counts.fill(0);
  const bucketOf = rows.scratch;
  for (let e = rs; e < re; e++) {
    const r = cost[e]! - v[colIndex[e]!]!;
    const b = +(r >= t0) + +(r >= t1) + +(r >= t2) + +(r >= t3) + +(r >= t4) + +(r >= t5) + +(r >= t6);
    bucketOf[e - rs] = b;
    count[b]!++;
  }
  let copied = 0;
  for (let b = 0; b < COPIED; b++) copied += count[b]!;
  if (rows.used + copied > rows.col.length) grow(rows, rows.used + copied);
  const sb = i * (BUCKETS + 1);
  let at = rows.used;
  for (let b = 0; b < BUCKETS; b++) {
    rows.start[sb + b] = at;
    const c = b < COPIED ? count[b]! : 0;
    count[b] = at;
    at += c;
  }
  rows.start[sb + BUCKETS] = at;
  const col = rows.col;
  const sorted = rows.cost;
  for (let e = rs; e < re; e++) {
    const b = bucketOf[e - rs]!;
    if (b >= COPIED) continue;
    const to = count[b]!++;
    col[to] = colIndex[e]!;
    sorted[to] = cost[e]!;
  }
  rows.used = at;
  rows.bucketed[i] = 1;
}

function longestRow(m: CsrMatrix): number {
  let longest = 0;
  for (let i = 0; i < m.nRows; i++) longest = Math.max(longest, m.rowStart[i + 1]! - m.rowStart[i]!);
  return longest;
}

function grow(rows: BucketedRows, needed: number): void {
  const capacity = Math.min(rows.matrix.rowStart[rows.matrix.nRows]!, Math.max(needed, rows.col.length * 2));
  const col = new Int32Array(capacity);
  const cost = new Float64Array(capacity);
  col.set(rows.col.subarray(0, rows.used));
  cost.set(rows.cost.subarray(0, rows.used));
  rows.col = col;
  rows.cost = cost;
}

/** Bucket edges: quantiles of the reduced costs of an evenly spaced sample of entries. */
function sampleThresholds(m: CsrMatrix, v: Float64Array, nnz: number): Float64Array {
  const { colIndex, cost } = m;
  if (nnz === 0) return new Float64Array(EDGE_QUANTILES.length).fill(Number.POSITIVE_INFINITY);
  const size = Math.min(SAMPLE, nnz);
  const sample = new Float64Array(size);
  for (let k = 0; k < size; k++) {
    const e = Math.floor((k * nnz) / size);
    sample[k] = cost[e]! - v[colIndex[e]!]!;
  }
  sample.sort();
  // Non-decreasing; equal edges (integer costs) just leave empty buckets between them.
  return Float64Array.from(EDGE_QUANTILES, (q) => sample[Math.min(size - 1, Math.floor(q * size))]!);
}
