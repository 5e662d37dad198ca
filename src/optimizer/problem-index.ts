/**
 * Checks an {@link AssignmentProblem} beyond its JSON shape (ids, duplicates, finiteness) and
 * turns it into typed arrays: ids become indices, pairs are grouped by person. Callers of
 * `solveAssignment` may pass objects that never went through the zod schema, so every rule is
 * enforced here.
 */
import { OptimizerError } from './errors.ts';
import type { AssignmentProblem, Id } from './types.ts';

/** Upper bound on a post's slots: `unfilledPosts` lists a post once per empty slot. */
export const MAX_SLOTS = 1_000_000;
/** Upper bound on all slots together, for the same reason. */
export const MAX_TOTAL_SLOTS = 10_000_000;

/** The problem with indices instead of ids. Pair k joins person `pairPerson[k]` and post `pairPost[k]`. */
export interface IndexedProblem {
  readonly nPeople: number;
  readonly nPosts: number;
  readonly slots: Int32Array;
  /**
   * Tier of each post: 0 for priority 0, else the rank of its priority among the distinct positive
   * priorities of the problem (1 = the lowest of them, `tiers` = the highest).
   */
  readonly tier: Int32Array;
  /** Number of distinct positive priorities. */
  readonly tiers: number;
  readonly totalSlots: number;
  readonly pairPerson: Int32Array;
  readonly pairPost: Int32Array;
  readonly pairCost: Float64Array;
  /** Pair indices grouped by person: person i's pairs are `byPerson[personStart[i]…personStart[i+1])`. */
  readonly personStart: Int32Array;
  readonly byPerson: Int32Array;
  /** Number of pairs naming each post. */
  readonly postDegree: Int32Array;
}

function invalid(message: string): OptimizerError {
  return new OptimizerError('INVALID_PROBLEM', message);
}

function isId(value: unknown): value is Id {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

function show(id: unknown): string {
  return typeof id === 'string' ? JSON.stringify(id) : String(id);
}

/** Maps ids to indices, rejecting malformed and duplicate ids. */
function indexIds(ids: readonly unknown[], what: string): Map<Id, number> {
  const index = new Map<Id, number>();
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    if (!isId(id))
      throw invalid(`${what} ID は文字列か有限の数でなければなりません (${k} 番目: ${show(id)})`);
    if (index.has(id)) throw invalid(`${what} ID が重複しています: ${show(id)}`);
    index.set(id, k);
  }
  return index;
}

/** A penalty is either absent or a finite number. */
export function checkPenalty(value: unknown, name: string): void {
  if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value))) {
    throw invalid(`${name} は有限の数でなければなりません (${show(value)})`);
  }
}

/**
 * Validates `problem` and indexes it.
 *
 * @throws OptimizerError `INVALID_PROBLEM` naming the first offending id, pair or field.
 */
export function indexProblem(problem: AssignmentProblem): IndexedProblem {
  if (!Array.isArray(problem.people) || !Array.isArray(problem.posts) || !Array.isArray(problem.pairs)) {
    throw invalid('people・posts・pairs は配列でなければなりません');
  }
  checkPenalty(problem.unfilledPostCost, 'unfilledPostCost');
  checkPenalty(problem.unassignedPersonCost, 'unassignedPersonCost');
  const personIndex = indexIds(problem.people, '職員');
  const nPeople = problem.people.length;
  const nPosts = problem.posts.length;
  const postIds: unknown[] = new Array(nPosts);
  const slots = new Int32Array(nPosts);
  const priority = new Float64Array(nPosts);
  let totalSlots = 0;
  for (let p = 0; p < nPosts; p++) {
    const post = problem.posts[p];
    const count: unknown = post?.slots;
    postIds[p] = post?.id;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > MAX_SLOTS) {
      throw invalid(
        `ポスト ${show(post?.id)} の slots は 0 以上 ${MAX_SLOTS} 以下の整数でなければなりません`,
      );
    }
    const rank: unknown = post?.priority ?? 0;
    if (typeof rank !== 'number' || !Number.isSafeInteger(rank) || rank < 0) {
      throw invalid(`ポスト ${show(post?.id)} の priority は 0 以上の整数でなければなりません`);
    }
    slots[p] = count;
    priority[p] = rank;
    totalSlots += count;
  }
  if (totalSlots > MAX_TOTAL_SLOTS)
    throw invalid(`slots の合計は ${MAX_TOTAL_SLOTS} 以下でなければなりません`);
  const postIndex = indexIds(postIds, 'ポスト');

  const nPairs = problem.pairs.length;
  const pairPerson = new Int32Array(nPairs);
  const pairPost = new Int32Array(nPairs);
  const pairCost = new Float64Array(nPairs);
  const personStart = new Int32Array(nPeople + 1);
  const postDegree = new Int32Array(nPosts);
  // Pairs usually come grouped by person: remember the last person to skip half the map lookups.
  let lastPerson: unknown;
  let lastIndex = -1;
  for (let k = 0; k < nPairs; k++) {
    const pair = problem.pairs[k];
    const person = pair?.person;
    let i: number | undefined = lastIndex;
    if (person !== lastPerson || lastIndex < 0) {
      i = personIndex.get(person as Id);
      if (i === undefined) throw invalid(`pairs[${k}] の職員 ID ${show(person)} は people にありません`);
      lastPerson = person;
      lastIndex = i;
    }
    const p = postIndex.get(pair?.post as Id);
    if (p === undefined) throw invalid(`pairs[${k}] のポスト ID ${show(pair?.post)} は posts にありません`);
    const cost: unknown = pair?.cost;
    if (typeof cost !== 'number' || !Number.isFinite(cost)) {
      throw invalid(`pairs[${k}] のコストは有限の数でなければなりません (${show(cost)})`);
    }
    pairPerson[k] = i;
    pairPost[k] = p;
    pairCost[k] = cost;
    personStart[i + 1]!++;
    postDegree[p]!++;
  }
  // Counting sort of the pairs by person, keeping their input order within a person.
  for (let i = 0; i < nPeople; i++) personStart[i + 1]! += personStart[i]!;
  const byPerson = new Int32Array(nPairs);
  const fill = personStart.slice(0, nPeople);
  for (let k = 0; k < nPairs; k++) byPerson[fill[pairPerson[k]!]!++] = k;

  // Duplicate (person, post) pairs are rejected rather than merged: they mean the caller built the
  // candidate list wrongly, and silently keeping one would hide that.
  const seenBy = new Int32Array(nPosts);
  for (let i = 0; i < nPeople; i++) {
    for (let r = personStart[i]!, end = personStart[i + 1]!; r < end; r++) {
      const p = pairPost[byPerson[r]!]!;
      if (seenBy[p] === i + 1) {
        throw invalid(
          `職員 ${show(problem.people[i])} とポスト ${show(postIds[p])} の組 (pairs) が重複しています`,
        );
      }
      seenBy[p] = i + 1;
    }
  }
  const { tier, tiers } = tiersOf(priority);
  return {
    nPeople,
    nPosts,
    slots,
    tier,
    tiers,
    totalSlots,
    pairPerson,
    pairPost,
    pairCost,
    personStart,
    byPerson,
    postDegree,
  };
}

/** Ranks the distinct positive priorities: tier 0 for priority 0, 1…K from the lowest to the highest. */
function tiersOf(priority: Float64Array): { tier: Int32Array; tiers: number } {
  const distinct = [...new Set(priority)].filter((p) => p > 0).sort((a, b) => a - b);
  const rankOf = new Map(distinct.map((p, k) => [p, k + 1]));
  return { tier: Int32Array.from(priority, (p) => rankOf.get(p) ?? 0), tiers: distinct.length };
}
