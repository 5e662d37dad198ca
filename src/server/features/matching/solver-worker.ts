/**
 * Worker-thread entry: solves one assignment problem off the main thread, posting progress now and then
 * so the server keeps answering requests while national-scale problems solve, then works out the
 * alternatives the explanations need (when asked).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type AssignmentProblem, isOptimizerError, solveAssignment } from '../../../optimizer/index.ts';
import { type Alternatives, type AlternativesRequest, findAlternatives } from './find-alternatives.ts';

export type WorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: ReturnType<typeof solveAssignment>; alternatives: Alternatives | null }
  | { type: 'error'; code: string; message: string };

const post = (m: WorkerMessage) => parentPort?.postMessage(m);
const { problem, alternatives } = workerData as {
  problem: AssignmentProblem;
  alternatives: AlternativesRequest | null;
};
try {
  let last = 0;
  const onProgress = (fraction: number) => {
    if (fraction - last >= 0.01) {
      last = fraction;
      post({ type: 'progress', fraction });
    }
  };
  if (alternatives) {
    const solved = findAlternatives(problem, alternatives, { onProgress });
    post({ type: 'done', result: solved.result, alternatives: solved.alternatives });
  } else {
    post({ type: 'done', result: solveAssignment(problem, { onProgress }), alternatives: null });
  }
} catch (err) {
  post(
    isOptimizerError(err)
      ? { type: 'error', code: err.code, message: err.message }
      : { type: 'error', code: 'SOLVER_FAILED', message: err instanceof Error ? err.message : String(err) },
  );
}
