import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exploreAlternatives } from './alternatives.ts';
import { bruteForceLexOptimum } from './brute-force.ts';
import { compareLex, type LexValue, positivePriorities } from './lex.ts';
import type { AssignmentPair, AssignmentProblem, AssignmentResult, Id } from './types.ts';

function lexOf(problem: AssignmentProblem, result: AssignmentResult): LexValue {
  const priorityOf = new Map(problem.posts.map((p) => [p.id, p.priority ?? 0]));
  return {
    empties: positivePriorities(problem).map(
      (pr) => result.unfilledPosts.filter((id) => priorityOf.get(id) === pr).length,
    ),
    cost: result.totalCost,
  };
}

/** Brute force of "the pair is forced": the person removed, one slot of the post taken, cost added. */
function bruteForced(problem: AssignmentProblem, pair: AssignmentPair): LexValue | null {
  const rest = bruteForceLexOptimum({
    ...problem,
    people: problem.people.filter((p) => p !== pair.person),
    posts: problem.posts.map((q) => (q.id === pair.post ? { ...q, slots: q.slots - 1 } : q)),
    pairs: problem.pairs.filter((p) => p.person !== pair.person),
  });
  return rest && { empties: rest.empties, cost: rest.cost + pair.cost };
}

function bruteBest(problem: AssignmentProblem, candidates: AssignmentPair[]): LexValue | null {
  let best: LexValue | null = null;
  for (const c of candidates) {
    if ((problem.posts.find((p) => p.id === c.post)?.slots ?? 0) < 1) continue;
    const v = bruteForced(problem, c);
    if (v && (best === null || compareLex(v, best) < 0)) best = v;
  }
  return best;
}

/** Feasible small problems with both penalties (as the matching feature builds them) and priorities. */
const problems: fc.Arbitrary<AssignmentProblem> = fc
  .record({
    nPeople: fc.integer({ min: 1, max: 5 }),
    posts: fc.array(
      fc.record({ slots: fc.integer({ min: 0, max: 2 }), priority: fc.constantFrom(0, 0, 1, 2) }),
      { minLength: 1, maxLength: 5 },
    ),
    cells: fc.array(fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined, freq: 3 }), {
      minLength: 25,
      maxLength: 25,
    }),
    unassignedPersonCost: fc.integer({ min: 0, max: 40 }),
    unfilledPostCost: fc.integer({ min: 0, max: 40 }),
  })
  .map(({ nPeople, posts: shape, cells, unassignedPersonCost, unfilledPostCost }) => {
    const people: Id[] = Array.from({ length: nPeople }, (_, i) => `p${i}`);
    const posts = shape.map((s, k) => ({ id: `q${k}`, slots: s.slots, priority: s.priority }));
    const pairs: AssignmentPair[] = [];
    people.forEach((person, i) => {
      posts.forEach((post, k) => {
        const c = cells[i * 5 + k];
        if (c !== undefined) pairs.push({ person, post: post.id, cost: c });
      });
    });
    return { people, posts, pairs, unassignedPersonCost, unfilledPostCost };
  });

describe('exploreAlternatives (property, against brute force)', () => {
  it("each person's best other post: same rank as forcing each pair by brute force", () => {
    fc.assert(
      fc.property(problems, (problem) => {
        const explorer = exploreAlternatives(problem);
        for (const person of problem.people) {
          const chosen = explorer.optimum.assignments.find((a) => a.person === person)?.post;
          const candidates = problem.pairs.filter((p) => p.person === person && p.post !== chosen);
          const { best, complete } = explorer.best(candidates);
          expect(complete).toBe(true);
          const expected = bruteBest(problem, candidates);
          if (expected === null) {
            expect(best).toBeNull();
            continue;
          }
          expect(best).not.toBeNull();
          expect(lexOf(problem, best!.result)).toEqual(expected);
          // The plan holds the forced pair, and the reported differences are the plan's.
          expect(best!.result.assignments).toContainEqual({ person, post: best!.post });
          expect(best!.extraCost).toBe(best!.result.totalCost - explorer.optimum.totalCost);
          const base = lexOf(problem, explorer.optimum);
          expect(best!.extraEmpty).toEqual(expected.empties.map((e, k) => e - base.empties[k]!));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('filling an empty slot: the best forced pair of that post, as brute force finds it', () => {
    fc.assert(
      fc.property(problems, (problem) => {
        const explorer = exploreAlternatives(problem);
        for (const post of new Set(explorer.optimum.unfilledPosts)) {
          const holders = new Set(
            explorer.optimum.assignments.filter((a) => a.post === post).map((a) => a.person),
          );
          const candidates = problem.pairs.filter((p) => p.post === post && !holders.has(p.person));
          const expected = bruteBest(problem, candidates);
          const { best } = explorer.best(candidates);
          expect(best === null ? null : lexOf(problem, best.result)).toEqual(expected);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('exploreAlternatives: the bound prunes', () => {
  it('solves far fewer forced problems than there are candidates on a larger instance', () => {
    const n = 40;
    const people = Array.from({ length: n }, (_, i) => `p${i}`);
    const posts = Array.from({ length: n + 5 }, (_, j) => ({
      id: `q${j}`,
      slots: 1,
      priority: j % 7 === 0 ? 2 : 0,
    }));
    const pairs = people.flatMap((person, i) =>
      posts.map((post, j) => ({
        person,
        post: post.id,
        cost: ((i * 37 + j * 11) % 50) + (i === j ? 0 : 20),
      })),
    );
    const problem = { people, posts, pairs, unassignedPersonCost: 500, unfilledPostCost: 300 };
    const explorer = exploreAlternatives(problem);
    let candidates = 0;
    for (const person of people) {
      const chosen = explorer.optimum.assignments.find((a) => a.person === person)?.post;
      const mine = pairs.filter((p) => p.person === person && p.post !== chosen);
      candidates += mine.length;
      expect(explorer.best(mine).best).not.toBeNull();
    }
    expect(explorer.solves).toBeLessThan(candidates / 5);
  });

  it('stops at maxSolves and says the answer is not proven', () => {
    const problem: AssignmentProblem = {
      people: ['a', 'b'],
      posts: [
        { id: 'x', slots: 1 },
        { id: 'y', slots: 1 },
        { id: 'z', slots: 1 },
      ],
      pairs: [
        { person: 'a', post: 'x', cost: 0 },
        { person: 'a', post: 'y', cost: 1 },
        { person: 'a', post: 'z', cost: 1 },
      ],
      unassignedPersonCost: 9,
      unfilledPostCost: 0,
    };
    const explorer = exploreAlternatives(problem);
    const result = explorer.best(
      problem.pairs.filter((p) => p.post !== 'x'),
      { maxSolves: 1 },
    );
    expect(result.best?.extraCost).toBe(1);
    expect(result.complete).toBe(false);
  });
});
