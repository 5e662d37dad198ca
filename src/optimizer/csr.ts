/**
 * The sparse matrix format of the low-level solver: compressed sparse rows on typed arrays.
 */
import { OptimizerError } from './errors.ts';

/** A sparse cost matrix: row i has entries `colIndex[rowStart[i]…rowStart[i+1])` with costs `cost[…]`. */
export interface CsrMatrix {
  readonly nRows: number;
  readonly nCols: number;
  readonly rowStart: Int32Array;
  readonly colIndex: Int32Array;
  readonly cost: Float64Array;
}

const bad = (why: string) => new OptimizerError('INVALID_PROBLEM', `疎行列が不正です: ${why}`);

/**
 * Checks the matrix as a whole (sizes, nRows ≤ nCols, rowStart from 0 and non-decreasing) — O(rows).
 * The entries are checked row by row, before a row is first used ({@link checkRow}).
 *
 * @throws OptimizerError `INVALID_PROBLEM`.
 */
export function checkShape(m: CsrMatrix): void {
  const { nRows, nCols, rowStart, colIndex, cost } = m;
  if (!Number.isInteger(nRows) || !Number.isInteger(nCols) || nRows < 0 || nCols < 0) {
    throw bad('行数・列数は 0 以上の整数でなければなりません');
  }
  if (nRows > nCols) throw bad(`行数 (${nRows}) が列数 (${nCols}) を超えています`);
  if (rowStart.length !== nRows + 1 || rowStart[0] !== 0) throw bad('rowStart の長さまたは先頭が不正です');
  for (let i = 0; i < nRows; i++) {
    if (rowStart[i + 1]! < rowStart[i]!) throw bad(`rowStart が減少しています (行 ${i})`);
  }
  const nnz = rowStart[nRows]!;
  if (colIndex.length < nnz || cost.length < nnz) throw bad('colIndex または cost が短すぎます');
}

/**
 * Checks the entries of row i: columns in range and not repeated, finite costs. A row whose columns
 * increase is checked in one sequential pass, others against `stamps` (an Int32Array of nCols, reused
 * across rows); finiteness on the row's sum first, entry by entry only when the sum is not finite.
 * Returns 1 when the row lists every column in order (a dense row: its entry k is column k), which the
 * solver then reads without its column indices.
 *
 * @throws OptimizerError `INVALID_PROBLEM` naming the row.
 */
export function checkRow(m: CsrMatrix, i: number, stamps: Int32Array): 0 | 1 {
  const { nCols, rowStart, colIndex, cost } = m;
  const start = rowStart[i]!;
  const end = rowStart[i + 1]!;
  let previous = -1;
  let increasing = true;
  let sum = 0;
  for (let e = start; e < end; e++) {
    const j = colIndex[e]!;
    // One unsigned comparison catches negative and too large column numbers.
    if (j >>> 0 >= nCols) throw bad(`列番号 ${j} が範囲外です (行 ${i})`);
    if (j <= previous) increasing = false;
    previous = j;
    sum += cost[e]!;
  }
  if (!Number.isFinite(sum)) {
    for (let e = start; e < end; e++) {
      if (!Number.isFinite(cost[e]!)) throw bad(`行 ${i} 列 ${colIndex[e]} のコストが有限の数ではありません`);
    }
  }
  if (increasing) return end - start === nCols ? 1 : 0;
  for (let e = start; e < end; e++) {
    const j = colIndex[e]!;
    if (stamps[j] === i + 1) throw bad(`行 ${i} に列 ${j} が重複しています`);
    stamps[j] = i + 1;
  }
  return 0;
}

/**
 * Checks the whole matrix ({@link checkShape}, then {@link checkRow} for every row) and returns the
 * dense-row flags.
 *
 * @throws OptimizerError `INVALID_PROBLEM` naming the first offending row.
 */
export function validateCsr(m: CsrMatrix): Uint8Array {
  checkShape(m);
  const stamps = new Int32Array(m.nCols);
  const dense = new Uint8Array(m.nRows);
  for (let i = 0; i < m.nRows; i++) dense[i] = checkRow(m, i, stamps);
  return dense;
}
