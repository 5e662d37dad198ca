import { Worker } from 'node:worker_threads';
import type { MatchingInputs } from './load-matching-inputs.ts';
import type { RunResult } from './matching.schema.ts';
import type { WorkerMessage } from './solver-worker.ts';

const WORKER_ENTRY = new URL('./solver-worker-entry.mjs', import.meta.url);

export class SolverFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Runs a whole matching run (plan-matching.ts: build, solve, explain) in a worker thread, the main
 * thread meanwhile free to answer requests; `cancel()` stops it at once (the promise then rejects with
 * CANCELLED). Errors of the optimizer (INFEASIBLE, …) reject with their code and Japanese message.
 */
export function solveInWorker(
  inputs: MatchingInputs,
  onProgress: (fraction: number) => void,
): { result: Promise<RunResult>; cancel: () => void } {
  const worker = new Worker(WORKER_ENTRY, { workerData: inputs });
  let cancelled = false;
  const result = new Promise<RunResult>((resolve, reject) => {
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') onProgress(m.fraction);
      else if (m.type === 'done') resolve(m.result);
      else reject(new SolverFailure(m.code, m.message));
    });
    worker.on('error', (err) => reject(new SolverFailure('SOLVER_FAILED', err.message)));
    worker.on('exit', () => {
      if (cancelled) reject(new SolverFailure('CANCELLED', '計算を中止しました'));
    });
  }).finally(() => void worker.terminate());
  return {
    result,
    cancel: () => {
      cancelled = true;
      void worker.terminate();
    },
  };
}
