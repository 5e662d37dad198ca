/**
 * A copy of a CSR matrix whose rows are grouped into buckets of increasing reduced cost c − v, taken
 * at one moment ("snapshot"). The solvers only ever lower column prices v, so reduced costs only
 * grow: the lower edge of a bucket stays a valid lower bound for every entry in it. A scan that only
 * wants entries below some bound can therefore stop at the first bucket whose edge reaches it; on
 * random sparse problems that skips most of each row (and most of its cache lines).
 */
import type { CsrMatrix } from './csr.ts';

/** Fractions of all entries below each bucket edge: fine buckets where the scans stop. */
const EDGE_QUANTILES = [1 / 128, 1 / 64, 1 / 32, 1 / 16, 1 / 8, 1 / 4, 1 / 2];
const SAMPLE = 4096;

/** Rows regrouped by bucket; row i, bucket b is `col/cost[start[i·(B+1)+b] … start[i·(B+1)+b+1])`. */
export interface BucketedRows {
  /** Number of buckets B. */
  readonly buckets: number;
  /** Lower bound of the snapshot reduced cost of bucket b (−∞ for b = 0). */
  readonly edge: Float64Array;
  readonly start: Int32Array;
  readonly col: Int32Array;
  readonly cost: Float64Array;
}

/** Regroups the rows of `m` by reduced cost under the prices `v` (O(entries)). */
export function bucketRows(m: CsrMatrix, v: Float64Array): BucketedRows {
  const { nRows, rowStart, colIndex, cost } = m;
  const nnz = rowStart[nRows]!;
  const thresholds = sampleThresholds(m, v, nnz);
  const buckets = thresholds.length + 1;
  const edge = new Float64Array(buckets);
  edge[0] = Number.NEGATIVE_INFINITY;
  edge.set(thresholds, 1);

  const bucketOf = new Uint8Array(nnz);
  const start = new Int32Array(nRows * (buckets + 1));
  const col = new Int32Array(nnz);
  const sortedCost = new Float64Array(nnz);
  const fill = new Int32Array(buckets);
  // EDGE_QUANTILES has 7 entries; held in locals so the loop below needs no array reads.
  const t0 = thresholds[0]!;
  const t1 = thresholds[1]!;
  const t2 = thresholds[2]!;
  const t3 = thresholds[3]!;
  const t4 = thresholds[4]!;
  const t5 = thresholds[5]!;
  const t6 = thresholds[6]!;
  for (let i = 0; i < nRows; i++) {
    const rs = rowStart[i]!;
    const re = rowStart[i + 1]!;
    fill.fill(0);
    for (let e = rs; e < re; e++) {
      const r = cost[e]! - v[colIndex[e]!]!;
      // Number of thresholds ≤ r, without branches (a binary search mispredicts half its tests).
      const b =
        (r >= t0 ? 1 : 0) +
        (r >= t1 ? 1 : 0) +
        (r >= t2 ? 1 : 0) +
        (r >= t3 ? 1 : 0) +
        (r >= t4 ? 1 : 0) +
        (r >= t5 ? 1 : 0) +
        (r >= t6 ? 1 : 0);
      bucketOf[e] = b;
      fill[b]!++;
    }
    const sb = i * (buckets + 1);
    let at = rs;
    for (let b = 0; b < buckets; b++) {
      start[sb + b] = at;
      const count = fill[b]!;
      fill[b] = at;
      at += count;
    }
    start[sb + buckets] = re;
    for (let e = rs; e < re; e++) {
      const to = fill[bucketOf[e]!]!++;
      col[to] = colIndex[e]!;
      sortedCost[to] = cost[e]!;
    }
  }
  return { buckets, edge, start, col, cost: sortedCost };
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
