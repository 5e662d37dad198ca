import { Worker } from 'node:worker_threads';
import type { AssignmentProblem, AssignmentResult } from '../../../optimizer/index.ts';
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

/** Solves in a worker thread; `cancel()` stops it at once (the promise then rejects with CANCELLED). */
export function solveInWorker(
  problem: AssignmentProblem,
  onProgress: (fraction: number) => void,
): { result: Promise<AssignmentResult>; cancel: () => void } {
  const worker = new Worker(WORKER_ENTRY, { workerData: { problem } });
  let cancelled = false;
  const result = new Promise<AssignmentResult>((resolve, reject) => {
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
