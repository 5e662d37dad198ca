/**
 * The order the optimum minimises when posts have priorities: empty slots of the highest priority
 * first, then of the next, down to priority 1, then the total cost.
 */
import type { AssignmentProblem } from './types.ts';

/** A solution's rank: empty slots per positive priority (highest priority first), then the cost. */
export interface LexValue {
  /** Empty slots of each distinct positive priority, from the highest priority down. */
  readonly empties: number[];
  readonly cost: number;
}

/** Distinct positive priorities of the problem, highest first. */
export function positivePriorities(problem: AssignmentProblem): number[] {
  return [...new Set(problem.posts.map((p) => p.priority ?? 0))].filter((p) => p > 0).sort((a, b) => b - a);
}

/** Negative when a ranks before b (fewer empty high-priority slots, then lower cost). */
export function compareLex(a: LexValue, b: LexValue, tolerance = 0): number {
  for (let k = 0; k < a.empties.length; k++) {
    const d = a.empties[k]! - b.empties[k]!;
    if (d !== 0) return d;
  }
  const d = a.cost - b.cost;
  return Math.abs(d) <= tolerance ? 0 : d;
}
