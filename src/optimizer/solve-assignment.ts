/**
 * The object API: validate, formulate as a sparse rectangular assignment, solve exactly, and read
 * the matching back as people, posts and ids.
 */
import { checkpoint } from './control.ts';
import { OptimizerError } from './errors.ts';
import { effectivePenalties, type Formulation, formulate } from './formulate.ts';
import { type IndexedProblem, indexProblem } from './problem-index.ts';
import { solveSparseLap } from './sparse-lap.ts';
import type {
  Assignment,
  AssignmentProblem,
  AssignmentResult,
  Id,
  LapSolution,
  SolveOptions,
} from './types.ts';

/**
 * Returns a minimum-cost placement of `problem` (exact optimum; ties broken arbitrarily but
 * deterministically). Synchronous: the server runs it in a worker thread.
 *
 * totalCost = Σ chosen pair costs + unfilledPostCost × empty slots + unassignedPersonCost ×
 * unassigned people (an omitted penalty counts 0: its side is then either filled or free).
 *
 * @throws OptimizerError `INVALID_PROBLEM` (bad ids, duplicate ids or pairs, non-finite numbers,
 *   bad slots), `INFEASIBLE` (a side that must be filled cannot be), `CANCELLED` (signal aborted).
 */
export function solveAssignment(problem: AssignmentProblem, options?: SolveOptions): AssignmentResult {
  return solveFormulated(problem, options).result;
}

/** A solved problem with its intermediate forms: what the alternatives explorer needs. */
export interface SolvedFormulation {
  readonly ip: IndexedProblem;
  readonly form: Formulation;
  readonly lap: LapSolution;
  readonly result: AssignmentResult;
}

/** {@link solveAssignment}, keeping the indexed problem, the matrix and its optimal duals. */
export function solveFormulated(problem: AssignmentProblem, options?: SolveOptions): SolvedFormulation {
  checkpoint(options, 0);
  const ip = indexProblem(problem);
  const people = problem.people;
  const posts = problem.posts;
  const penalties = effectivePenalties(ip, problem.unassignedPersonCost, problem.unfilledPostCost);
  const describePerson = (i: number) => JSON.stringify(people[i]);
  const describePost = (p: number) => JSON.stringify(posts[p]!.id);
  const form = formulate(ip, penalties, describePerson, describePost);

  let lap: LapSolution;
  try {
    lap = solveSparseLap(form.matrix, options);
  } catch (error) {
    if (error instanceof OptimizerError && error.code === 'INFEASIBLE') {
      throw new OptimizerError(
        'INFEASIBLE',
        form.rows === 'people'
          ? '全職員の割当が必要ですが (unassignedPersonCost 未指定)、全員を異なる枠に割り当てる組合せが存在しません'
          : '全枠の充足が必要ですが (unfilledPostCost 未指定)、すべての枠を異なる職員で埋める組合せが存在しません',
      );
    }
    throw error;
  }

  const result = readBack(problem, ip, form, lap.rowToCol);
  checkpoint(options, 1);
  return { ip, form, lap, result };
}

/**
 * Reads a matching of the formulation back as people, posts and ids; totalCost is recomputed from
 * the original costs and penalties (no tier weights), in people order.
 */
export function readBack(
  problem: AssignmentProblem,
  ip: IndexedProblem,
  form: Formulation,
  rowToCol: Int32Array,
): AssignmentResult {
  const people = problem.people;
  const posts = problem.posts;
  // Read the matching back: postOf[i] = post index of person i (−1: unassigned).
  const postOf = new Int32Array(ip.nPeople).fill(-1);
  const nSlotCols = form.slotPost.length;
  for (let r = 0; r < form.matrix.nRows; r++) {
    const col = rowToCol[r]!;
    if (form.rows === 'people') {
      if (col < nSlotCols) postOf[r] = form.slotPost[col]!; // else a dummy column: unassigned
    } else {
      postOf[col] = form.slotPost[r]!;
    }
  }

  const filled = new Int32Array(ip.nPosts);
  const assignments: Assignment[] = [];
  const unassignedPeople: Id[] = [];
  let totalCost = 0;
  for (let i = 0; i < ip.nPeople; i++) {
    const p = postOf[i]!;
    if (p < 0) {
      unassignedPeople.push(people[i]!);
      continue;
    }
    assignments.push({ person: people[i]!, post: posts[p]!.id });
    filled[p]!++;
    totalCost += pairCostOf(ip, i, p);
  }
  const unfilledPosts: Id[] = [];
  for (let p = 0; p < ip.nPosts; p++) {
    for (let t = filled[p]!; t < ip.slots[p]!; t++) unfilledPosts.push(posts[p]!.id);
  }
  totalCost +=
    (problem.unassignedPersonCost ?? 0) * unassignedPeople.length +
    (problem.unfilledPostCost ?? 0) * unfilledPosts.length;
  return { assignments, totalCost, unfilledPosts, unassignedPeople };
}

/** The cost of the pair (person i, post p), which exists (a short scan of the person's pairs). */
export function pairCostOf(ip: IndexedProblem, i: number, p: number): number {
  for (let r = ip.personStart[i]!, end = ip.personStart[i + 1]!; r < end; r++) {
    const k = ip.byPerson[r]!;
    if (ip.pairPost[k] === p) return ip.pairCost[k]!;
  }
  throw new Error(`internal: no pair for person ${i} and post ${p}`);
}
