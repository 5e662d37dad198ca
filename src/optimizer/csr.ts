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

/**
 * Checks the structure the solver relies on: nRows ≤ nCols, rowStart non-decreasing from 0, columns
 * in range and not repeated within a row, finite costs. O(entries) with one stamp array.
 *
 * @throws OptimizerError `INVALID_PROBLEM` naming the first offending row.
 */
export function validateCsr(m: CsrMatrix): void {
  const { nRows, nCols, rowStart, colIndex, cost } = m;
  const bad = (why: string) => new OptimizerError('INVALID_PROBLEM', `疎行列が不正です: ${why}`);
  if (!Number.isInteger(nRows) || !Number.isInteger(nCols) || nRows < 0 || nCols < 0) {
    throw bad('行数・列数は 0 以上の整数でなければなりません');
  }
  if (nRows > nCols) throw bad(`行数 (${nRows}) が列数 (${nCols}) を超えています`);
  if (rowStart.length !== nRows + 1 || rowStart[0] !== 0) throw bad('rowStart の長さまたは先頭が不正です');
  const nnz = rowStart[nRows]!;
  if (colIndex.length < nnz || cost.length < nnz) throw bad('colIndex または cost が短すぎます');
  const seen = new Int32Array(nCols);
  for (let i = 0; i < nRows; i++) {
    const start = rowStart[i]!;
    const end = rowStart[i + 1]!;
    if (end < start) throw bad(`rowStart が減少しています (行 ${i})`);
    for (let e = start; e < end; e++) {
      const j = colIndex[e]!;
      if (j < 0 || j >= nCols) throw bad(`列番号 ${j} が範囲外です (行 ${i})`);
      if (seen[j] === i + 1) throw bad(`行 ${i} に列 ${j} が重複しています`);
      seen[j] = i + 1;
      if (!Number.isFinite(cost[e]!)) throw bad(`行 ${i} 列 ${j} のコストが有限の数ではありません`);
    }
  }
}
