/**
 * The assignment solver: exact minimum-cost placement of people into posts.
 * Pure: imports nothing of the server, the database or the web (zod only for the input schema).
 */

export {
  type AlternativesExplorer,
  type BestForced,
  exploreAlternatives,
  type ForcedOptimum,
} from './alternatives.ts';
export type { CsrMatrix } from './csr.ts';
export { DENSE_TUNING, type DenseLapTuning, solveDenseLap } from './dense-lap.ts';
export { isOptimizerError, OptimizerError, type OptimizerErrorCode } from './errors.ts';
export { compareLex, type LexValue, positivePriorities } from './lex.ts';
export { MAX_SLOTS, MAX_TOTAL_SLOTS } from './problem-index.ts';
export { assignmentProblemSchema, parseAssignmentProblem } from './schema.ts';
export { solveAssignment } from './solve-assignment.ts';
export { SPARSE_TUNING, solveSparseLap } from './sparse-lap.ts';
export type {
  Assignment,
  AssignmentPair,
  AssignmentPost,
  AssignmentProblem,
  AssignmentResult,
  Id,
  LapSolution,
  LapTuning,
  SolveOptions,
} from './types.ts';
