/**
 * What was not chosen, exactly: the optimum when one (person, post) pair is forced. Used to explain a
 * plan — a person's best alternative post and what taking it would cost, or what filling an empty
 * post would cost and whom it would displace.
 *
 * Each candidate is solved exactly with its pair forced (the person removed, one slot of the post
 * taken). The optimal duals of the unforced problem order the candidates: forcing entry (i, j) costs
 * at least its reduced cost c(i, j) − u_i − v_j more (LP duality; unmatched columns hold the largest
 * price, so any other set of matched columns weighs at least as much). Once the best forced optimum
 * found keeps every tier as full as the optimum does, a candidate whose bound exceeds its extra cost
 * cannot beat it, and the search stops. Candidates that would empty a higher-priority slot are never
 * pruned by the bound, since they rank by tiers before cost.
 *
 * When the duals are exact (rows = people: always with both penalties, as the matching feature sets
 * them), no forced problem is solved at all: one shortest-path search over the optimum's residual
 * graph gives the exact forced optimum of every candidate of a person, or of a post
 * (`forced-paths.ts`), so explaining n people costs n searches instead of n or more solves.
 */

import { OptimizerError } from './errors.ts';
import { type ForcedPath, forcedPaths } from './forced-paths.ts';
import { compareLex, type LexValue, positivePriorities } from './lex.ts';
import { pairCostOf, readBack, solveAssignment, solveFormulated } from './solve-assignment.ts';
import type { Assignment, AssignmentProblem, AssignmentResult, Id, SolveOptions } from './types.ts';

/** The optimum with one pair forced. */
export interface ForcedOptimum {
  readonly person: Id;
  readonly post: Id;
  /** The whole plan, the forced pair included; totalCost as in {@link solveAssignment}. */
  readonly result: AssignmentResult;
  /** result.totalCost − the optimum's totalCost (≥ 0 when no priority changes). */
  readonly extraCost: number;
  /** Empty slots minus the optimum's, per positive priority (highest first, as `priorities`). */
  readonly extraEmpty: number[];
}

/** The best of some candidates, and whether every candidate that could beat it was solved. */
export interface BestForced {
  readonly best: ForcedOptimum | null;
  /**
   * false when `maxSolves` or `maxSearchWork` ran out before `best` was proven the best of the
   * candidates (it is still the exact forced optimum of its own pair).
   */
  readonly complete: boolean;
}

/** Explains an optimum by forcing pairs; see the file comment. */
export interface AlternativesExplorer {
  readonly optimum: AssignmentResult;
  /** The distinct positive priorities of the problem, highest first. */
  readonly priorities: readonly number[];
  /** Forced solves so far. */
  readonly solves: number;
  /**
   * The forced optimum that ranks best (fewest empty slots of each priority from the highest, then
   * lowest cost) among `candidates`, pairs listed in the problem; pairs not listed, pairs of posts
   * without slots and pairs whose forcing is infeasible are skipped.
   */
  best(candidates: readonly Assignment[], limits?: AlternativeLimits): BestForced;
  /**
   * {@link best} of each group; groups of one person are answered by one search together (the
   * person's best other post and their wished bodies, say).
   */
  bestEach(groups: readonly (readonly Assignment[])[], limits?: AlternativeLimits): BestForced[];
}

/** How much work one answer may take before it is given as not proven. */
export interface AlternativeLimits {
  /** Forced problems solved, where the duals do not give exact paths. */
  readonly maxSolves?: number;
  /** Arcs relaxed by one shortest-path search (every candidate it reached is still exact). */
  readonly maxSearchWork?: number;
}

/**
 * Solves `problem` and returns an explorer of its alternatives.
 *
 * @throws OptimizerError as {@link solveAssignment}.
 */
export function exploreAlternatives(
  problem: AssignmentProblem,
  options?: SolveOptions,
): AlternativesExplorer {
  const { ip, form, lap, result: optimum } = solveFormulated(problem, options);
  const personIndex = new Map<Id, number>(problem.people.map((id, i) => [id, i]));
  const postIndex = new Map<Id, number>(problem.posts.map((post, p) => [post.id, p]));
  const priorityOf = new Map<Id, number>(problem.posts.map((post) => [post.id, post.priority ?? 0]));
  const priorities = positivePriorities(problem);
  const lexOf = (result: AssignmentResult): LexValue => ({
    empties: priorities.map((pr) => result.unfilledPosts.filter((id) => priorityOf.get(id) === pr).length),
    cost: result.totalCost,
  });
  const base = lexOf(optimum);
  const scale = Math.max(1, Math.abs(optimum.totalCost));
  let solves = 0;
  const paths = forcedPaths(ip, form, lap);
  const weightScale = Math.max(scale, form.tierWeight[form.tierWeight.length - 1] ?? 0);

  /** The forced optimum of a path: the optimum with its cycle applied, read back exactly. */
  const optimumOf = (path: ForcedPath, p: number): ForcedOptimum => {
    const result = readBack(problem, ip, form, paths!.matchingOf(path));
    const value = lexOf(result);
    return {
      person: problem.people[path.person]!,
      post: problem.posts[p]!.id,
      result,
      extraCost: result.totalCost - optimum.totalCost,
      extraEmpty: value.empties.map((e, k) => e - base.empties[k]!),
    };
  };
  /** Rank of a path: extra empty slots from the highest tier down, then the (unweighted) extra cost. */
  const rankOf = (path: ForcedPath): LexValue => {
    let cost = path.weightedExtra;
    for (let k = 1; k < path.extraEmpty.length; k++) cost -= form.tierWeight[k]! * path.extraEmpty[k]!;
    const empties: number[] = [];
    for (let k = path.extraEmpty.length - 1; k >= 1; k--) empties.push(path.extraEmpty[k]!);
    return { empties, cost };
  };

  type Candidate = { i: number; p: number };
  type Top = { path: ForcedPath; rank: LexValue; p: number };
  const tolerance = 1e-9 * weightScale;
  const keepsTiers = (rank: LexValue) => rank.empties.every((e) => e === 0);

  /**
   * The best of each group of candidates by shortest paths, from ONE search: all candidates of one
   * person (backward from their column), or all of one post (forward from its slots). A group's best
   * that keeps every tier full is beaten only by one that does too and costs less, so the search ends
   * once its lower bound exceeds every group's best; `budget` arcs at most (then not proven).
   */
  const searchGroups = (groups: readonly (readonly Candidate[])[], budget: number): BestForced[] => {
    const all = groups.flat();
    const tops: (Top | null)[] = groups.map(() => null);
    const onePost = all.every((c) => c.p === all[0]!.p);
    // The search's own candidate list: posts (one person) or people (one post), each → its groups.
    const keyOf = (c: Candidate) => (onePost ? c.i : c.p);
    const keys: number[] = [];
    const groupsOf = new Map<number, number[]>();
    groups.forEach((group, g) => {
      for (const c of group) {
        const k = keyOf(c);
        const list = groupsOf.get(k);
        if (list === undefined) {
          keys.push(k);
          groupsOf.set(k, [g]);
        } else if (!list.includes(g)) list.push(g);
      }
    });
    const prune = (lowerBound: number) => {
      let bar = Number.NEGATIVE_INFINITY;
      for (const top of tops) {
        if (top === null || !keepsTiers(top.rank)) return false;
        bar = Math.max(bar, top.rank.cost);
      }
      return lowerBound > bar + tolerance;
    };
    const visit = (q: number, path: ForcedPath) => {
      const rank = rankOf(path);
      const key = keys[q]!;
      for (const g of groupsOf.get(key) ?? []) {
        const top = tops[g];
        if (top === null || top === undefined || compareLex(rank, top.rank, tolerance) < 0) {
          tops[g] = { path, rank, p: onePost ? all[0]!.p : key };
        }
      }
    };
    const complete = onePost
      ? paths!.forPost(all[0]!.p, keys, prune, visit, budget)
      : paths!.forPerson(all[0]!.i, keys, prune, visit, budget);
    return tops.map((top) => ({ best: top === null ? null : optimumOf(top.path, top.p), complete }));
  };

  /** The best of candidates of several people and posts: one search per person, the best of them. */
  const bestByPaths = (queue: readonly Candidate[], budget: number): BestForced => {
    if (queue.length === 0) return { best: null, complete: true };
    const onePerson = queue.every((c) => c.i === queue[0]!.i);
    const onePost = queue.every((c) => c.p === queue[0]!.p);
    if (onePerson || onePost) return searchGroups([queue], budget)[0]!;
    const byPerson = new Map<number, Candidate[]>();
    for (const c of queue) byPerson.set(c.i, [...(byPerson.get(c.i) ?? []), c]);
    let best: ForcedOptimum | null = null;
    let complete = true;
    for (const group of byPerson.values()) {
      const found = searchGroups([group], budget)[0]!;
      complete &&= found.complete;
      const candidate = found.best;
      if (candidate && (best === null || compareLex(lexOf(candidate.result), lexOf(best.result)) < 0)) {
        best = candidate;
      }
    }
    return { best, complete };
  };

  /** Lower bound on the extra cost of forcing (i, p), from the duals (rows = people only). */
  const bound = (i: number, p: number): number => {
    if (form.rows !== 'people') return Number.NEGATIVE_INFINITY;
    const { matrix, postColumns, tierWeight, offset } = form;
    const v = lap.columnPrices;
    const x = lap.rowToCol[i]!;
    let matched = 0;
    for (let e = matrix.rowStart[i]!; e < matrix.rowStart[i + 1]!; e++) {
      if (matrix.colIndex[e] === x) matched = matrix.cost[e]!;
    }
    const u = matched - v[x]!;
    let maxV = Number.NEGATIVE_INFINITY;
    for (let k = postColumns[p]!; k < postColumns[p + 1]!; k++) maxV = Math.max(maxV, v[k]!);
    const entry = pairCostOf(ip, i, p) - offset - tierWeight[ip.tier[p]!]!;
    return entry - u - maxV;
  };

  const forced = (i: number, p: number): ForcedOptimum | null => {
    solves++;
    const person = problem.people[i]!;
    const post = problem.posts[p]!;
    const reduced: AssignmentProblem = {
      ...problem,
      people: problem.people.filter((_, k) => k !== i),
      posts: problem.posts.map((q, k) => (k === p ? { ...q, slots: q.slots - 1 } : q)),
      pairs: problem.pairs.filter((pair) => pair.person !== person),
    };
    let rest: AssignmentResult;
    try {
      rest = solveAssignment(reduced);
    } catch (error) {
      if (error instanceof OptimizerError && error.code === 'INFEASIBLE') return null;
      throw error;
    }
    const assignments = [...rest.assignments];
    const at = assignments.findIndex((a) => (personIndex.get(a.person) ?? 0) > i);
    assignments.splice(at < 0 ? assignments.length : at, 0, { person, post: post.id });
    const result: AssignmentResult = {
      assignments,
      totalCost: rest.totalCost + pairCostOf(ip, i, p),
      unfilledPosts: rest.unfilledPosts,
      unassignedPeople: rest.unassignedPeople,
    };
    const value = lexOf(result);
    return {
      person,
      post: post.id,
      result,
      extraCost: result.totalCost - optimum.totalCost,
      extraEmpty: value.empties.map((e, k) => e - base.empties[k]!),
    };
  };

  return {
    optimum,
    priorities,
    get solves() {
      return solves;
    },
    bestEach(groups, limits = {}) {
      const queues = groups.map(queueOf);
      const all = queues.flat();
      const onePerson = all.length > 0 && all.every((c) => c.i === all[0]!.i);
      if (!paths || !onePerson) return groups.map((g) => this.best(g, limits));
      return searchGroups(queues, limits.maxSearchWork ?? Number.POSITIVE_INFINITY);
    },
    best(candidates, limits = {}) {
      const maxSolves = limits.maxSolves ?? Number.POSITIVE_INFINITY;
      const queue = queueOf(candidates);
      if (paths) return bestByPaths(queue, limits.maxSearchWork ?? Number.POSITIVE_INFINITY);
      queue.sort((a, b) => a.lb - b.lb);
      let best: ForcedOptimum | null = null;
      let used = 0;
      for (const { i, p, lb } of queue) {
        // Once the best found keeps every tier as full as the optimum, the bound can prove it best.
        if (best?.extraEmpty.every((e) => e === 0) && lb > best.extraCost + 1e-9 * scale) {
          return { best, complete: true };
        }
        if (used >= maxSolves) return { best, complete: false };
        used++;
        const candidate = forced(i, p);
        if (candidate === null) continue;
        if (best === null || compareLex(lexOf(candidate.result), lexOf(best.result)) < 0) best = candidate;
      }
      return { best, complete: true };
    },
  };

  /** The candidates that can be forced (listed pair, post with a slot), as indices with their bound. */
  function queueOf(candidates: readonly Assignment[]): { i: number; p: number; lb: number }[] {
    const queue: { i: number; p: number; lb: number }[] = [];
    for (const c of candidates) {
      const i = personIndex.get(c.person);
      const p = postIndex.get(c.post);
      if (i === undefined || p === undefined || ip.slots[p]! < 1 || !hasPair(i, p)) continue;
      queue.push({ i, p, lb: bound(i, p) });
    }
    return queue;
  }

  function hasPair(i: number, p: number): boolean {
    for (let r = ip.personStart[i]!; r < ip.personStart[i + 1]!; r++) {
      if (ip.pairPost[ip.byPerson[r]!] === p) return true;
    }
    return false;
  }
}
