/**
 * The cheap first phases of the dense solver (see dense-lap.ts): JV column reduction, reduction
 * transfer, the zero-cost completion for ties, identical-row detection and augmenting row reduction.
 */
import { OptimizerError } from './errors.ts';

/** The working arrays: x row→column, y column→row, v column prices, free rows. */
export interface DenseState {
  readonly n: number;
  readonly cost: Float64Array;
  readonly x: Int32Array;
  readonly y: Int32Array;
  readonly v: Float64Array;
  readonly free: Int32Array;
  numFree: number;
}

/**
 * JV column reduction and reduction transfer, plus the zero-cost completion for ties. The same
 * pass over the matrix checks finiteness and hashes the rows for {@link rowClasses}.
 * Returns rowClass (see there; every row its own class if `identicalRows` is off); lists the
 * free rows in `s.free`.
 */
export function columnReduction(s: DenseState, identicalRows: boolean): Int32Array {
  const { n, cost, x, y, v, free } = s;
  const argRow = new Int32Array(n);
  const hash = new Float64Array(n);
  const weight = hashWeights(n);
  v.fill(Number.POSITIVE_INFINITY);
  // Row by row (not column by column) so the matrix is read sequentially.
  for (let i = 0; i < n; i++) {
    const base = i * n;
    let h = 0;
    for (let j = 0; j < n; j++) {
      const c = cost[base + j]!;
      h += c * weight[j]!;
      if (c < v[j]!) {
        v[j] = c;
        argRow[j] = i;
      }
    }
    // NaN and ±∞ poison the sum, so one test per row finds them (or a harmless overflow).
    if (!Number.isFinite(h)) checkRow(s, i);
    hash[i] = h;
  }
  const matches = new Int32Array(n);
  for (let j = n - 1; j >= 0; j--) {
    const i = argRow[j]!;
    if (matches[i]!++ === 0) {
      x[i] = j;
      y[j] = i;
    }
  }
  // Ties: a row that is no column's first minimum may still have a zero reduced cost to a column
  // nobody took; taking it costs nothing (u_i = 0 keeps every reduced cost ≥ 0).
  for (let i = 0; i < n; i++) {
    if (matches[i] !== 0) continue;
    const base = i * n;
    for (let j = 0; j < n; j++) {
      if (y[j]! < 0 && cost[base + j] === v[j]) {
        x[i] = j;
        y[j] = i;
        matches[i] = 2; // no reduction transfer: other columns may be tight for this row too
        break;
      }
    }
  }
  let numFree = 0;
  for (let i = 0; i < n; i++) {
    const count = matches[i]!;
    if (count === 0) {
      free[numFree++] = i;
    } else if (count === 1) {
      // Reduction transfer: lower the row's column price by the row's slack to its runner-up.
      const j1 = x[i]!;
      const base = i * n;
      let min = Number.POSITIVE_INFINITY;
      for (let j = 0; j < n; j++) {
        if (j !== j1) {
          const h = cost[base + j]! - v[j]!;
          if (h < min) min = h;
        }
      }
      if (min < Number.POSITIVE_INFINITY) v[j1] = v[j1]! - min;
    }
  }
  s.numFree = numFree;
  return identicalRows ? rowClasses(n, cost, hash) : Int32Array.from({ length: n }, (_, i) => i);
}

function checkRow(s: DenseState, i: number): void {
  for (let j = 0; j < s.n; j++) {
    if (!Number.isFinite(s.cost[i * s.n + j]!)) {
      throw new OptimizerError('INVALID_PROBLEM', `行 ${i} 列 ${j} のコストが有限の数ではありません`);
    }
  }
}

/** Fixed pseudo-random weights in [1, 2): the row hash is Σ cost·weight. */
function hashWeights(n: number): Float64Array {
  const weight = new Float64Array(n);
  for (let j = 0; j < n; j++) weight[j] = 1 + (Math.imul(j + 1, 0x9e3779b1) >>> 0) / 4294967296;
  return weight;
}

/**
 * rowClass[i] = the first row with exactly the same costs as row i (i itself if none). Rows are
 * grouped by hash and confirmed entry by entry, so a hash collision only costs a missed grouping.
 */
function rowClasses(n: number, cost: Float64Array, hash: Float64Array): Int32Array {
  const rowClass = new Int32Array(n);
  const firstWithHash = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    rowClass[i] = i;
    const first = firstWithHash.get(hash[i]!);
    if (first === undefined) {
      firstWithHash.set(hash[i]!, i);
      continue;
    }
    const base = i * n;
    const fBase = first * n;
    let j = 0;
    while (j < n && cost[base + j] === cost[fBase + j]) j++;
    if (j === n) rowClass[i] = first;
  }
  return rowClass;
}

/**
 * One JV augmenting row reduction pass over the free rows. A free row bids for its cheapest column,
 * lowering that column's price to the row's second-best reduced cost; the row it displaces bids
 * again at once. On a tie the displaced row waits for the next pass, which prevents cycling.
 * With real-valued costs the price steps can be tiny and the bidding long ("price war"), so a
 * pass stops after a budget of bids and leaves the rest to the shortest paths.
 */
export function augmentingRowReduction(s: DenseState, bidsPerRow: number): void {
  const { n, cost, x, y, v, free } = s;
  const end = s.numFree;
  let budget = bidsPerRow * Math.max(n, 256);
  let k = 0;
  let numFree = 0;
  while (k < end) {
    if (--budget < 0) {
      // Keep the postponed rows [0, numFree) and the unprocessed ones [k, end).
      while (k < end) free[numFree++] = free[k++]!;
      break;
    }
    const i = free[k++]!;
    const base = i * n;
    let u1 = cost[base]! - v[0]!;
    let j1 = 0;
    let u2 = Number.POSITIVE_INFINITY;
    let j2 = -1;
    for (let j = 1; j < n; j++) {
      const h = cost[base + j]! - v[j]!;
      if (h < u2) {
        if (h >= u1) {
          u2 = h;
          j2 = j;
        } else {
          u2 = u1;
          j2 = j1;
          u1 = h;
          j1 = j;
        }
      }
    }
    let i0 = y[j1]!;
    const slack = u2 - u1; // > 0; 0 on a tie; +∞ when n = 1
    let bidAgainNow = false;
    if (slack > 0 && slack < Number.POSITIVE_INFINITY) {
      v[j1] = v[j1]! - slack;
      bidAgainNow = i0 >= 0;
    } else if (slack === 0 && i0 >= 0) {
      // Tie: take the runner-up instead, which may be free.
      j1 = j2;
      i0 = y[j2]!;
    }
    x[i] = j1;
    y[j1] = i;
    if (i0 >= 0) {
      x[i0] = -1;
      if (bidAgainNow) free[--k] = i0;
      else free[numFree++] = i0;
    }
  }
  s.numFree = numFree;
}
