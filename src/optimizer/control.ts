/**
 * Progress and cancellation for the synchronous solvers. They run in a worker thread, so "cancel"
 * means: the owner aborts the signal and the solver notices at its next checkpoint.
 */
import { OptimizerError } from './errors.ts';
import type { SolveOptions } from './types.ts';

/** Solvers call this every few hundred augmentations: throws if cancelled, then reports progress. */
export function checkpoint(options: SolveOptions | undefined, fraction: number): void {
  if (options === undefined) return;
  if (options.signal?.aborted) {
    throw new OptimizerError('CANCELLED', '割当の計算が取り消されました');
  }
  options.onProgress?.(Math.min(1, Math.max(0, fraction)));
}
