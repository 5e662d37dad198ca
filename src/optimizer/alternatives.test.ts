import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exploreAlternatives } from './alternatives.ts';
import { bruteForceLexOptimum } from './brute-force.ts';
import { compareLex, type LexValue, positivePriorities } from './lex.ts';
import { solveAssignment } from './solve-assignment.ts';
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
        // With both penalties the duals are exact: shortest paths, no forced problem solved.
        expect(explorer.solves).toBe(0);
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

/** "The pair is forced" by the exact solver, for instances too large for brute force. */
function solvedBest(problem: AssignmentProblem, candidates: AssignmentPair[]): LexValue | null {
  let best: LexValue | null = null;
  for (const c of candidates) {
    if ((problem.posts.find((p) => p.id === c.post)?.slots ?? 0) < 1) continue;
    const rest = solveAssignment({
      ...problem,
      people: problem.people.filter((p) => p !== c.person),
      posts: problem.posts.map((q) => (q.id === c.post ? { ...q, slots: q.slots - 1 } : q)),
      pairs: problem.pairs.filter((p) => p.person !== c.person),
    });
    const v = lexOf(problem, { ...rest, totalCost: rest.totalCost + c.cost });
    if (best === null || compareLex(v, best) < 0) best = v;
  }
  return best;
}

/** Medium instances (up to 25 people, 12 posts of up to 3 slots, tiers), beyond brute force. */
const medium: fc.Arbitrary<AssignmentProblem> = fc
  .record({
    nPeople: fc.integer({ min: 5, max: 25 }),
    nPosts: fc.integer({ min: 3, max: 12 }),
    seed: fc.integer({ min: 1, max: 2 ** 30 }),
    unassignedPersonCost: fc.integer({ min: 0, max: 60 }),
    unfilledPostCost: fc.integer({ min: 0, max: 60 }),
  })
  .map(({ nPeople, nPosts, seed, unassignedPersonCost, unfilledPostCost }) => {
    let x = seed;
    const next = (n: number) => {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      return x % n;
    };
    const people = Array.from({ length: nPeople }, (_, i) => `p${i}`);
    const posts = Array.from({ length: nPosts }, (_, k) => ({
      id: `q${k}`,
      slots: next(4),
      priority: [0, 0, 1, 2][next(4)]!,
    }));
    const pairs: AssignmentPair[] = [];
    for (const person of people) {
      for (const post of posts) if (next(3) > 0) pairs.push({ person, post: post.id, cost: next(50) });
    }
    return { people, posts, pairs, unassignedPersonCost, unfilledPostCost };
  });

describe('exploreAlternatives on medium instances (shortest paths against forced solves)', () => {
  it('every person and every empty post: the same rank as solving each forced problem', () => {
    fc.assert(
      fc.property(medium, (problem) => {
        const explorer = exploreAlternatives(problem);
        const chosen = new Map(explorer.optimum.assignments.map((a) => [a.person, a.post]));
        for (const person of problem.people) {
          const candidates = problem.pairs.filter(
            (p) => p.person === person && p.post !== chosen.get(person),
          );
          const { best } = explorer.best(candidates);
          expect(best === null ? null : lexOf(problem, best.result)).toEqual(solvedBest(problem, candidates));
          // Several questions about one person from one search (other post, two "wished bodies").
          const groups = [candidates, candidates.filter((_, k) => k % 2 === 0), candidates.slice(0, 2)];
          explorer.bestEach(groups).forEach((answer, g) => {
            expect(answer.complete).toBe(true);
            const value = answer.best === null ? null : lexOf(problem, answer.best.result);
            expect(value).toEqual(solvedBest(problem, groups[g]!));
          });
        }
        for (const post of new Set(explorer.optimum.unfilledPosts)) {
          const candidates = problem.pairs.filter((p) => p.post === post && chosen.get(p.person) !== post);
          const { best } = explorer.best(candidates);
          expect(best === null ? null : lexOf(problem, best.result)).toEqual(solvedBest(problem, candidates));
        }
        expect(explorer.solves).toBe(0);
      }),
      { numRuns: 60 },
    );
  });
});

describe('exploreAlternatives: exact paths, and the bound where they do not apply', () => {
  it('solves no forced problem on a larger instance with both penalties (shortest paths instead)', () => {
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
    expect(candidates).toBeGreaterThan(1000);
    expect(explorer.solves).toBe(0);
  });

  it('stops a search at maxSearchWork: the answer found is exact for its pair but not proven best', () => {
    const people = Array.from({ length: 30 }, (_, i) => `p${i}`);
    const posts = Array.from({ length: 30 }, (_, j) => ({ id: `q${j}`, slots: 1 }));
    const pairs = people.flatMap((person, i) =>
      posts.map((post, j) => ({ person, post: post.id, cost: (i * 7 + j * 13) % 31 })),
    );
    const problem = { people, posts, pairs, unassignedPersonCost: 100, unfilledPostCost: 100 };
    const explorer = exploreAlternatives(problem);
    const chosen = explorer.optimum.assignments.find((a) => a.person === 'p0')?.post;
    const candidates = pairs.filter((p) => p.person === 'p0' && p.post !== chosen);
    const capped = explorer.best(candidates, { maxSearchWork: 40 });
    expect(capped.complete).toBe(false);
    const full = explorer.best(candidates);
    expect(full.complete).toBe(true);
    if (capped.best) {
      expect(capped.best.extraCost).toBeGreaterThanOrEqual(full.best!.extraCost);
      const pair = pairs.find((p) => p.person === 'p0' && p.post === capped.best!.post)!;
      expect(lexOf(problem, capped.best.result)).toEqual(solvedBest(problem, [pair]));
    }
  });

  it('stops at maxSolves and says the answer is not proven (every slot must be filled: no exact paths)', () => {
    // No unfilledPostCost and as many people as slots: rows are slots, the forced problems are solved.
    const problem: AssignmentProblem = {
      people: ['a', 'b', 'c'],
      posts: [
        { id: 'x', slots: 1 },
        { id: 'y', slots: 1 },
        { id: 'z', slots: 1 },
      ],
      pairs: [
        { person: 'a', post: 'x', cost: 0 },
        { person: 'a', post: 'y', cost: 1 },
        { person: 'a', post: 'z', cost: 1 },
        { person: 'b', post: 'y', cost: 0 },
        { person: 'b', post: 'x', cost: 5 },
        { person: 'c', post: 'z', cost: 0 },
        { person: 'c', post: 'x', cost: 5 },
      ],
      unassignedPersonCost: 9,
    };
    const explorer = exploreAlternatives(problem);
    const result = explorer.best(
      problem.pairs.filter((p) => p.person === 'a' && p.post !== 'x'),
      { maxSolves: 1 },
    );
    expect(result.best?.extraCost).toBe(6);
    expect(result.complete).toBe(false);
    expect(explorer.solves).toBe(1);
  });
});
