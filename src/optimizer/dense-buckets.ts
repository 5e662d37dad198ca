/**
 * The cheapest entries of each row of a dense matrix, copied out and grouped into a few buckets of
 * increasing reduced cost c − v taken at the moment the row is copied (dense-lap.ts's shortest
 * paths). Column prices v only fall during the shortest paths, so reduced costs only grow: a bucket's
 * lower edge stays a lower bound of every entry in it, and the entries not copied stay at or above
 * the top edge. A scan that only wants entries below some bound (the nearest unmatched column found
 * so far) reads the buckets below it — usually a few percent of the row — instead of the whole row,
 * or the whole row when the bound is above the top edge.
 *
 * Only the cheapest ~1/8 of the entries are copied (12 bytes each), and a row is copied the first
 * time a scan can use it, so rows never scanned that way cost nothing.
 */

/** The buckets of the rows copied so far. Bucket b of row i is `col/cost[start[i·(B+1)+b] … start[i·(B+1)+b+1])`. */
export interface DenseBuckets {
  /** Number of buckets B. */
  readonly buckets: number;
  /** edge[b] is the lower bound of bucket b (edge[0] = −∞); edge[B] bounds every entry not copied. */
  readonly edge: Float64Array;
  readonly start: Int32Array;
  /** 1 once the row is copied. */
  readonly copied: Uint8Array;
  /** Scratch of {@link copyRow}: entries per bucket, then where each bucket's next entry goes. */
  readonly counts: Int32Array;
  /** Scratch of {@link copyRow}: the bucket of each column of the row being copied (255: not copied). */
  readonly bucketOf: Uint8Array;
  /** Column of each copied entry; replaced when the pool grows (read it after {@link copyRow}). */
  col: Int32Array;
  /** Cost of each copied entry; replaced when the pool grows. */
  cost: Float64Array;
  used: number;
}

const SAMPLE = 4096;
const NOT_COPIED = 255;

/**
 * Sets up empty buckets for the n×n matrix `cost` with edges at the given `quantiles` (increasing,
 * in (0, 1]) of the reduced costs c − v now, estimated on an evenly spaced sample of entries. The
 * last quantile is the share of entries that will be copied.
 */
export function denseBuckets(
  n: number,
  cost: Float64Array,
  v: Float64Array,
  quantiles: readonly number[],
): DenseBuckets {
  const buckets = quantiles.length;
  const entries = n * n;
  const size = Math.min(SAMPLE, entries);
  const sample = new Float64Array(size);
  for (let k = 0; k < size; k++) {
    const e = Math.floor((k * entries) / size);
    sample[k] = cost[e]! - v[e % n]!;
  }
  sample.sort();
  const edge = new Float64Array(buckets + 1);
  edge[0] = Number.NEGATIVE_INFINITY;
  // Non-decreasing; equal edges (integer costs) just leave empty buckets between them.
  for (let b = 0; b < buckets; b++) {
    edge[b + 1] =
      size > 0 ? sample[Math.min(size - 1, Math.floor(quantiles[b]! * size))]! : Number.NEGATIVE_INFINITY;
  }
  const capacity = Math.max(1024, 4 * n);
  return {
    buckets,
    edge,
    start: new Int32Array(n * (buckets + 1)),
    copied: new Uint8Array(n),
    counts: new Int32Array(buckets),
    bucketOf: new Uint8Array(n),
    col: new Int32Array(capacity),
    cost: new Float64Array(capacity),
    used: 0,
  };
}

/** Copies the entries of row i below the top edge into their buckets, by their reduced costs under `v` now. */
export function copyRow(rows: DenseBuckets, i: number, n: number, cost: Float64Array, v: Float64Array): void {
  const { buckets, edge, counts, bucketOf } = rows;
  const base = i * n;
  const top = edge[buckets]!;
  counts.fill(0);
  let copied = 0;
  for (let j = 0; j < n; j++) {
    const r = cost[base + j]! - v[j]!;
    let b = NOT_COPIED;
    if (r < top) {
      b = 0;
      while (b + 1 < buckets && r >= edge[b + 1]!) b++;
      counts[b]!++;
      copied++;
    }
    bucketOf[j] = b;
  }
  if (rows.used + copied > rows.col.length) grow(rows, rows.used + copied);
  const sb = i * (buckets + 1);
  let at = rows.used;
  for (let b = 0; b < buckets; b++) {
    rows.start[sb + b] = at;
    const count = counts[b]!;
    counts[b] = at;
    at += count;
  }
  rows.start[sb + buckets] = at;
  const col = rows.col;
  const pooled = rows.cost;
  for (let j = 0; j < n; j++) {
    const b = bucketOf[j]!;
    if (b === NOT_COPIED) continue;
    const to = counts[b]!++;
    col[to] = j;
    pooled[to] = cost[base + j]!;
  }
  rows.used = at;
  rows.copied[i] = 1;
}

function grow(rows: DenseBuckets, needed: number): void {
  const col = new Int32Array(Math.max(needed, rows.col.length * 2));
  const cost = new Float64Array(col.length);
  col.set(rows.col.subarray(0, rows.used));
  cost.set(rows.cost.subarray(0, rows.used));
  rows.col = col;
  rows.cost = cost;
}
