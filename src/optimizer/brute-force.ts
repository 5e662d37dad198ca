/**
 * Reference oracle for tests: the optimum of a tiny {@link AssignmentProblem} by enumerating every
 * choice (each person: one of its pairs or nothing). Exponential; no validation. It applies the
 * penalty and priority rules literally, without the solver's reformulation, so the two can be compared.
 */
import { compareLex, type LexValue, positivePriorities } from './lex.ts';
import type { AssignmentProblem, Id } from './types.ts';

/**
 * The lexicographic optimum of a small problem — fewest empty slots of the highest priority, then
 * the next, down to priority 1, then the lowest total cost — or `null` if no choice satisfies the
 * rules. `empties` follows {@link positivePriorities}.
 */
export function bruteForceLexOptimum(problem: AssignmentProblem): LexValue | null {
  const n = problem.people.length;
  const priorities = positivePriorities(problem);
  const slotsOf = new Map<Id, number>(problem.posts.map((post) => [post.id, post.slots]));
  const totalSlots = problem.posts.reduce((sum, post) => sum + post.slots, 0);
  const byPerson = problem.people.map((person) => problem.pairs.filter((pair) => pair.person === person));
  const a = problem.unassignedPersonCost;
  const b = problem.unfilledPostCost;
  const used = new Map<Id, number>();
  let best: LexValue | null = null;

  const emptiesNow = (): number[] =>
    priorities.map((priority) =>
      problem.posts
        .filter((post) => (post.priority ?? 0) === priority)
        .reduce((sum, post) => sum + post.slots - (used.get(post.id) ?? 0), 0),
    );

  const visit = (i: number, assigned: number, cost: number): void => {
    if (i === n) {
      const unassigned = n - assigned;
      const empty = totalSlots - assigned;
      // An omitted penalty: the side must be complete unless it is strictly the larger one.
      if (a === undefined && n <= totalSlots && unassigned > 0) return;
      if (b === undefined && totalSlots <= n && empty > 0) return;
      const value = { empties: emptiesNow(), cost: cost + (a ?? 0) * unassigned + (b ?? 0) * empty };
      if (best === null || compareLex(value, best) < 0) best = value;
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

/** The minimum totalCost of a small problem (lexicographic when posts have priorities), or `null`. */
export function bruteForceOptimum(problem: AssignmentProblem): number | null {
  return bruteForceLexOptimum(problem)?.cost ?? null;
}
