/**
 * Exact forced-pair optima from the optimum's dual prices, by shortest paths instead of new solves.
 *
 * With rows = people, the optimum M and duals (u, v) with every reduced cost rc(r, c) = c(r, c) − u_r
 * − v_c ≥ 0 and tight on M, forcing person i into column k changes M by ONE alternating cycle through
 * the arc i → k (any other part of the difference could be applied to M alone, so it cannot help).
 * In the residual graph on columns plus a node T —
 *   column c → column c'   the holder of c moves to c' (cost rc(holder, c')),
 *   free column f → T      f gets taken (cost v_f − π),
 *   T → matched column g   g is given up (cost π − v_g),
 * with π = the largest price of a matched column (so every arc costs ≥ 0 when unmatched columns hold
 * the largest prices, as the solver's duals do) — the cycle is i → k ⇝ M(i) → i, and the extra
 * (tier-weighted) cost of the forced optimum is exactly rc(i, k) + dist(k ⇝ M(i)): potentials telescope
 * around a cycle. One Dijkstra from M(i) backwards gives this for every column k of one person; one
 * from the slots of a post forwards gives it for every person into that post. Arcs through T are the
 * only ones that change which slots are filled, so each path also carries its change of empty slots
 * per tier, which ranks the candidates lexicographically (the tier-weighted optimum of each forced
 * problem is its lexicographic optimum, decision 015).
 *
 * Used only when the duals check out (rows = people, reduced costs ≥ −tolerance, unmatched prices
 * highest); otherwise the caller solves each forced problem.
 */
import type { Formulation } from './formulate.ts';
import { IndexedMinHeap } from './min-heap.ts';
import type { IndexedProblem } from './problem-index.ts';
import type { LapSolution } from './types.ts';

/** A forced pair's best cycle: its tier-weighted extra cost, extra empty slots per tier, and moves. */
export interface ForcedPath {
  /** Person index (row) forced. */
  readonly person: number;
  /** Column the person is forced into. */
  readonly column: number;
  /** rc(i, k) + dist: the forced optimum's tier-weighted cost minus the optimum's. */
  readonly weightedExtra: number;
  /** Extra empty slots per tier index (index 0 = tier 0 … `tiers`). */
  readonly extraEmpty: Int32Array;
}

/** Shortest-path searches over the optimum's residual graph (see the file comment). */
export interface ForcedPaths {
  /**
   * Person i forced into each of `posts` (post indices): `visit(q, path)` for each column of posts[q]
   * reached, with its exact path. Forcing into a post never visited is infeasible (or pruned).
   * Returns false when `budget` arcs were relaxed before the search ended: candidates not visited
   * then may be better than those visited (each visited one is still exact).
   */
  forPerson(i: number, posts: readonly number[], prune: Pruner, visit: Visit, budget?: number): boolean;
  /** Each of `people` (person indices) forced into post p: `visit(q, path)` once per person reached. */
  forPost(p: number, people: readonly number[], prune: Pruner, visit: Visit, budget?: number): boolean;
  /**
   * The new row → column matching of a path of the LAST search (the optimum's, with the cycle
   * applied).
   */
  matchingOf(path: ForcedPath): Int32Array;
}

/**
 * Called before each step with a lower bound on the weighted extra cost of every candidate not yet
 * reached; true stops the search (the caller has found one nothing further can beat). Candidates not
 * reached by then are reported as null.
 */
export type Pruner = (lowerBound: number) => boolean;

/** The candidates a search has still to reach (see `waiting`). */
type Waiting = { least(): number };

/** Receives a candidate reached by a search: its index in the request, and its path. */
export type Visit = (q: number, path: ForcedPath) => void;

const T_NONE = -1;

/**
 * Builds the searches for an optimum, or returns null when the duals do not allow exact paths (then
 * forced problems must be solved one by one).
 */
export function forcedPaths(ip: IndexedProblem, form: Formulation, lap: LapSolution): ForcedPaths | null {
  if (form.rows !== 'people') return null;
  const { matrix, postColumns, slotPost, tierWeight, offset } = form;
  const { nRows, nCols, rowStart, colIndex, cost } = matrix;
  const { rowToCol, colToRow, columnPrices: v } = lap;
  const nSlotCols = slotPost.length;
  const tiers = ip.tiers;

  let scale = 1;
  for (let e = 0; e < cost.length; e++) scale = Math.max(scale, Math.abs(cost[e]!));
  for (let c = 0; c < nCols; c++) scale = Math.max(scale, Math.abs(v[c]!));
  const tolerance = 1e-9 * scale;

  const u = new Float64Array(nRows);
  for (let r = 0; r < nRows; r++) {
    const m = rowToCol[r]!;
    let matched = Number.NaN;
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) if (colIndex[e] === m) matched = cost[e]!;
    if (Number.isNaN(matched)) return null;
    u[r] = matched - v[m]!;
  }
  // Reduced costs, clamped at 0 within the tolerance; any clearly negative one: not exact duals.
  const rc = new Float64Array(cost.length);
  for (let r = 0; r < nRows; r++) {
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
      const value = cost[e]! - u[r]! - v[colIndex[e]!]!;
      if (value < -tolerance) return null;
      rc[e] = Math.max(0, value);
    }
  }
  let pi = Number.NEGATIVE_INFINITY;
  let minFree = Number.POSITIVE_INFINITY;
  for (let c = 0; c < nCols; c++) {
    if (colToRow[c]! >= 0) pi = Math.max(pi, v[c]!);
    else minFree = Math.min(minFree, v[c]!);
  }
  if (minFree < pi - tolerance) return null;
  if (pi === Number.NEGATIVE_INFINITY) pi = 0;

  // Entries by column, for the backward search.
  const colStart = new Int32Array(nCols + 1);
  for (let e = 0; e < colIndex.length; e++) colStart[colIndex[e]! + 1]!++;
  for (let c = 0; c < nCols; c++) colStart[c + 1]! += colStart[c]!;
  const byCol = new Int32Array(colIndex.length);
  const entryRow = new Int32Array(colIndex.length);
  const fill = colStart.slice(0, nCols);
  for (let r = 0; r < nRows; r++) {
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
      const at = fill[colIndex[e]!]!++;
      byCol[at] = e;
      entryRow[at] = r;
    }
  }

  const T = nCols;
  const nNodes = nCols + 1;
  const heap = new IndexedMinHeap(nNodes);
  const dist = new Float64Array(nNodes);
  const state = new Uint8Array(nNodes); // 0 unseen, 1 in heap, 2 settled
  const link = new Int32Array(nNodes); // next node towards the target (backward) / previous (forward)
  const empties = new Int32Array(nNodes * (tiers + 1));
  const tierOfCol = (c: number) => (c < nSlotCols ? ip.tier[slotPost[c]!]! : T_NONE);
  /** The matrix cost of forcing person i into a column of post p (present in the matrix or not). */
  const forcedCost = (i: number, p: number): number => {
    for (let r = ip.personStart[i]!; r < ip.personStart[i + 1]!; r++) {
      const k = ip.byPerson[r]!;
      if (ip.pairPost[k] === p) return ip.pairCost[k]! - offset - tierWeight[ip.tier[p]!]!;
    }
    return Number.NaN;
  };

  const reset = () => {
    heap.clear();
    state.fill(0);
    link.fill(-1);
  };
  let work = 0;
  const relax = (
    node: number,
    d: number,
    from: number,
    emptyFrom: number,
    tierChange: number,
    delta: number,
  ) => {
    work++;
    if (state[node] === 2) return;
    if (state[node] === 1 && d >= dist[node]!) return;
    dist[node] = d;
    link[node] = from;
    const base = node * (tiers + 1);
    if (emptyFrom < 0) empties.fill(0, base, base + tiers + 1);
    else empties.copyWithin(base, emptyFrom * (tiers + 1), emptyFrom * (tiers + 1) + tiers + 1);
    if (tierChange >= 0) empties[base + tierChange]! += delta;
    if (state[node] === 1) heap.decrease(node, d);
    else {
      state[node] = 1;
      heap.push(node, d);
    }
  };
  const pathOf = (person: number, column: number, extra: number, node: number): ForcedPath => {
    const base = node * (tiers + 1);
    return {
      person,
      column,
      weightedExtra: extra,
      extraEmpty: empties.slice(base, base + tiers + 1),
    };
  };
  /**
   * Dijkstra's loop: settles nodes in order of distance until the caller prunes (true), the budget of
   * relaxed arcs runs out (false) or nothing is left (true).
   */
  const settle = (
    targets: Waiting,
    prune: Pruner,
    budget: number,
    expand: (x: number, d: number) => void,
  ): boolean => {
    while (heap.size > 0) {
      // Every candidate not reached yet is at least its own offset plus the next distance.
      const least = targets.least();
      if (least === Number.POSITIVE_INFINITY) return true; // all reached
      if (prune(heap.minKey() + least)) return true;
      if (work > budget) return false;
      const x = heap.pop();
      state[x] = 2;
      expand(x, dist[x]!);
    }
    return true;
  };
  /**
   * The candidates' nodes with the offset each adds to its distance, smallest first; `least()` is the
   * smallest offset of a node not settled yet, so a search's lower bound rises as it reaches them.
   */
  const waiting = (nodes: number[], offsets: number[]): Waiting => {
    const order = nodes.map((_, k) => k).sort((a, b) => offsets[a]! - offsets[b]!);
    let at = 0;
    return {
      least() {
        while (at < order.length && state[nodes[order[at]!]!] === 2) at++;
        return at < order.length ? offsets[order[at]!]! : Number.POSITIVE_INFINITY;
      },
    };
  };
  // Where the last search left its links, so matchingOf can walk them: per path, its direction.
  let lastDirection: 'backward' | 'forward' = 'backward';
  let lastTarget = -1;

  return {
    forPerson(i, posts, prune, visit, budget = Number.POSITIVE_INFINITY) {
      reset();
      work = 0;
      lastDirection = 'backward';
      const target = rowToCol[i]!;
      lastTarget = target;
      const wanted = new Map<number, number>(); // column → index in posts
      const fixed = posts.map((p) => forcedCost(i, p) - u[i]!);
      const nodes: number[] = [];
      const offsets: number[] = [];
      for (let q = 0; q < posts.length; q++) {
        const p = posts[q]!;
        for (let c = postColumns[p]!; c < postColumns[p + 1]!; c++) {
          if (c === target) continue;
          wanted.set(c, q);
          nodes.push(c);
          offsets.push(fixed[q]! - v[c]!);
        }
      }
      relax(target, 0, -1, -1, T_NONE, 0);
      return settle(waiting(nodes, offsets), prune, budget, (x, d) => {
        if (x === T) {
          // Into T from every free column f (f gets taken).
          for (let f = 0; f < nCols; f++) {
            if (colToRow[f]! < 0) relax(f, d + v[f]! - pi, T, T, tierOfCol(f), -1);
          }
          return;
        }
        const q = wanted.get(x);
        if (q !== undefined) visit(q, pathOf(i, x, fixed[q]! - v[x]! + d, x));
        // Arcs into x: from the column of each other row with an entry at x.
        for (let a = colStart[x]!; a < colStart[x + 1]!; a++) {
          const r = entryRow[a]!;
          if (r === colToRow[x]) continue;
          relax(rowToCol[r]!, d + rc[byCol[a]!]!, x, x, T_NONE, 0);
        }
        // x matched: T → x (x given up).
        if (colToRow[x]! >= 0) relax(T, d + pi - v[x]!, x, x, tierOfCol(x), 1);
      });
    },

    forPost(p, people, prune, visit, budget = Number.POSITIVE_INFINITY) {
      reset();
      work = 0;
      lastDirection = 'forward';
      lastTarget = -1;
      const wanted = new Map<number, number>(); // column M(i) → index in people
      for (let q = 0; q < people.length; q++) wanted.set(rowToCol[people[q]!]!, q);
      let top = Number.NEGATIVE_INFINITY;
      for (let c = postColumns[p]!; c < postColumns[p + 1]!; c++) top = Math.max(top, v[c]!);
      for (let c = postColumns[p]!; c < postColumns[p + 1]!; c++) relax(c, top - v[c]!, -1, -1, T_NONE, 0);
      const fixed = people.map((i) => forcedCost(i, p) - u[i]! - top);
      const targets = waiting(
        people.map((i) => rowToCol[i]!),
        fixed,
      );
      return settle(targets, prune, budget, (x, d) => {
        if (x === T) {
          // From T to every matched column g (g given up).
          for (let g = 0; g < nCols; g++) {
            if (colToRow[g]! >= 0) relax(g, d + pi - v[g]!, T, T, tierOfCol(g), 1);
          }
          return;
        }
        const q = wanted.get(x);
        if (q !== undefined) {
          // The first column of p on the path back is where the person goes.
          let start = x;
          while (link[start]! >= 0) start = link[start]!;
          visit(q, pathOf(people[q]!, start, fixed[q]! + d, x));
        }
        const holder = colToRow[x]!;
        if (holder < 0) {
          relax(T, d + v[x]! - pi, x, x, tierOfCol(x), -1); // x free: it gets taken
          return;
        }
        for (let e = rowStart[holder]!; e < rowStart[holder + 1]!; e++) {
          const c = colIndex[e]!;
          if (c !== x) relax(c, d + rc[e]!, x, x, T_NONE, 0);
        }
      });
    },

    matchingOf(path) {
      const next = Int32Array.from(rowToCol);
      next[path.person] = path.column;
      if (lastDirection === 'backward') {
        // From the forced column along the links to M(i): each column's holder moves to the next one.
        let x = path.column;
        while (x !== lastTarget && x >= 0) {
          const to = link[x]!;
          if (x !== T && to !== T && to >= 0) next[colToRow[x]!] = to;
          x = to;
        }
      } else {
        // Back from M(i) along the links to the forced column: the holder of `from` moves to x.
        let x = rowToCol[path.person]!;
        while (x >= 0 && x !== path.column) {
          const from = link[x]!;
          if (from >= 0 && x !== T && from !== T) next[colToRow[from]!] = x;
          x = from;
        }
      }
      return next;
    },
  };
}
