/**
 * Turns a placement problem into one rectangular assignment on a sparse matrix (rows ≤ columns,
 * every row matched), which `solveSparseLap` solves exactly.
 *
 * Penalties. Let n = people, m = Σ slots, a = unassignedPersonCost, b = unfilledPostCost. A missing
 * penalty becomes 0 when its side is strictly larger (the surplus must stay out, at no cost) and
 * +∞ otherwise (that side must be filled completely):
 *   pa = a ?? (n > m ? 0 : ∞),   pb = b ?? (m > n ? 0 : ∞).
 * - pa, pb finite: a matching M costs Σ_M c + pa·(n − |M|) + pb·(m − |M|)
 *   = Σ_M (c − pa − pb) + pa·n + pb·m. So rows = people, columns = slots plus ONE dummy column
 *   per person at cost 0 ("unassigned"), entries cost c − pa − pb: n extra entries, not n·m.
 *   An entry with c − pa − pb > 0 can never beat the person's dummy, so it is left out.
 * - pa = ∞ (then n ≤ m): rows = people, columns = slots, every person must be matched.
 * - pb = ∞, pa finite (then m ≤ n): rows = slots, columns = people, every slot must be filled.
 * A post with s slots becomes min(s, its number of pairs) identical columns (rows): more of them
 * could never be filled.
 *
 * Priorities (tiers). The optimum is lexicographic: fewest empty slots of the highest tier, then the
 * next, …, then the lowest cost. With rows = people, filling a slot of tier k earns W_k on top:
 * entries cost c − shift − W_k. W_k = k·(D + 1), where D bounds the cost difference between any two
 * solutions (Σ over people of the spread of their possible contributions). Why that is enough — an
 * additive gap, not the usual product of slot counts — is shown in
 * docs/decisions/015-matching-rules-and-priorities.md: two solutions differ by alternating paths and
 * cycles, each of which adds at most one slot and drops at most one, so a solution with a tier-k slot
 * less filled can be improved by a set of paths that fills it and empties at most one slot of a lower
 * tier, changing the cost by at most D. With rows = slots every slot is filled and tiers do not matter.
 */

import type { CsrMatrix } from './csr.ts';
import { OptimizerError } from './errors.ts';
import type { IndexedProblem } from './problem-index.ts';

/** The matrix and how to read its rows and columns back as people and posts. */
export interface Formulation {
  readonly matrix: CsrMatrix;
  /** Earned per filled slot of each tier (index 0 = tier 0 = 0); all 0 without priorities. */
  readonly tierWeight: Float64Array;
  /** 'people' only: the slot columns of post p are `postColumns[p] … postColumns[p+1]`. */
  readonly postColumns: Int32Array;
  /** 'people' only: an entry costs pair cost − offset − tierWeight[tier] (offset = pa + pb with dummies). */
  readonly offset: number;
  /** 'people': row i is person i; 'slots': row r is a slot of post `slotPost[r]`, column i person i. */
  readonly rows: 'people' | 'slots';
  /**
   * Post of each slot: for 'people' of slot column c (columns ≥ slotPost.length are dummies), for
   * 'slots' of row r.
   */
  readonly slotPost: Int32Array;
}

/** Effective per-unit penalties (see the file comment); `Infinity` means "must be filled". */
export function effectivePenalties(
  ip: IndexedProblem,
  unassignedPersonCost: number | undefined,
  unfilledPostCost: number | undefined,
): { person: number; slot: number } {
  const n = ip.nPeople;
  const m = ip.totalSlots;
  return {
    person: unassignedPersonCost ?? (n > m ? 0 : Number.POSITIVE_INFINITY),
    slot: unfilledPostCost ?? (m > n ? 0 : Number.POSITIVE_INFINITY),
  };
}

/**
 * Builds the matrix for `ip` with the effective penalties.
 *
 * @throws OptimizerError `INFEASIBLE` when a side that must be filled obviously cannot be.
 */
export function formulate(
  ip: IndexedProblem,
  penalties: { person: number; slot: number },
  describePerson: (i: number) => string,
  describePost: (p: number) => string,
): Formulation {
  if (penalties.person === Number.POSITIVE_INFINITY) {
    return peopleRows(ip, null, tierWeights(ip, null), describePerson);
  }
  if (penalties.slot === Number.POSITIVE_INFINITY) {
    return slotRows(ip, describePost);
  }
  const shift = penalties.person + penalties.slot;
  return peopleRows(ip, shift, tierWeights(ip, shift), describePerson);
}

/** Beyond this, W·rows could lose integer precision in the solver's sums (2^52). */
const EXACT_LIMIT = 2 ** 52;

/**
 * W_k = k·(D + 1) for tiers k = 0…K (see the file comment). `shift` is pa + pb with dummies, or null
 * when every person must be placed (then each person's contribution is one of its pair costs).
 *
 * @throws OptimizerError `INVALID_PROBLEM` when the costs are so spread that the weighted sums would
 *   leave the range where doubles hold integers exactly.
 */
export function tierWeights(ip: IndexedProblem, shift: number | null): Float64Array {
  const weight = new Float64Array(ip.tiers + 1);
  if (ip.tiers === 0) return weight;
  const { nPeople, personStart, byPerson, pairCost } = ip;
  let spread = 0;
  for (let i = 0; i < nPeople; i++) {
    // With dummies a person may also stay out (contribution 0 relative to the dummy).
    let lo = shift === null ? Number.POSITIVE_INFINITY : 0;
    let hi = shift === null ? Number.NEGATIVE_INFINITY : 0;
    for (let r = personStart[i]!, end = personStart[i + 1]!; r < end; r++) {
      const c = pairCost[byPerson[r]!]! - (shift ?? 0);
      if (c < lo) lo = c;
      if (c > hi) hi = c;
    }
    if (hi >= lo) spread += hi - lo;
  }
  const gap = spread + 1;
  if (!(ip.tiers * gap * (nPeople + 1) <= EXACT_LIMIT)) {
    throw new OptimizerError(
      'INVALID_PROBLEM',
      `priority を付けた問題では、コストの幅（${spread}）× 優先度の段数 × 人数が大きすぎて厳密に解けません。コストの単位を大きくしてください`,
    );
  }
  for (let k = 1; k <= ip.tiers; k++) weight[k] = k * gap;
  return weight;
}

/**
 * Rows = people; with `shift` ≠ null, costs are c − shift and each person has a dummy column. A slot
 * of tier k earns `weight[k]`.
 */
function peopleRows(
  ip: IndexedProblem,
  shift: number | null,
  weight: Float64Array,
  describePerson: (i: number) => string,
): Formulation {
  const { nPeople, nPosts, slots, tier, pairPost, pairCost, personStart, byPerson, postDegree } = ip;
  const withDummies = shift !== null;
  const colStart = new Int32Array(nPosts + 1);
  for (let p = 0; p < nPosts; p++) colStart[p + 1] = colStart[p]! + Math.min(slots[p]!, postDegree[p]!);
  const nSlotCols = colStart[nPosts]!;
  const slotPost = new Int32Array(nSlotCols);
  for (let p = 0; p < nPosts; p++) slotPost.fill(p, colStart[p]!, colStart[p + 1]!);
  // With dummies, a pair is kept iff c − shift − W ≤ 0, i.e. c ≤ shift + W (the sign of a float
  // subtraction is exact; W is 0 without priorities); entries cost c − offset − W.
  const limit = withDummies ? shift : Number.POSITIVE_INFINITY;
  const offset = withDummies ? shift : 0;
  const kept = (k: number) => pairCost[k]! - weight[tier[pairPost[k]!]!]! <= limit;

  const rowStart = new Int32Array(nPeople + 1);
  for (let i = 0; i < nPeople; i++) {
    let count = withDummies ? 1 : 0;
    for (let r = personStart[i]!, end = personStart[i + 1]!; r < end; r++) {
      const k = byPerson[r]!;
      if (kept(k)) {
        const p = pairPost[k]!;
        count += colStart[p + 1]! - colStart[p]!;
      }
    }
    if (count === 0) {
      throw new OptimizerError(
        'INFEASIBLE',
        `全職員の割当が必要ですが (unassignedPersonCost 未指定)、職員 ${describePerson(i)} を割り当てられるポストがありません`,
      );
    }
    rowStart[i + 1] = rowStart[i]! + count;
  }
  // Checked after the per-person test above, whose message is more useful.
  if (!withDummies && nSlotCols < nPeople) {
    throw new OptimizerError(
      'INFEASIBLE',
      `全職員の割当が必要ですが (unassignedPersonCost 未指定)、埋められる枠が ${nSlotCols} しかなく職員 ${nPeople} 人に足りません`,
    );
  }
  const nnz = rowStart[nPeople]!;
  const colIndex = new Int32Array(nnz);
  const cost = new Float64Array(nnz);
  let e = 0;
  for (let i = 0; i < nPeople; i++) {
    for (let r = personStart[i]!, end = personStart[i + 1]!; r < end; r++) {
      const k = byPerson[r]!;
      if (!kept(k)) continue;
      const p = pairPost[k]!;
      const c = pairCost[k]! - offset - weight[tier[p]!]!;
      for (let col = colStart[p]!, stop = colStart[p + 1]!; col < stop; col++) {
        colIndex[e] = col;
        cost[e++] = c;
      }
    }
    if (withDummies) {
      colIndex[e] = nSlotCols + i;
      cost[e++] = 0;
    }
  }
  const nCols = withDummies ? nSlotCols + nPeople : nSlotCols;
  return {
    matrix: { nRows: nPeople, nCols, rowStart, colIndex, cost },
    rows: 'people',
    slotPost,
    tierWeight: weight,
    postColumns: colStart,
    offset,
  };
}

/** Rows = slots (every one must be filled), columns = people. */
function slotRows(ip: IndexedProblem, describePost: (p: number) => string): Formulation {
  const { nPeople, nPosts, slots, pairPerson, pairPost, pairCost, postDegree } = ip;
  for (let p = 0; p < nPosts; p++) {
    if (slots[p]! > postDegree[p]!) {
      throw new OptimizerError(
        'INFEASIBLE',
        `全枠の充足が必要ですが (unfilledPostCost 未指定)、ポスト ${describePost(p)} の枠 ${slots[p]} に対し候補が ${postDegree[p]} 人しかいません`,
      );
    }
  }
  // Pairs grouped by post (counting sort).
  const postStart = new Int32Array(nPosts + 1);
  for (let p = 0; p < nPosts; p++) postStart[p + 1] = postStart[p]! + postDegree[p]!;
  const byPost = new Int32Array(pairPost.length);
  const fill = postStart.slice(0, nPosts);
  for (let k = 0; k < pairPost.length; k++) byPost[fill[pairPost[k]!]!++] = k;

  const nRows = ip.totalSlots;
  const slotPost = new Int32Array(nRows);
  const rowStart = new Int32Array(nRows + 1);
  let row = 0;
  for (let p = 0; p < nPosts; p++) {
    for (let t = 0; t < slots[p]!; t++) {
      slotPost[row] = p;
      rowStart[row + 1] = rowStart[row]! + postDegree[p]!;
      row++;
    }
  }
  const nnz = rowStart[nRows]!;
  const colIndex = new Int32Array(nnz);
  const cost = new Float64Array(nnz);
  let e = 0;
  for (let r = 0; r < nRows; r++) {
    const p = slotPost[r]!;
    for (let q = postStart[p]!, end = postStart[p + 1]!; q < end; q++) {
      const k = byPost[q]!;
      colIndex[e] = pairPerson[k]!;
      cost[e++] = pairCost[k]!;
    }
  }
  return {
    matrix: { nRows, nCols: nPeople, rowStart, colIndex, cost },
    rows: 'slots',
    slotPost,
    tierWeight: new Float64Array(ip.tiers + 1),
    postColumns: new Int32Array(0),
    offset: 0,
  };
}
