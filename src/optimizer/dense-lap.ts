/**
 * Exact minimum-cost assignment on a dense n×n cost matrix (row-major Float64Array): the
 * Jonker–Volgenant algorithm (1987) — column reduction, reduction transfer, augmenting row
 * reduction, then shortest augmenting paths with JV's "scan list" (every column at the current
 * minimum distance is scanned before the next minimum is searched, and an unmatched column at the
 * minimum ends the search at once — the cheap way through tie-heavy integer costs).
 *
 * Three additions, all measured on the bench (bench/optimizer.bench.ts):
 * - after the column reduction, rows left without a column take any untaken column with zero
 *   reduced cost (on tie-heavy costs this halves the rows left for the expensive phases);
 * - rows with identical costs (common: costs computed from a few attributes of each person) are
 *   detected once; a search scans only the first of them it reaches, the others cannot improve
 *   any distance (identical rows have identical duals);
 * - each search is bounded by the nearest unmatched column reached so far, and a row scanned with a
 *   low enough bound reads only its cheapest entries, kept in reduced-cost buckets (dense-buckets.ts;
 *   on tie-heavy costs without identical rows this more than halved the time).
 */
import { checkpoint } from './control.ts';
import { copyRow, denseBuckets } from './dense-buckets.ts';
import { augmentingRowReduction, columnReduction, type DenseState } from './dense-reduction.ts';
import { OptimizerError } from './errors.ts';
import type { LapSolution, LapTuning, SolveOptions } from './types.ts';

const PROGRESS_EVERY = 64;

/** Knobs of the initial phases and of the identical-row shortcut; the result is the same optimum. */
export interface DenseLapTuning extends LapTuning {
  readonly identicalRows: boolean;
  /**
   * Edges of the buckets of each row's cheapest entries for the shortest paths, as quantiles of the
   * reduced costs (increasing; the last is the share of entries copied); empty: every scan reads the
   * whole row.
   */
  readonly bucketQuantiles: readonly number[];
}

/** Measured on bench/optimizer.bench.ts (docs/decisions/002-exact-assignment-solver.md). */
export const DENSE_TUNING: DenseLapTuning = {
  rowReductionPasses: 2,
  bidsPerRow: 2,
  identicalRows: true,
  bucketQuantiles: [1 / 256, 1 / 128, 1 / 64, 1 / 32, 1 / 16, 1 / 8],
};

/**
 * Solves the square assignment problem: row i gets column `rowToCol[i]`, all distinct, minimising
 * Σ cost[i·n + rowToCol[i]]. Costs must be finite. The matrix is not modified.
 *
 * @throws OptimizerError `INVALID_PROBLEM` for a wrong size or a non-finite cost, `CANCELLED` when
 *   `options.signal` is aborted.
 */
export function solveDenseLap(
  n: number,
  cost: Float64Array,
  options?: SolveOptions,
  tuning: DenseLapTuning = DENSE_TUNING,
): LapSolution {
  if (!Number.isInteger(n) || n < 0 || cost.length !== n * n) {
    throw new OptimizerError('INVALID_PROBLEM', `密行列の大きさが不正です (n = ${n}, 要素数 ${cost.length})`);
  }
  const s: DenseState = {
    n,
    cost,
    x: new Int32Array(n).fill(-1),
    y: new Int32Array(n).fill(-1),
    v: new Float64Array(n),
    free: new Int32Array(n),
    numFree: 0,
  };
  const rowClass = columnReduction(s, tuning.identicalRows);
  for (let pass = 0; pass < tuning.rowReductionPasses && s.numFree > 0; pass++) {
    augmentingRowReduction(s, tuning.bidsPerRow);
  }
  augment(s, rowClass, tuning.bucketQuantiles, options);

  let total = 0;
  for (let i = 0; i < n; i++) total += cost[i * n + s.x[i]!]!;
  return { rowToCol: s.x, colToRow: s.y, totalCost: total, columnPrices: s.v };
}

/**
 * JV augmentation: a Dijkstra per free row. Every pass runs over all n columns in order, not over
 * JV's permuted "todo" list: a sequential pass streams the cost row through the prefetcher, while
 * the gather through a permutation misses the cache on every column once the matrix outgrows it
 * (measured: ×1.5–2.5 slower). Settled columns are excluded by setting their distance to −∞ (their
 * distance is kept aside for the price update).
 *
 * Distances are kept shifted by the column price, e[j] = d[j] + v[j], so the relaxation
 * c − v[j] − h0 < d[j] ⟺ c − h0 < e[j] reads the cost and e only (v only when it succeeds).
 *
 * A search is bounded by the nearest unmatched column reached so far (every column is reached by the
 * free row's own scan, so there is a bound at once): a relaxation to that distance or beyond cannot
 * be on the shortest path. A row scanned with a bound below the top edge of its buckets reads only
 * its cheapest entries (dense-buckets.ts) instead of all n; on tie-heavy integer costs most scans
 * explore a plateau a few units below the bound.
 */
function augment(
  s: DenseState,
  rowClass: Int32Array,
  quantiles: readonly number[],
  options: SolveOptions | undefined,
): void {
  const { n, cost, x, y, v, free, numFree } = s;
  if (numFree === 0) return;
  const SETTLED = Number.NEGATIVE_INFINITY;
  const e = new Float64Array(n);
  const pred = new Int32Array(n);
  const scan = new Int32Array(n);
  const readyCol = new Int32Array(n);
  const readyD = new Float64Array(n);
  const classSeen = new Int32Array(n);
  const rows = denseBuckets(n, cost, v, quantiles);
  const { buckets, edge, start } = rows;
  const topEdge = edge[buckets]!;
  for (let q = 0; q < numFree; q++) {
    if (q % PROGRESS_EVERY === 0) checkpoint(options, (n - numFree + q) / Math.max(1, n));
    const f = free[q]!;
    const stamp = q + 1;
    classSeen[rowClass[f]!] = stamp;
    const fBase = f * n;
    // Distances from the free row, the columns at their minimum mu, the nearest unmatched column.
    let mu = Number.POSITIVE_INFINITY;
    let top = 0;
    let bound = Number.POSITIVE_INFINITY;
    for (let j = 0; j < n; j++) {
      const c = cost[fBase + j]!;
      e[j] = c;
      pred[j] = f;
      const h = c - v[j]!;
      if (h < bound && y[j]! < 0) bound = h;
      if (h <= mu) {
        if (h < mu) {
          mu = h;
          top = 0;
        }
        scan[top++] = j;
      }
    }
    let numReady = 0;
    let endCol = -1;
    for (;;) {
      for (let t = 0; t < top; t++) {
        if (y[scan[t]!]! < 0) {
          endCol = scan[t]!;
          break;
        }
      }
      if (endCol >= 0) break;
      while (top > 0 && endCol < 0) {
        const j1 = scan[--top]!;
        readyCol[numReady] = j1;
        readyD[numReady++] = e[j1]! - v[j1]!;
        e[j1] = SETTLED;
        const i = y[j1]!;
        const cls = rowClass[i]!;
        if (classSeen[cls] === stamp) continue;
        classSeen[cls] = stamp;
        const base = i * n;
        // Row i is at distance mu; h0 = its dual u_i − mu. Column j gets c − v[j] − h0; only
        // entries with c − v[j] < bound + h0 can improve on the bound.
        const h0 = cost[base + j1]! - v[j1]! - mu;
        if (bound + h0 <= topEdge) {
          if (rows.copied[i] === 0) copyRow(rows, i, n, cost, v);
          const col = rows.col;
          const pooled = rows.cost;
          const sb = i * (buckets + 1);
          // The same relaxation as the full scan below, over the buckets below the bound.
          for (let b = 0; b < buckets && edge[b]! < bound + h0 && endCol < 0; b++) {
            const to = start[sb + b + 1]!;
            for (let k = start[sb + b]!; k < to; k++) {
              const j = col[k]!;
              const g = pooled[k]! - h0;
              if (g < e[j]!) {
                const vj = v[j]!;
                const h = g - vj;
                const wasAbove = e[j]! - vj > mu;
                e[j] = g;
                pred[j] = i;
                if (y[j]! < 0) {
                  if (h < bound) bound = h;
                  if (h <= mu) {
                    endCol = j;
                    break;
                  }
                } else if (wasAbove && h <= mu) {
                  // Reached the current minimum (and was above it, so it is not listed yet).
                  scan[top++] = j;
                }
              }
            }
          }
          continue;
        }
        for (let j = 0; j < n; j++) {
          const g = cost[base + j]! - h0;
          if (g < e[j]!) {
            const vj = v[j]!;
            const h = g - vj;
            const wasAbove = e[j]! - vj > mu;
            e[j] = g;
            pred[j] = i;
            if (y[j]! < 0) {
              if (h < bound) bound = h;
              if (h <= mu) {
                endCol = j;
                break;
              }
            } else if (wasAbove && h <= mu) {
              scan[top++] = j;
            }
          }
        }
      }
      if (endCol >= 0) break;
      // Scan list exhausted: the next minimum over the columns not settled yet.
      mu = Number.POSITIVE_INFINITY;
      for (let j = 0; j < n; j++) {
        const ej = e[j]!;
        if (ej !== SETTLED) {
          const dj = ej - v[j]!;
          if (dj <= mu) {
            if (dj < mu) {
              mu = dj;
              top = 0;
            }
            scan[top++] = j;
          }
        }
      }
    }
    // Settled columns: keeps reduced costs ≥ 0 and makes the path tight.
    for (let r = 0; r < numReady; r++) {
      const j = readyCol[r]!;
      v[j] = v[j]! + readyD[r]! - mu;
    }
    let j = endCol;
    for (;;) {
      const i = pred[j]!;
      y[j] = i;
      const previous = x[i]!;
      x[i] = j;
      if (i === f) break;
      j = previous;
    }
  }
}
