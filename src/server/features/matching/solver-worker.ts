/**
 * Worker-thread entry: one whole matching run off the main thread (plan-matching.ts: the problem built
 * under the rules, solved, its alternatives worked out and explained), posting progress now and then,
 * so the server keeps answering requests while large problems build and solve.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isOptimizerError } from '../../../optimizer/index.ts';
import type { MatchingInputs } from './load-matching-inputs.ts';
import type { RunResult } from './matching.schema.ts';
import { planMatching } from './plan-matching.ts';

export type WorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: RunResult }
  | { type: 'error'; code: string; message: string };

const post = (m: WorkerMessage) => parentPort?.postMessage(m);
try {
  let last = 0;
  const onProgress = (fraction: number) => {
    if (fraction - last >= 0.01) {
      last = fraction;
      post({ type: 'progress', fraction });
    }
  };
  post({ type: 'done', result: planMatching(workerData as MatchingInputs, { onProgress }) });
} catch (err) {
  post(
    isOptimizerError(err)
      ? { type: 'error', code: err.code, message: err.message }
      : { type: 'error', code: 'SOLVER_FAILED', message: err instanceof Error ? err.message : String(err) },
  );
}
