import { performance } from 'node:perf_hooks';
import { type SolveOptions, solveAssignment } from '../../../optimizer/index.ts';
import { buildMatchingProblem } from './build-matching-problem.ts';
import { explainResult } from './explain-result.ts';
import { findAlternatives } from './find-alternatives.ts';
import type { MatchingInputs } from './load-matching-inputs.ts';
import type { RunResult } from './matching.schema.ts';

/**
 * A whole matching run from its inputs (pure, CPU only): the problem built under the rules, solved
 * exactly, the "what if" figures worked out, and the result explained. Runs in the solver's worker
 * thread (solve-in-worker.ts): at thousands of people building and explaining take seconds, which
 * would otherwise stop the server's main thread from answering anyone.
 */
export function planMatching(inputs: MatchingInputs, options?: SolveOptions): RunResult {
  const { compiled, alternatives } = buildMatchingProblem(inputs);
  const started = performance.now();
  const solved = alternatives
    ? findAlternatives(compiled.problem, alternatives, options)
    : { result: solveAssignment(compiled.problem, options), alternatives: null };
  return explainResult(compiled, solved, Math.round(performance.now() - started));
}
