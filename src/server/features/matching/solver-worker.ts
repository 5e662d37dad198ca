/**
 * Worker-thread entry: solves one assignment problem off the main thread, posting progress now and then
 * so the server keeps answering requests while national-scale problems solve.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type AssignmentProblem, isOptimizerError, solveAssignment } from '../../../optimizer/index.ts';

export type WorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: ReturnType<typeof solveAssignment> }
  | { type: 'error'; code: string; message: string };

const post = (m: WorkerMessage) => parentPort?.postMessage(m);
const { problem } = workerData as { problem: AssignmentProblem };
try {
  let last = 0;
  const result = solveAssignment(problem, {
    onProgress: (fraction) => {
      if (fraction - last >= 0.01) {
        last = fraction;
        post({ type: 'progress', fraction });
      }
    },
  });
  post({ type: 'done', result });
} catch (err) {
  post(
    isOptimizerError(err)
      ? { type: 'error', code: err.code, message: err.message }
      : { type: 'error', code: 'SOLVER_FAILED', message: err instanceof Error ? err.message : String(err) },
  );
}
