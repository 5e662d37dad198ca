/**
 * Exact minimum-cost assignment on a sparse cost matrix in CSR form (rows ≤ columns, every row must
 * be matched; columns may stay unmatched when there are more of them).
 *
 * Jonker–Volgenant shortest augmenting paths, adapted to sparse rows:
 * 1. square only: column reduction and reduction transfer (JV) — with more columns than rows these
 *    would give free columns a price other than the maximum, which breaks optimality;
 * 2. augmenting row reduction (auction-like, cheap, settles most rows), with a bid budget;
 * 3. for every row still free, Dijkstra over reduced costs with an indexed binary heap, stopping
 *    at the nearest unmatched column.
 * Rows are scanned through {@link bucketRows}, so scans that only want cheap entries stop early.
 *
 * Duals: only column prices `v` are stored; the row dual is implied by the matched entry,
 * u_i = c(i, x_i) − v(x_i). Invariants: reduced costs c − u − v ≥ 0; matched entries are tight;
 * prices never rise after the column reduction; unmatched columns keep the largest price (they are
 * never lowered in the rectangular case).
 */
import { type BucketedRows, bucketRows, prepareRow } from './bucketed-rows.ts';
import { checkpoint } from './control.ts';
import { type CsrMatrix, checkShape, validateCsr } from './csr.ts';
import { IndexedMinHeap } from './min-heap.ts';
import {
  augmentingRowReduction,
  columnMinima,
  infeasible,
  reductionTransfer,
  type SparseState,
} from './sparse-reduction.ts';
import type { LapSolution, LapTuning, SolveOptions } from './types.ts';

const PROGRESS_EVERY = 256;

/** Measured on bench/optimizer.bench.ts (docs/decisions/002-exact-assignment-solver.md). */
export const SPARSE_TUNING: LapTuning = {
  rowReductionPasses: 3,
  bidsPerRow: 16,
};

/**
 * Solves the assignment problem on a CSR matrix: every row is matched to a distinct column through
 * one of its entries, minimising the total cost. Requires nRows ≤ nCols, finite costs and no
 * repeated column within a row. The matrix is not modified.
 *
 * @throws OptimizerError `INVALID_PROBLEM` for a malformed matrix, `INFEASIBLE` when no such
 *   matching exists, `CANCELLED` when `options.signal` is aborted.
 */
export function solveSparseLap(
  m: CsrMatrix,
  options?: SolveOptions,
  tuning: LapTuning = SPARSE_TUNING,
): LapSolution {
  const square = m.nRows === m.nCols;
  // Square: the column reduction reads every entry at once, so check them all now. Rectangular: each
  // row is checked before its first use (bucketed-rows.ts), mostly within its first scan.
  let dense: Uint8Array | null = null;
  if (square) dense = validateCsr(m);
  else checkShape(m);
  const { nRows, nCols } = m;
  const s: SparseState = {
    nRows,
    nCols,
    x: new Int32Array(nRows).fill(-1),
    y: new Int32Array(nCols).fill(-1),
    v: new Float64Array(nCols),
    xc: new Float64Array(nRows),
    free: new Int32Array(nRows),
    numFree: 0,
  };
  for (let i = 0; i < nRows; i++) {
    if (m.rowStart[i] === m.rowStart[i + 1]) throw infeasible(i);
  }
  if (square) columnMinima(s, m);
  // From here on prices only fall, so the buckets of the reduced costs stay valid lower bounds.
  // Square: every row is scanned again after the column reduction, so bucket them all now.
  const rows = bucketRows(m, s.v, dense);
  if (square) {
    reductionTransfer(s, rows);
  } else {
    for (let i = 0; i < nRows; i++) s.free[i] = i;
    s.numFree = nRows;
  }
  for (let pass = 0; pass < tuning.rowReductionPasses && s.numFree > 0; pass++) {
    augmentingRowReduction(s, rows, !square, tuning.bidsPerRow, options);
  }
  augmentShortestPaths(s, rows, options);

  let total = 0;
  for (let i = 0; i < nRows; i++) total += s.xc[i]!;
  return { rowToCol: s.x, colToRow: s.y, totalCost: total, columnPrices: s.v };
}

/** Dijkstra from each free row to the nearest unmatched column, then price update and augmentation. */
function augmentShortestPaths(s: SparseState, rows: BucketedRows, options: SolveOptions | undefined): void {
  const { nRows, nCols, x, y, v, xc, free, numFree } = s;
  const { buckets, edge, start } = rows;
  const { rowStart, colIndex, cost: matrixCost } = rows.matrix;
  const d = new Float64Array(nCols);
  const pred = new Int32Array(nCols);
  // Stamps instead of clearing per search: d[j] is valid iff seenAt[j] === stamp, j is settled iff
  // doneAt[j] === stamp. A matched column seen but not settled is in the heap.
  const seenAt = new Int32Array(nCols);
  const doneAt = new Int32Array(nCols);
  const done = new Int32Array(nCols);
  const heap = new IndexedMinHeap(nCols);

  for (let q = 0; q < numFree; q++) {
    if (q % PROGRESS_EVERY === 0) checkpoint(options, (nRows - numFree + q) / Math.max(1, nRows));
    const f = free[q]!;
    const stamp = q + 1;
    heap.clear();
    let numDone = 0;
    // The nearest unmatched column reached so far. Unmatched columns never enter the heap, and
    // nothing at or beyond this distance does either: it could not lead to a shorter path.
    let bound = Number.POSITIVE_INFINITY;
    let endCol = -1;
    let mu = 0;
    // Row f is free: its distances are its reduced costs (base 0 = its implied dual).
    let i = f;
    let base = 0;
    for (;;) {
      const sb = i * (buckets + 1);
      // The pool holds the row's entries below its top: enough when nothing at or above it can count.
      const pooled = prepareRow(rows, i, v) && base + rows.top >= bound;
      const col = pooled ? rows.col : colIndex;
      const cost = pooled ? rows.cost : matrixCost;
      for (let b = 0; b < (pooled ? buckets : 1) && base + edge[b]! < bound; b++) {
        const from = pooled ? start[sb + b]! : rowStart[i]!;
        const to = pooled ? start[sb + b + 1]! : rowStart[i + 1]!;
        for (let e = from; e < to; e++) {
          const k = col[e]!;
          const nd = base + cost[e]! - v[k]!;
          if (nd >= bound) continue;
          const wasSeen = seenAt[k] === stamp;
          if (wasSeen) {
            if (nd >= d[k]! || doneAt[k] === stamp) continue;
          } else {
            seenAt[k] = stamp;
          }
          d[k] = nd;
          pred[k] = i;
          if (y[k]! < 0) {
            bound = nd;
            endCol = k;
          } else if (wasSeen) {
            heap.decrease(k, nd);
          } else {
            heap.push(k, nd);
          }
        }
      }
      if (heap.size === 0 || heap.minKey() >= bound) {
        if (endCol < 0) throw infeasible(f);
        mu = bound;
        break;
      }
      const j = heap.pop();
      mu = d[j]!;
      doneAt[j] = stamp;
      done[numDone++] = j;
      i = y[j]!;
      // Row i is at distance mu (its matched entry is tight); subtract its implied dual u_i.
      base = mu - xc[i]! + v[j]!;
    }
    // Prices of the columns settled before the end: keeps reduced costs ≥ 0 and the path tight.
    for (let r = 0; r < numDone; r++) {
      const k = done[r]!;
      v[k] = v[k]! + d[k]! - mu;
    }
    // Flip the path: each row on it takes the column it was reached through.
    let j = endCol;
    for (;;) {
      const row = pred[j]!;
      y[j] = row;
      const previous = x[row]!;
      x[row] = j;
      xc[row] = entryCost(rows, row, j);
      if (row === f) break;
      j = previous;
    }
  }
  s.numFree = 0;
}

/** Cost of entry (i, j), which must exist; a linear scan of row i (only on augmenting paths). */
function entryCost(rows: BucketedRows, i: number, j: number): number {
  const { rowStart, colIndex, cost } = rows.matrix;
  for (let e = rowStart[i]!, stop = rowStart[i + 1]!; e < stop; e++) {
    if (colIndex[e] === j) return cost[e]!;
  }
  throw new Error(`internal: entry (${i}, ${j}) not found`);
}
