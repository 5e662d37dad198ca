/**
 * The public contract of the assignment solver: the problem and the result, in the same shape as the
 * JSON files of `dxship match`.
 */

/** A person or post id, kept exactly as given: `1` and `'1'` are different ids. */
export type Id = string | number;

/**
 * A post offering `slots` places (an integer ≥ 0). `priority` (an integer ≥ 0, default 0) ranks how
 * much its slots must be filled: the optimum first leaves the fewest empty slots of the highest
 * priority, then of the next, down to priority 1, and only then minimises the cost. Priority 0 slots
 * are weighed by cost alone.
 */
export interface AssignmentPost {
  readonly id: Id;
  readonly slots: number;
  readonly priority?: number | undefined;
}

/** An admissible (person, post) pair and the cost of placing the person there. */
export interface AssignmentPair {
  readonly person: Id;
  readonly post: Id;
  readonly cost: number;
}

/**
 * A placement problem. Only listed pairs may be chosen, each person takes at most one post and each
 * post at most `slots` people.
 *
 * Penalties (see docs/decisions/002-exact-assignment-solver.md):
 * - `unassignedPersonCost`: cost per person left without a post;
 * - `unfilledPostCost`: cost per empty slot.
 * A side whose penalty is omitted must be filled completely when it is not larger than the other
 * side (people ≤ total slots, resp. total slots ≤ people); when it is strictly larger its leftover
 * is free. With both omitted this is the classic rectangular assignment: the smaller side is fully
 * assigned, or the problem is infeasible.
 */
export interface AssignmentProblem {
  readonly people: readonly Id[];
  readonly posts: readonly AssignmentPost[];
  readonly pairs: readonly AssignmentPair[];
  readonly unfilledPostCost?: number | undefined;
  readonly unassignedPersonCost?: number | undefined;
}

/** One chosen placement. */
export interface Assignment {
  readonly person: Id;
  readonly post: Id;
}

/**
 * The optimum. `assignments` follow the order of `people`; `unfilledPosts` lists a post id once per
 * empty slot, in the order of `posts`; `unassignedPeople` follows the order of `people`.
 */
export interface AssignmentResult {
  readonly assignments: Assignment[];
  readonly totalCost: number;
  readonly unfilledPosts: Id[];
  readonly unassignedPeople: Id[];
}

/** Progress and cancellation hooks; the solver is synchronous and meant to run in a worker thread. */
export interface SolveOptions {
  /** Called now and then with the fraction (0…1) of rows assigned so far. */
  readonly onProgress?: ((fraction: number) => void) | undefined;
  /** Checked now and then; when aborted the solver throws `OptimizerError('CANCELLED')`. */
  readonly signal?: AbortSignal | undefined;
}

/** The optimum of a low-level (typed-array) assignment: row i is matched to column `rowToCol[i]`. */
export interface LapSolution {
  readonly rowToCol: Int32Array;
  /** −1 for a column left unmatched (only when there are more columns than rows). */
  readonly colToRow: Int32Array;
  /** Σ cost of the matched entries, summed in row order. */
  readonly totalCost: number;
  /**
   * Optimal column duals v: every reduced cost c(i, j) − u_i − v_j ≥ 0 with u_i = c(i, rowToCol[i]) −
   * v[rowToCol[i]], matched entries are tight, and unmatched columns hold the largest price. So
   * forcing entry (i, j) costs at least its reduced cost more than the optimum.
   */
  readonly columnPrices: Float64Array;
}

/**
 * How much of the work the cheap initial phases of the low-level solvers take on. Any setting gives
 * the same optimum; the defaults are the measured fastest. Tests vary them to exercise each phase.
 */
export interface LapTuning {
  /** Passes of augmenting row reduction (0: shortest paths for every row the reduction left free). */
  readonly rowReductionPasses: number;
  /** Bids allowed per pass, per row (counted for at least 256 rows). */
  readonly bidsPerRow: number;
}
