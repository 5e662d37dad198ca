/**
 * The cheap first phases of the sparse solver (see sparse-lap.ts): JV column reduction and
 * reduction transfer (square matrices only) and augmenting row reduction.
 */
import { type BucketedRows, prepareRow } from './bucketed-rows.ts';
import { checkpoint } from './control.ts';
import type { CsrMatrix } from './csr.ts';
import { checkRow } from './csr.ts';
import { OptimizerError } from './errors.ts';
import type { SolveOptions } from './types.ts';

/** Solver state: x row→column, y column→row, v column prices, xc cost of each row's entry. */
export interface SparseState {
  readonly nRows: number;
  readonly nCols: number;
  readonly x: Int32Array;
  readonly y: Int32Array;
  readonly v: Float64Array;
  readonly xc: Float64Array;
  /** Free rows are `free[0…numFree)`. */
  readonly free: Int32Array;
  numFree: number;
}

/** The error for a row that no matching can cover. */
export function infeasible(row: number): OptimizerError {
  return new OptimizerError('INFEASIBLE', `すべての行を割り当てる組合せが存在しません (行 ${row})`);
}

/**
 * JV column reduction (square only): each column's price is its minimum cost, and the row holding
 * that minimum takes the column if it has none yet. Rows left without a column are marked free
 * later by {@link reductionTransfer}.
 */
export function columnMinima(s: SparseState, m: CsrMatrix): void {
  const { nRows, nCols, rowStart, colIndex, cost } = m;
  const { x, y, v, xc } = s;
  const argRow = new Int32Array(nCols).fill(-1);
  v.fill(Number.POSITIVE_INFINITY);
  for (let i = 0; i < nRows; i++) {
    for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) {
      const j = colIndex[e]!;
      const c = cost[e]!;
      if (c < v[j]!) {
        v[j] = c;
        argRow[j] = i;
      }
    }
  }
  for (let j = nCols - 1; j >= 0; j--) {
    const i = argRow[j]!;
    // A square matrix with an empty column has no perfect matching.
    if (i < 0) throw new OptimizerError('INFEASIBLE', `すべての行を割り当てる組合せが存在しません (列 ${j})`);
    if (x[i]! < 0) {
      x[i] = j;
      y[j] = i;
      xc[i] = v[j]!;
    } else {
      // Marks "minimum of several columns": no reduction transfer for this row.
      xc[i] = Number.NaN;
    }
  }
}

/**
 * JV reduction transfer: a row that is the minimum of exactly one column passes its slack to the
 * runner-up on to that column's price. Lists the rows without a column as free.
 */
export function reductionTransfer(s: SparseState, rows: BucketedRows): void {
  const { x, v, xc, free, nRows } = s;
  const { buckets, edge, start } = rows;
  const { rowStart, colIndex, cost: matrixCost } = rows.matrix;
  let numFree = 0;
  for (let i = 0; i < nRows; i++) {
    const j1 = x[i]!;
    if (j1 < 0) {
      free[numFree++] = i;
      continue;
    }
    if (Number.isNaN(xc[i]!)) {
      xc[i] = v[j1]!;
      continue;
    }
    let min = Number.POSITIVE_INFINITY;
    const sb = i * (buckets + 1);
    // A bucketed row is read from the pool bucket by bucket, another from the matrix in one piece.
    const pooled = prepareRow(rows, i, v);
    const col = pooled ? rows.col : colIndex;
    const cost = pooled ? rows.cost : matrixCost;
    for (let b = 0; b < (pooled ? buckets : 1) && edge[b]! < min; b++) {
      const from = pooled ? start[sb + b]! : rowStart[i]!;
      const to = pooled ? start[sb + b + 1]! : rowStart[i + 1]!;
      for (let e = from; e < to; e++) {
        const j = col[e]!;
        if (j !== j1) {
          const h = cost[e]! - v[j]!;
          if (h < min) min = h;
        }
      }
    }
    if (pooled && min >= rows.top) {
      // Nothing in the pool below its top: the row's minimum may be among the entries not copied.
      for (let e = rowStart[i]!, stop = rowStart[i + 1]!; e < stop; e++) {
        const j = colIndex[e]!;
        if (j !== j1) {
          const h = matrixCost[e]! - v[j]!;
          if (h < min) min = h;
        }
      }
    }
    if (min < Number.POSITIVE_INFINITY) v[j1] = v[j1]! - min;
  }
  s.numFree = numFree;
}

/**
 * One JV augmenting row reduction pass over the free rows. A free row bids for its cheapest column,
 * lowering that column's price to the row's second-best reduced cost; the row it displaces bids
 * again at once. On a tie the displaced row waits for the next pass, which prevents cycling.
 * With real-valued costs the price steps can be tiny and the bidding long ("price war"), so a
 * pass stops after a budget of bids and leaves the rest to the shortest paths.
 */
export function augmentingRowReduction(
  s: SparseState,
  rows: BucketedRows,
  rectangular: boolean,
  bidsPerRow: number,
  options: SolveOptions | undefined,
): void {
  const { x, y, v, xc, free, nRows } = s;
  const end = s.numFree;
  let budget = bidsPerRow * Math.max(nRows, 256);
  let k = 0;
  let numFree = 0;
  while (k < end) {
    if (--budget < 0) {
      // Keep the postponed rows [0, numFree) and the unprocessed ones [k, end).
      while (k < end) free[numFree++] = free[k++]!;
      break;
    }
    if ((budget & 4095) === 0) checkpoint(options, (nRows - (end - k) - numFree) / Math.max(1, nRows));
    const i = free[k++]!;
    twoCheapest(rows, i, v);
    const u1 = BEST[0]!;
    const u2 = BEST[1]!;
    let c1 = BEST[2]!;
    const c2 = BEST[3]!;
    let j1 = BEST_COL[0]!;
    const j2 = BEST_COL[1]!;
    let i0 = y[j1]!;
    const slack = u2 - u1; // > 0; 0 on a tie; +∞ for a row with a single entry
    let bidAgainNow = false;
    if (i0 >= 0) {
      if (slack > 0 && slack < Number.POSITIVE_INFINITY) {
        v[j1] = v[j1]! - slack;
        bidAgainNow = true;
      } else if (slack === 0) {
        // Tie: take the runner-up instead, which may be free.
        j1 = j2;
        c1 = c2;
        i0 = y[j2]!;
      }
    } else if (!rectangular && slack < Number.POSITIVE_INFINITY) {
      // Square: every column ends matched, so lowering a free column's price is safe (JV do it).
      v[j1] = v[j1]! - slack;
    }
    x[i] = j1;
    y[j1] = i;
    xc[i] = c1;
    if (i0 >= 0) {
      x[i0] = -1;
      if (bidAgainNow) free[--k] = i0;
      else free[numFree++] = i0;
    }
  }
  s.numFree = numFree;
}

/** Scratch of {@link twoCheapest}: u1, u2 (the two smallest reduced costs) and their costs c1, c2. */
const BEST = new Float64Array(4);
/** Scratch of {@link twoCheapest}: the columns j1, j2 of u1, u2 (−1 when missing). */
const BEST_COL = new Int32Array(2);

/**
 * The two cheapest entries of row i by reduced cost, into BEST / BEST_COL. A bucketed row stops at
 * the first bucket that cannot hold anything cheaper; a dense row (every column, in order) is read
 * without its column indices; any other row in one piece from the matrix. A row not checked yet is
 * checked in the same pass (see {@link firstScan}).
 */
function twoCheapest(rows: BucketedRows, i: number, v: Float64Array): void {
  if (rows.checked[i] === 0) {
    firstScan(rows, i, v);
    return;
  }
  let u1 = Number.POSITIVE_INFINITY;
  let u2 = Number.POSITIVE_INFINITY;
  let j1 = -1;
  let j2 = -1;
  let c1 = 0;
  let c2 = 0;
  const { rowStart, colIndex, cost: matrixCost } = rows.matrix;
  // A bucketed row answers from its pool when its two cheapest are below the pool's top; otherwise
  // the row is read whole from the matrix, as an unbucketed one.
  let whole = true;
  if (prepareRow(rows, i, v)) {
    const { buckets, edge, start, col, cost } = rows;
    const sb = i * (buckets + 1);
    for (let b = 0; b < buckets && edge[b]! < u2; b++) {
      for (let e = start[sb + b]!, stop = start[sb + b + 1]!; e < stop; e++) {
        const j = col[e]!;
        const c = cost[e]!;
        const h = c - v[j]!;
        if (h < u2) {
          if (h >= u1) {
            u2 = h;
            j2 = j;
            c2 = c;
          } else {
            u2 = u1;
            j2 = j1;
            c2 = c1;
            u1 = h;
            j1 = j;
            c1 = c;
          }
        }
      }
    }
    whole = u2 > rows.top;
    if (whole) {
      u1 = Number.POSITIVE_INFINITY;
      u2 = Number.POSITIVE_INFINITY;
      j1 = -1;
      j2 = -1;
    }
  }
  if (whole && rows.dense[i] === 1) {
    const base = rowStart[i]!;
    for (let j = 0, n = v.length; j < n; j++) {
      const c = matrixCost[base + j]!;
      const h = c - v[j]!;
      if (h < u2) {
        if (h >= u1) {
          u2 = h;
          j2 = j;
          c2 = c;
        } else {
          u2 = u1;
          j2 = j1;
          c2 = c1;
          u1 = h;
          j1 = j;
          c1 = c;
        }
      }
    }
  } else if (whole) {
    for (let e = rowStart[i]!, stop = rowStart[i + 1]!; e < stop; e++) {
      const j = colIndex[e]!;
      const c = matrixCost[e]!;
      const h = c - v[j]!;
      if (h < u2) {
        if (h >= u1) {
          u2 = h;
          j2 = j;
          c2 = c;
        } else {
          u2 = u1;
          j2 = j1;
          c2 = c1;
          u1 = h;
          j1 = j;
          c1 = c;
        }
      }
    }
  }
  BEST[0] = u1;
  BEST[1] = u2;
  BEST[2] = c1;
  BEST[3] = c2;
  BEST_COL[0] = j1;
  BEST_COL[1] = j2;
}

/**
 * {@link twoCheapest} of a row never read before, checking it in the same pass: columns in range and
 * increasing, a finite sum. Anything else — out of range, not finite, not increasing (maybe repeated)
 * — is left to checkRow, which throws with the culprit or, for a row merely not in order, accepts it.
 */
function firstScan(rows: BucketedRows, i: number, v: Float64Array): void {
  const m = rows.matrix;
  const { rowStart, colIndex, cost: matrixCost } = m;
  const nCols = m.nCols;
  let u1 = Number.POSITIVE_INFINITY;
  let u2 = Number.POSITIVE_INFINITY;
  let j1 = -1;
  let j2 = -1;
  let c1 = 0;
  let c2 = 0;
  let previous = -1;
  let orderly = true;
  let sum = 0;
  const start = rowStart[i]!;
  const end = rowStart[i + 1]!;
  for (let e = start; e < end; e++) {
    const j = colIndex[e]!;
    const c = matrixCost[e]!;
    if (j <= previous || j >>> 0 >= nCols) orderly = false;
    previous = j;
    sum += c;
    const h = c - v[j]!;
    if (h < u2) {
      if (h >= u1) {
        u2 = h;
        j2 = j;
        c2 = c;
      } else {
        u2 = u1;
        j2 = j1;
        c2 = c1;
        u1 = h;
        j1 = j;
        c1 = c;
      }
    }
  }
  rows.dense[i] =
    orderly && Number.isFinite(sum) ? (end - start === nCols ? 1 : 0) : checkRow(m, i, rows.stamps);
  rows.checked[i] = 1;
  rows.scans[i] = 1;
  BEST[0] = u1;
  BEST[1] = u2;
  BEST[2] = c1;
  BEST[3] = c2;
  BEST_COL[0] = j1;
  BEST_COL[1] = j2;
}
