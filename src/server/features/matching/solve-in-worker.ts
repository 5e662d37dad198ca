import { Worker } from 'node:worker_threads';
import type { AssignmentProblem, AssignmentResult } from '../../../optimizer/index.ts';
import type { Alternatives, AlternativesRequest } from './find-alternatives.ts';
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

export type Solved = { result: AssignmentResult; alternatives: Alternatives | null };

/**
 * Solves in a worker thread, and works out the alternatives when `alternatives` asks for them;
 * `cancel()` stops it at once (the promise then rejects with CANCELLED).
 */
export function solveInWorker(
  problem: AssignmentProblem,
  onProgress: (fraction: number) => void,
  alternatives: AlternativesRequest | null = null,
): { result: Promise<Solved>; cancel: () => void } {
  const worker = new Worker(WORKER_ENTRY, { workerData: { problem, alternatives } });
  let cancelled = false;
  const result = new Promise<Solved>((resolve, reject) => {
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') onProgress(m.fraction);
      else if (m.type === 'done') resolve({ result: m.result, alternatives: m.alternatives });
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
