import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CsrMatrix } from './csr.ts';
import { DENSE_TUNING, type DenseLapTuning, solveDenseLap } from './dense-lap.ts';
import { OptimizerError } from './errors.ts';
import { SPARSE_TUNING, solveSparseLap } from './sparse-lap.ts';
import type { LapSolution, LapTuning } from './types.ts';

/**
 * Each phase tested on its own: the defaults; no row reduction (shortest paths do all the work left
 * by the column reduction); a bid budget so small it runs out at once.
 */
const SPARSE_VARIANTS: LapTuning[] = [
  SPARSE_TUNING,
  { rowReductionPasses: 0, bidsPerRow: 0 },
  { rowReductionPasses: 2, bidsPerRow: 0.01 },
];
const DENSE_VARIANTS: DenseLapTuning[] = [
  DENSE_TUNING,
  { rowReductionPasses: 0, bidsPerRow: 0, identicalRows: false, bucketQuantiles: [] },
  {
    rowReductionPasses: 0,
    bidsPerRow: 0,
    identicalRows: true,
    bucketQuantiles: DENSE_TUNING.bucketQuantiles,
  },
  { rowReductionPasses: 2, bidsPerRow: 0.01, identicalRows: true, bucketQuantiles: [] },
  // Buckets holding (nearly) every entry, so that most scans read buckets rather than rows.
  { rowReductionPasses: 0, bidsPerRow: 0, identicalRows: false, bucketQuantiles: [1 / 8, 1 / 2, 1] },
];

/** mulberry32, for reproducible larger instances. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The full n×n matrix as CSR (every entry present). */
function denseToCsr(n: number, cost: Float64Array): CsrMatrix {
  const rowStart = Int32Array.from({ length: n + 1 }, (_, i) => i * n);
  const colIndex = Int32Array.from({ length: n * n }, (_, e) => e % n);
  return { nRows: n, nCols: n, rowStart, colIndex, cost };
}

/** Brute-force optimum over all injective maps rows → columns restricted to allowed entries. */
function bruteForce(
  nRows: number,
  nCols: number,
  at: (i: number, j: number) => number | undefined,
): number | null {
  const used = new Array<boolean>(nCols).fill(false);
  let best: number | null = null;
  const visit = (i: number, sum: number): void => {
    if (i === nRows) {
      if (best === null || sum < best) best = sum;
      return;
    }
    for (let j = 0; j < nCols; j++) {
      const c = at(i, j);
      if (used[j] || c === undefined) continue;
      used[j] = true;
      visit(i + 1, sum + c);
      used[j] = false;
    }
  };
  visit(0, 0);
  return best;
}

/** Checks that the solution is a matching through existing entries and that its total adds up. */
function checkSolution(m: CsrMatrix, sol: LapSolution): void {
  let total = 0;
  const taken = new Set<number>();
  for (let i = 0; i < m.nRows; i++) {
    const j = sol.rowToCol[i]!;
    expect(taken.has(j)).toBe(false);
    taken.add(j);
    expect(sol.colToRow[j]).toBe(i);
    let found: number | undefined;
    for (let e = m.rowStart[i]!; e < m.rowStart[i + 1]!; e++) if (m.colIndex[e] === j) found = m.cost[e];
    expect(found).toBeDefined();
    total += found ?? 0;
  }
  expect(sol.totalCost).toBeCloseTo(total, 9);
}

/**
 * Checks the column prices of a solution on a matrix with every entry present: with
 * u_i = c(i, rowToCol[i]) − v[rowToCol[i]], every reduced cost c(i, j) − u_i − v_j is ≥ 0 (the bound
 * the explanations of forced pairs rely on; matched entries are tight by the definition of u).
 */
function checkDuals(n: number, cost: Float64Array, sol: LapSolution): void {
  const v = sol.columnPrices;
  let worst = 0;
  for (let i = 0; i < n; i++) {
    const ji = sol.rowToCol[i]!;
    const u = cost[i * n + ji]! - v[ji]!;
    for (let j = 0; j < n; j++) {
      const c = cost[i * n + j]!;
      const slack = (c - u - v[j]!) / (1 + Math.abs(c));
      if (slack < worst) worst = slack;
    }
  }
  expect(worst).toBeGreaterThanOrEqual(-1e-9);
}

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof OptimizerError) return error.code;
    throw error;
  }
}

const smallMatrix = fc.integer({ min: 1, max: 7 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    cost: fc.oneof(
      fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n * n, maxLength: n * n }), // ties
      fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: n * n, maxLength: n * n }),
    ),
  }),
);

describe('dense and sparse solvers against brute force', () => {
  it('both find the optimum of small square matrices, ties included', () => {
    fc.assert(
      fc.property(smallMatrix, ({ n, cost }) => {
        const c = Float64Array.from(cost);
        const best = bruteForce(n, n, (i, j) => c[i * n + j]);
        for (const tuning of DENSE_VARIANTS) {
          const dense = solveDenseLap(n, c, undefined, tuning);
          expect(dense.totalCost).toBeCloseTo(best ?? Number.NaN, 9);
          checkSolution(denseToCsr(n, c), dense);
          checkDuals(n, c, dense);
        }
        for (const tuning of SPARSE_VARIANTS) {
          const sparse = solveSparseLap(denseToCsr(n, c), undefined, tuning);
          expect(sparse.totalCost).toBeCloseTo(best ?? Number.NaN, 9);
          checkSolution(denseToCsr(n, c), sparse);
        }
      }),
      { numRuns: 800 },
    );
  });

  it('sparse: rectangular and missing entries, or INFEASIBLE exactly when brute force finds nothing', () => {
    const arb = fc
      .record({ nRows: fc.integer({ min: 0, max: 5 }), extra: fc.integer({ min: 0, max: 3 }) })
      .chain(({ nRows, extra }) =>
        fc.record({
          nRows: fc.constant(nRows),
          nCols: fc.constant(nRows + extra),
          cells: fc.array(fc.option(fc.integer({ min: -10, max: 10 }), { nil: undefined, freq: 2 }), {
            minLength: nRows * (nRows + extra),
            maxLength: nRows * (nRows + extra),
          }),
        }),
      );
    fc.assert(
      fc.property(arb, ({ nRows, nCols, cells }) => {
        const rowStart = new Int32Array(nRows + 1);
        const cols: number[] = [];
        const costs: number[] = [];
        for (let i = 0; i < nRows; i++) {
          for (let j = 0; j < nCols; j++) {
            const c = cells[i * nCols + j];
            if (c !== undefined) {
              cols.push(j);
              costs.push(c);
            }
          }
          rowStart[i + 1] = cols.length;
        }
        const m: CsrMatrix = {
          nRows,
          nCols,
          rowStart,
          colIndex: Int32Array.from(cols),
          cost: Float64Array.from(costs),
        };
        const best = bruteForce(nRows, nCols, (i, j) => cells[i * nCols + j]);
        for (const tuning of SPARSE_VARIANTS) {
          if (best === null) {
            expect(codeOf(() => solveSparseLap(m, undefined, tuning))).toBe('INFEASIBLE');
          } else {
            const sol = solveSparseLap(m, undefined, tuning);
            expect(sol.totalCost).toBe(best);
            checkSolution(m, sol);
          }
        }
      }),
      { numRuns: 800 },
    );
  });
});

describe('dense and sparse solvers agree on larger instances', () => {
  /** Tie-heavy integer costs from a few attributes (many identical rows), like the placement model. */
  function attributeCosts(n: number, rnd: () => number): Float64Array {
    const kind = Array.from({ length: n }, () => Math.floor(rnd() * 4));
    const town = Array.from({ length: n }, () => Math.floor(rnd() * 5));
    const postKind = Array.from({ length: n }, () => Math.floor(rnd() * 4));
    const postTown = Array.from({ length: n }, () => Math.floor(rnd() * 5));
    const c = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        c[i * n + j] =
          10 * Math.min(2, Math.abs(kind[i]! - postKind[j]!)) + 3 * Math.abs(town[i]! - postTown[j]!);
      }
    }
    return c;
  }

  it.each([
    [
      'uniform reals',
      150,
      (rnd: () => number, n: number) => Float64Array.from({ length: n * n }, () => rnd() * 1000),
    ],
    [
      'small integers',
      150,
      (rnd: () => number, n: number) => Float64Array.from({ length: n * n }, () => Math.floor(rnd() * 5)),
    ],
    ['attribute model (identical rows)', 200, (rnd: () => number, n: number) => attributeCosts(n, rnd)],
    [
      'attribute model plus a random integer per pair (ties, no identical rows)',
      300,
      (rnd: () => number, n: number) => {
        const c = attributeCosts(n, rnd);
        for (let e = 0; e < c.length; e++) c[e]! += Math.floor(rnd() * 10);
        return c;
      },
    ],
    [
      'uniform reals, n = 400 (row reduction budget runs out)',
      400,
      (rnd: () => number, n: number) => Float64Array.from({ length: n * n }, () => rnd()),
    ],
  ])('%s', (_name, n, make) => {
    for (let seed = 1; seed <= 2; seed++) {
      const c = make(prng(seed), n);
      const reference = solveSparseLap(denseToCsr(n, c)).totalCost;
      for (const tuning of DENSE_VARIANTS) {
        const dense = solveDenseLap(n, c, undefined, tuning);
        expect(dense.totalCost).toBeCloseTo(reference, 6);
        checkSolution(denseToCsr(n, c), dense);
        checkDuals(n, c, dense);
      }
      for (const tuning of SPARSE_VARIANTS) {
        const sparse = solveSparseLap(denseToCsr(n, c), undefined, tuning);
        expect(sparse.totalCost).toBeCloseTo(reference, 6);
        checkSolution(denseToCsr(n, c), sparse);
      }
    }
  });

  it('a sparse instance equals the dense one with a prohibitive cost on missing entries', () => {
    const n = 120;
    const rnd = prng(7);
    const big = 1e7; // > n × the largest cost: never chosen when a perfect matching exists
    const dense = new Float64Array(n * n).fill(big);
    const rowStart = new Int32Array(n + 1);
    const cols: number[] = [];
    const costs: number[] = [];
    const perm = Array.from({ length: n }, (_, i) => (i * 37 + 11) % n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (j === perm[i] || rnd() < 0.1) {
          const c = Math.floor(rnd() * 1000);
          dense[i * n + j] = c;
          cols.push(j);
          costs.push(c);
        }
      }
      rowStart[i + 1] = cols.length;
    }
    const m: CsrMatrix = {
      nRows: n,
      nCols: n,
      rowStart,
      colIndex: Int32Array.from(cols),
      cost: Float64Array.from(costs),
    };
    const sparse = solveSparseLap(m);
    checkSolution(m, sparse);
    expect(solveDenseLap(n, dense).totalCost).toBe(sparse.totalCost);
  });
});

describe('low-level input checks', () => {
  const ok = (): CsrMatrix => ({
    nRows: 2,
    nCols: 2,
    rowStart: Int32Array.of(0, 2, 4),
    colIndex: Int32Array.of(0, 1, 0, 1),
    cost: Float64Array.of(1, 2, 3, 4),
  });

  it('accepts a well-formed matrix', () => {
    expect(solveSparseLap(ok()).totalCost).toBe(5);
  });

  it.each<[string, (m: CsrMatrix) => CsrMatrix]>([
    ['a repeated column in a row', (m) => ({ ...m, colIndex: Int32Array.of(0, 0, 0, 1) })],
    ['a column out of range', (m) => ({ ...m, colIndex: Int32Array.of(0, 2, 0, 1) })],
    ['a NaN cost', (m) => ({ ...m, cost: Float64Array.of(1, Number.NaN, 3, 4) })],
    ['an infinite cost', (m) => ({ ...m, cost: Float64Array.of(1, 2, Number.NEGATIVE_INFINITY, 4) })],
    ['more rows than columns', (m) => ({ ...m, nCols: 1 })],
    ['a decreasing rowStart', (m) => ({ ...m, rowStart: Int32Array.of(0, 3, 2) })],
  ])('sparse rejects %s', (_name, spoil) => {
    expect(codeOf(() => solveSparseLap(spoil(ok())))).toBe('INVALID_PROBLEM');
  });

  it('dense rejects a wrong size and non-finite costs', () => {
    expect(codeOf(() => solveDenseLap(2, new Float64Array(3)))).toBe('INVALID_PROBLEM');
    expect(codeOf(() => solveDenseLap(2, Float64Array.of(1, 2, Number.NaN, 4)))).toBe('INVALID_PROBLEM');
    expect(codeOf(() => solveDenseLap(2, Float64Array.of(1, Number.POSITIVE_INFINITY, 3, 4)))).toBe(
      'INVALID_PROBLEM',
    );
  });

  it('dense accepts huge finite costs whose row hash overflows', () => {
    const c = Float64Array.of(1e308, 1e308, 1e308, 0);
    expect(solveDenseLap(2, c).totalCost).toBe(1e308);
  });

  it('sparse: a square matrix with an empty column is infeasible', () => {
    const m: CsrMatrix = {
      nRows: 2,
      nCols: 2,
      rowStart: Int32Array.of(0, 1, 2),
      colIndex: Int32Array.of(0, 0),
      cost: Float64Array.of(1, 1),
    };
    expect(codeOf(() => solveSparseLap(m))).toBe('INFEASIBLE');
  });

  it('does not modify its input', () => {
    const m = ok();
    const before = [...m.cost, ...m.colIndex];
    solveSparseLap(m);
    expect([...m.cost, ...m.colIndex]).toEqual(before);
    const c = Float64Array.of(4, 1, 2, 3);
    solveDenseLap(2, c);
    expect([...c]).toEqual([4, 1, 2, 3]);
  });
});
