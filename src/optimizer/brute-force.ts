/**
 * Reference oracle for tests: the optimum of a tiny {@link AssignmentProblem} by enumerating every
 * choice (each person: one of its pairs or nothing). Exponential; no validation. It applies the
 * penalty rules literally, without the solver's reformulation, so the two can be compared.
 */
import type { AssignmentProblem } from './types.ts';

/** The minimum totalCost of a small problem, or `null` if no choice satisfies the rules. */
export function bruteForceOptimum(problem: AssignmentProblem): number | null {
  const n = problem.people.length;
  const slotsOf = new Map(problem.posts.map((post) => [post.id, post.slots]));
  const totalSlots = problem.posts.reduce((sum, post) => sum + post.slots, 0);
  const byPerson = problem.people.map((person) => problem.pairs.filter((pair) => pair.person === person));
  const a = problem.unassignedPersonCost;
  const b = problem.unfilledPostCost;
  const used = new Map<unknown, number>();
  let best: number | null = null;

  const visit = (i: number, assigned: number, cost: number): void => {
    if (i === n) {
      const unassigned = n - assigned;
      const empty = totalSlots - assigned;
      // An omitted penalty: the side must be complete unless it is strictly the larger one.
      if (a === undefined && n <= totalSlots && unassigned > 0) return;
      if (b === undefined && totalSlots <= n && empty > 0) return;
      const total = cost + (a ?? 0) * unassigned + (b ?? 0) * empty;
      if (best === null || total < best) best = total;
      return;
    }
    visit(i + 1, assigned, cost);
    for (const pair of byPerson[i]!) {
      const taken = used.get(pair.post) ?? 0;
      if (taken >= (slotsOf.get(pair.post) ?? 0)) continue;
      used.set(pair.post, taken + 1);
      visit(i + 1, assigned + 1, cost + pair.cost);
      used.set(pair.post, taken);
    }
  };
  visit(0, 0, 0);
  return best;
}
