import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForceLexOptimum } from './brute-force.ts';
import { OptimizerError } from './errors.ts';
import { compareLex, type LexValue, positivePriorities } from './lex.ts';
import { solveAssignment } from './solve-assignment.ts';
import type { AssignmentPair, AssignmentProblem, AssignmentResult, Id } from './types.ts';

/** The lexicographic value of a result: empty slots per positive priority (highest first), cost. */
function lexOf(problem: AssignmentProblem, result: AssignmentResult): LexValue {
  const priorityOf = new Map(problem.posts.map((p) => [p.id, p.priority ?? 0]));
  const empties = positivePriorities(problem).map(
    (priority) => result.unfilledPosts.filter((id) => priorityOf.get(id) === priority).length,
  );
  return { empties, cost: result.totalCost };
}

/**
 * Small random problems with priorities drawn from a few spread-out values (0, 1, 2, 7, 1000: the
 * solver must rank them, not use them as weights), costs from `cost`, optional penalties.
 */
function problems(cost: fc.Arbitrary<number>): fc.Arbitrary<AssignmentProblem> {
  return fc
    .record({
      nPeople: fc.integer({ min: 0, max: 6 }),
      posts: fc.array(
        fc.record({
          slots: fc.integer({ min: 0, max: 2 }),
          priority: fc.constantFrom(0, 0, 1, 2, 7, 1000, undefined),
        }),
        { maxLength: 6 },
      ),
      cells: fc.array(fc.option(cost, { nil: undefined, freq: 2 }), { minLength: 36, maxLength: 36 }),
      unassignedPersonCost: fc.option(fc.integer({ min: -3, max: 30 }), { nil: undefined }),
      unfilledPostCost: fc.option(fc.integer({ min: -3, max: 30 }), { nil: undefined }),
    })
    .map(({ nPeople, posts: shape, cells, unassignedPersonCost, unfilledPostCost }) => {
      const people: Id[] = Array.from({ length: nPeople }, (_, i) => `p${i}`);
      const posts = shape.map((s, k) => ({
        id: `post-${k}`,
        slots: s.slots,
        ...(s.priority === undefined ? {} : { priority: s.priority }),
      }));
      const pairs: AssignmentPair[] = [];
      people.forEach((person, i) => {
        posts.forEach((post, k) => {
          const c = cells[i * 6 + k];
          if (c !== undefined) pairs.push({ person, post: post.id, cost: c });
        });
      });
      return {
        people,
        posts,
        pairs,
        ...(unassignedPersonCost === undefined ? {} : { unassignedPersonCost }),
        ...(unfilledPostCost === undefined ? {} : { unfilledPostCost }),
      };
    });
}

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof OptimizerError) return error.code;
    throw error;
  }
}

describe('priorities: the optimum is lexicographic (property, against brute force)', () => {
  it('integer costs: same empty slots per priority and same cost, or both infeasible', () => {
    fc.assert(
      fc.property(problems(fc.integer({ min: -5, max: 40 })), (problem) => {
        const best = bruteForceLexOptimum(problem);
        if (best === null) {
          expect(codeOf(() => solveAssignment(problem))).toBe('INFEASIBLE');
          return;
        }
        expect(lexOf(problem, solveAssignment(problem))).toEqual(best);
      }),
      { numRuns: 2000 },
    );
  });

  it('tie-heavy costs (0 or 1) and large ones mixed: still exact', () => {
    fc.assert(
      fc.property(problems(fc.constantFrom(0, 1, 1, 0, 5000, -5000)), (problem) => {
        const best = bruteForceLexOptimum(problem);
        if (best === null) return;
        expect(lexOf(problem, solveAssignment(problem))).toEqual(best);
      }),
      { numRuns: 1000 },
    );
  });

  it('real-valued costs: same empty slots per priority, cost within rounding', () => {
    fc.assert(
      fc.property(problems(fc.double({ min: -50, max: 50, noNaN: true })), (problem) => {
        const best = bruteForceLexOptimum(problem);
        if (best === null) return;
        const got = lexOf(problem, solveAssignment(problem));
        expect(compareLex(got, best, 1e-9)).toBe(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('priorities: hand-checked cases', () => {
  it('no gain in cost leaves a 必須 post empty while someone allowed to fill it is available', () => {
    // Without priorities the cheap plan puts Aさん in the cheap post and leaves 必須 empty.
    const problem: AssignmentProblem = {
      people: ['A'],
      posts: [
        { id: 'must', slots: 1, priority: 2 },
        { id: 'cheap', slots: 1 },
      ],
      pairs: [
        { person: 'A', post: 'must', cost: 900 },
        { person: 'A', post: 'cheap', cost: 0 },
      ],
      unfilledPostCost: 10,
      unassignedPersonCost: 10,
    };
    expect(
      solveAssignment({ ...problem, posts: problem.posts.map((p) => ({ ...p, priority: 0 })) }).assignments,
    ).toEqual([{ person: 'A', post: 'cheap' }]);
    const result = solveAssignment(problem);
    expect(result.assignments).toEqual([{ person: 'A', post: 'must' }]);
    // totalCost stays pair costs + penalties: no tier weights in it.
    expect(result.totalCost).toBe(900 + 10);
  });

  it('a higher priority beats any number of lower ones, whatever their values', () => {
    // B can fill the 優先 post or the 必須 one; A can only fill the 優先 one. Filling 必須 costs 優先.
    const problem: AssignmentProblem = {
      people: ['A', 'B'],
      posts: [
        { id: 'must', slots: 1, priority: 1000 },
        { id: 'want', slots: 2, priority: 3 },
      ],
      pairs: [
        { person: 'B', post: 'must', cost: 50 },
        { person: 'B', post: 'want', cost: 0 },
        { person: 'A', post: 'want', cost: 0 },
      ],
      unfilledPostCost: 0,
      unassignedPersonCost: 0,
    };
    const result = solveAssignment(problem);
    expect(result.assignments).toEqual([
      { person: 'A', post: 'want' },
      { person: 'B', post: 'must' },
    ]);
    expect(result.unfilledPosts).toEqual(['want']);
  });

  it('chains: filling one 必須 slot may move several people and empty one lower slot', () => {
    // must ← C only; C ← also x; x ← also B; B ← also y (priority 1); the chain ends at y.
    const problem: AssignmentProblem = {
      people: ['B', 'C'],
      posts: [
        { id: 'must', slots: 1, priority: 2 },
        { id: 'x', slots: 1 },
        { id: 'y', slots: 1, priority: 1 },
      ],
      pairs: [
        { person: 'C', post: 'must', cost: 30 },
        { person: 'C', post: 'x', cost: 0 },
        { person: 'B', post: 'x', cost: 0 },
        { person: 'B', post: 'y', cost: 0 },
      ],
      unfilledPostCost: 1,
      unassignedPersonCost: 1,
    };
    expect(lexOf(problem, solveAssignment(problem))).toEqual(bruteForceLexOptimum(problem));
    expect(solveAssignment(problem).unfilledPosts).toEqual(['x']);
  });

  it('priority must be an integer ≥ 0 (Japanese message naming the post)', () => {
    const bad = { people: [], posts: [{ id: 'q', slots: 1, priority: -1 }], pairs: [] };
    expect(() => solveAssignment(bad)).toThrow(/ポスト "q" の priority/);
    expect(() => solveAssignment({ ...bad, posts: [{ id: 'q', slots: 1, priority: 1.5 }] })).toThrow(
      OptimizerError,
    );
  });

  it('refuses (rather than rounding) costs too spread to weigh tiers exactly', () => {
    const problem: AssignmentProblem = {
      people: ['A', 'B'],
      posts: [{ id: 'must', slots: 1, priority: 1 }],
      pairs: [
        { person: 'A', post: 'must', cost: 1e300 },
        { person: 'B', post: 'must', cost: -1e300 },
      ],
      unfilledPostCost: 0,
      unassignedPersonCost: 0,
    };
    expect(codeOf(() => solveAssignment(problem))).toBe('INVALID_PROBLEM');
    // Without priorities the same costs are solved as before.
    expect(solveAssignment({ ...problem, posts: [{ id: 'must', slots: 1 }] }).assignments).toEqual([
      { person: 'B', post: 'must' },
    ]);
  });
});
