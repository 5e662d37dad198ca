import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForceOptimum } from './brute-force.ts';
import { OptimizerError } from './errors.ts';
import { solveAssignment } from './solve-assignment.ts';
import type { AssignmentPair, AssignmentProblem, AssignmentResult, Id } from './types.ts';

/** The error code thrown by `fn`, or null if it returns. */
function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof OptimizerError) return error.code;
    throw error;
  }
}

/**
 * Checks the rules on a result and returns its cost recomputed from scratch: each person at most
 * once, only listed pairs, slots respected, the two lists consistent with the assignments.
 */
function checkResult(problem: AssignmentProblem, result: AssignmentResult): number {
  const pairCost = new Map<string, number>();
  const key = (person: Id, post: Id) => JSON.stringify([person, post]);
  for (const pair of problem.pairs) pairCost.set(key(pair.person, pair.post), pair.cost);
  const seen = new Set<Id>();
  const filled = new Map<Id, number>();
  let cost = 0;
  for (const { person, post } of result.assignments) {
    expect(seen.has(person), `person ${String(person)} assigned twice`).toBe(false);
    seen.add(person);
    const c = pairCost.get(key(person, post));
    expect(c, `pair ${String(person)}→${String(post)} is not listed`).toBeDefined();
    cost += c ?? 0;
    filled.set(post, (filled.get(post) ?? 0) + 1);
  }
  for (const post of problem.posts) expect(filled.get(post.id) ?? 0).toBeLessThanOrEqual(post.slots);
  expect(result.unassignedPeople).toEqual(problem.people.filter((p) => !seen.has(p)));
  const expectedUnfilled = problem.posts.flatMap((post) =>
    Array.from({ length: post.slots - (filled.get(post.id) ?? 0) }, () => post.id),
  );
  expect(result.unfilledPosts).toEqual(expectedUnfilled);
  return (
    cost +
    (problem.unassignedPersonCost ?? 0) * result.unassignedPeople.length +
    (problem.unfilledPostCost ?? 0) * result.unfilledPosts.length
  );
}

/** Small random problems: ≤ 6 people, ≤ 6 posts with 0–2 slots, random sparse pairs, optional penalties. */
function problems(cost: fc.Arbitrary<number>): fc.Arbitrary<AssignmentProblem> {
  return fc
    .record({
      nPeople: fc.integer({ min: 0, max: 6 }),
      slots: fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 6 }),
      cells: fc.array(fc.option(cost, { nil: undefined, freq: 2 }), { minLength: 36, maxLength: 36 }),
      unassignedPersonCost: fc.option(fc.integer({ min: -3, max: 30 }), { nil: undefined }),
      unfilledPostCost: fc.option(fc.integer({ min: -3, max: 30 }), { nil: undefined }),
      numericPeople: fc.boolean(),
    })
    .map(({ nPeople, slots, cells, unassignedPersonCost, unfilledPostCost, numericPeople }) => {
      const people: Id[] = Array.from({ length: nPeople }, (_, i) => (numericPeople ? i * 7 : `p${i}`));
      const posts = slots.map((s, k) => ({ id: `post-${k}`, slots: s }));
      const pairs: AssignmentPair[] = [];
      people.forEach((person, i) => {
        posts.forEach((post, k) => {
          const c = cells[i * 6 + k];
          if (c !== undefined) pairs.push({ person, post: post.id, cost: c });
        });
      });
      const problem: AssignmentProblem = { people, posts, pairs };
      return {
        ...problem,
        ...(unassignedPersonCost === undefined ? {} : { unassignedPersonCost }),
        ...(unfilledPostCost === undefined ? {} : { unfilledPostCost }),
      };
    });
}

describe('solveAssignment: optimum equals brute force (property)', () => {
  it('integer costs: same optimum or both infeasible; result valid and its cost recomputes', () => {
    fc.assert(
      fc.property(problems(fc.integer({ min: -5, max: 20 })), (problem) => {
        const best = bruteForceOptimum(problem);
        if (best === null) {
          expect(codeOf(() => solveAssignment(problem))).toBe('INFEASIBLE');
          return;
        }
        const result = solveAssignment(problem);
        expect(result.totalCost).toBe(best);
        expect(checkResult(problem, result)).toBe(result.totalCost);
      }),
      { numRuns: 1500 },
    );
  });

  it('real-valued costs: same optimum within rounding', () => {
    fc.assert(
      fc.property(problems(fc.double({ min: -50, max: 50, noNaN: true })), (problem) => {
        const best = bruteForceOptimum(problem);
        if (best === null) {
          expect(codeOf(() => solveAssignment(problem))).toBe('INFEASIBLE');
          return;
        }
        const result = solveAssignment(problem);
        expect(result.totalCost).toBeCloseTo(best, 9);
        expect(checkResult(problem, result)).toBeCloseTo(result.totalCost, 9);
      }),
      { numRuns: 500 },
    );
  });

  it('a side without a penalty is complete unless it is strictly the larger side', () => {
    fc.assert(
      fc.property(problems(fc.integer({ min: 0, max: 9 })), (problem) => {
        if (bruteForceOptimum(problem) === null) return;
        const result = solveAssignment(problem);
        const n = problem.people.length;
        const m = problem.posts.reduce((sum, p) => sum + p.slots, 0);
        if (problem.unassignedPersonCost === undefined && n <= m) expect(result.unassignedPeople).toEqual([]);
        if (problem.unfilledPostCost === undefined && m <= n) expect(result.unfilledPosts).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('solveAssignment: hand-checked cases', () => {
  it('fills a post with several slots and keeps ids as given', () => {
    // A has 2 slots, B has 1; only p3 may take B. Without penalties all 3 people and 3 slots must
    // be matched, so p3 → B (10) and p1, p2 → A (1 + 2): total 13.
    const result = solveAssignment({
      people: ['p1', 'p2', 'p3'],
      posts: [
        { id: 'A', slots: 2 },
        { id: 'B', slots: 1 },
      ],
      pairs: [
        { person: 'p1', post: 'A', cost: 1 },
        { person: 'p2', post: 'A', cost: 2 },
        { person: 'p3', post: 'A', cost: 3 },
        { person: 'p3', post: 'B', cost: 10 },
      ],
    });
    expect(result).toEqual({
      assignments: [
        { person: 'p1', post: 'A' },
        { person: 'p2', post: 'A' },
        { person: 'p3', post: 'B' },
      ],
      totalCost: 13,
      unfilledPosts: [],
      unassignedPeople: [],
    });
  });

  it('distinguishes the number 1 from the string "1"', () => {
    // Person 1 may only take post "1", person "1" only post 1 (cost 5 each): total 10.
    const result = solveAssignment({
      people: [1, '1'],
      posts: [
        { id: 1, slots: 1 },
        { id: '1', slots: 1 },
      ],
      pairs: [
        { person: 1, post: '1', cost: 5 },
        { person: '1', post: 1, cost: 5 },
      ],
    });
    expect(result.assignments).toEqual([
      { person: 1, post: '1' },
      { person: '1', post: 1 },
    ]);
    expect(result.totalCost).toBe(10);
  });

  it('without penalties, the larger side keeps its surplus at no cost', () => {
    // 3 people, 1 slot: the slot goes to the cheapest person (p2, cost 2); total 2.
    const result = solveAssignment({
      people: ['p1', 'p2', 'p3'],
      posts: [{ id: 'X', slots: 1 }],
      pairs: [
        { person: 'p1', post: 'X', cost: 4 },
        { person: 'p2', post: 'X', cost: 2 },
        { person: 'p3', post: 'X', cost: 9 },
      ],
    });
    expect(result.assignments).toEqual([{ person: 'p2', post: 'X' }]);
    expect(result.unassignedPeople).toEqual(['p1', 'p3']);
    expect(result.totalCost).toBe(2);
  });

  it('only unassignedPersonCost, more people than slots: the slot is filled, the rest pay', () => {
    // Slots (1) ≤ people (3) and no unfilledPostCost, so the slot must be filled: p2 (2) is the
    // cheapest; p1 and p3 pay 5 each → 2 + 10 = 12.
    const result = solveAssignment({
      people: ['p1', 'p2', 'p3'],
      posts: [{ id: 'X', slots: 1 }],
      pairs: [
        { person: 'p1', post: 'X', cost: 4 },
        { person: 'p2', post: 'X', cost: 2 },
        { person: 'p3', post: 'X', cost: 9 },
      ],
      unassignedPersonCost: 5,
    });
    expect(result.assignments).toEqual([{ person: 'p2', post: 'X' }]);
    expect(result.totalCost).toBe(12);
  });

  it('only unassignedPersonCost, fewer people than slots: leaving a person out can be cheaper', () => {
    // People (2) < slots (3), empty slots are free. p1 → X costs 3; p2's only pair costs 50 > 8,
    // so p2 stays out: 3 + 8 = 11.
    const result = solveAssignment({
      people: ['p1', 'p2'],
      posts: [{ id: 'X', slots: 3 }],
      pairs: [
        { person: 'p1', post: 'X', cost: 3 },
        { person: 'p2', post: 'X', cost: 50 },
      ],
      unassignedPersonCost: 8,
    });
    expect(result.assignments).toEqual([{ person: 'p1', post: 'X' }]);
    expect(result.unassignedPeople).toEqual(['p2']);
    expect(result.unfilledPosts).toEqual(['X', 'X']);
    expect(result.totalCost).toBe(11);
  });

  it('only unfilledPostCost, fewer people than slots: everyone placed, empty slots pay', () => {
    // People (2) ≤ slots (3) and no unassignedPersonCost: both are placed. Options:
    // p1→Y + p2→X = 1 + 6 = 7, p1→X + p2→Y = 3 + 2 = 5, both → X = 3 + 6 = 9. Best 5, and one
    // slot of X stays empty at 7: total 12.
    const result = solveAssignment({
      people: ['p1', 'p2'],
      posts: [
        { id: 'X', slots: 2 },
        { id: 'Y', slots: 1 },
      ],
      pairs: [
        { person: 'p1', post: 'X', cost: 3 },
        { person: 'p1', post: 'Y', cost: 1 },
        { person: 'p2', post: 'X', cost: 6 },
        { person: 'p2', post: 'Y', cost: 2 },
      ],
      unfilledPostCost: 7,
    });
    expect(result.assignments).toEqual([
      { person: 'p1', post: 'X' },
      { person: 'p2', post: 'Y' },
    ]);
    expect(result.unfilledPosts).toEqual(['X']);
    expect(result.totalCost).toBe(12);
  });

  it('with both penalties, a pair dearer than leaving both sides empty is not taken', () => {
    // Cost 10 > 3 + 4: leaving p and J empty costs 7.
    const base = {
      people: ['p'],
      posts: [{ id: 'J', slots: 1 }],
      unassignedPersonCost: 3,
      unfilledPostCost: 4,
    };
    const skipped = solveAssignment({ ...base, pairs: [{ person: 'p', post: 'J', cost: 10 }] });
    expect(skipped).toEqual({ assignments: [], totalCost: 7, unfilledPosts: ['J'], unassignedPeople: ['p'] });
    // Cost 6 < 7: taken.
    const taken = solveAssignment({ ...base, pairs: [{ person: 'p', post: 'J', cost: 6 }] });
    expect(taken).toEqual({
      assignments: [{ person: 'p', post: 'J' }],
      totalCost: 6,
      unfilledPosts: [],
      unassignedPeople: [],
    });
  });

  it('a post with 0 slots takes nobody and is never listed as unfilled', () => {
    // Z has no slot, so p → Y at 9 although p → Z would cost 1.
    const result = solveAssignment({
      people: ['p'],
      posts: [
        { id: 'Z', slots: 0 },
        { id: 'Y', slots: 1 },
      ],
      pairs: [
        { person: 'p', post: 'Z', cost: 1 },
        { person: 'p', post: 'Y', cost: 9 },
      ],
    });
    expect(result).toEqual({
      assignments: [{ person: 'p', post: 'Y' }],
      totalCost: 9,
      unfilledPosts: [],
      unassignedPeople: [],
    });
  });

  it('an empty problem has an empty result', () => {
    expect(solveAssignment({ people: [], posts: [], pairs: [] })).toEqual({
      assignments: [],
      totalCost: 0,
      unfilledPosts: [],
      unassignedPeople: [],
    });
  });
});

describe('solveAssignment: infeasible', () => {
  it('no penalties and a person of the smaller side has no pair', () => {
    const error = (() => {
      try {
        solveAssignment({
          people: ['p1', 'p2'],
          posts: [
            { id: 'A', slots: 1 },
            { id: 'B', slots: 1 },
          ],
          pairs: [{ person: 'p1', post: 'A', cost: 1 }],
        });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(OptimizerError);
    expect((error as OptimizerError).code).toBe('INFEASIBLE');
    expect((error as OptimizerError).message).toContain('"p2"');
  });

  it('no penalties and two people of the smaller side compete for one post', () => {
    expect(
      codeOf(() =>
        solveAssignment({
          people: ['p1', 'p2'],
          posts: [
            { id: 'A', slots: 1 },
            { id: 'B', slots: 1 },
          ],
          pairs: [
            { person: 'p1', post: 'A', cost: 1 },
            { person: 'p2', post: 'A', cost: 1 },
          ],
        }),
      ),
    ).toBe('INFEASIBLE');
  });

  it('slots are the smaller side without unfilledPostCost and a slot has no candidate', () => {
    // 1 slot ≤ 2 people, so the slot must be filled, but nobody may take it.
    expect(
      codeOf(() =>
        solveAssignment({
          people: ['p1', 'p2'],
          posts: [{ id: 'A', slots: 1 }],
          pairs: [],
          unassignedPersonCost: 1,
        }),
      ),
    ).toBe('INFEASIBLE');
  });

  it('the same problem is feasible once the missing penalty is given', () => {
    const result = solveAssignment({
      people: ['p1', 'p2'],
      posts: [{ id: 'A', slots: 1 }],
      pairs: [],
      unassignedPersonCost: 1,
      unfilledPostCost: 4,
    });
    expect(result.totalCost).toBe(6); // 2 people × 1 + 1 slot × 4
  });
});

describe('solveAssignment: invalid input', () => {
  const valid: AssignmentProblem = {
    people: ['p1', 'p2'],
    posts: [{ id: 'A', slots: 2 }],
    pairs: [
      { person: 'p1', post: 'A', cost: 1 },
      { person: 'p2', post: 'A', cost: 2 },
    ],
  };
  const cases: [string, AssignmentProblem][] = [
    ['NaN cost', { ...valid, pairs: [{ person: 'p1', post: 'A', cost: Number.NaN }] }],
    ['Infinity cost', { ...valid, pairs: [{ person: 'p1', post: 'A', cost: Number.POSITIVE_INFINITY }] }],
    ['string cost', { ...valid, pairs: [{ person: 'p1', post: 'A', cost: '1' as unknown as number }] }],
    ['unknown person', { ...valid, pairs: [{ person: 'p9', post: 'A', cost: 1 }] }],
    ['unknown post', { ...valid, pairs: [{ person: 'p1', post: 'B', cost: 1 }] }],
    ['duplicate person id', { ...valid, people: ['p1', 'p1'] }],
    [
      'duplicate post id',
      {
        ...valid,
        posts: [
          { id: 'A', slots: 1 },
          { id: 'A', slots: 1 },
        ],
      },
    ],
    [
      'duplicate pair',
      {
        ...valid,
        pairs: [
          { person: 'p1', post: 'A', cost: 1 },
          { person: 'p1', post: 'A', cost: 3 },
        ],
      },
    ],
    ['negative slots', { ...valid, posts: [{ id: 'A', slots: -1 }] }],
    ['fractional slots', { ...valid, posts: [{ id: 'A', slots: 1.5 }] }],
    [
      'too many slots in all',
      {
        ...valid,
        posts: Array.from({ length: 11 }, (_, k) => ({ id: `P${k}`, slots: 1_000_000 })),
        pairs: [],
      },
    ],
    ['NaN penalty', { ...valid, unfilledPostCost: Number.NaN }],
    ['Infinity penalty', { ...valid, unassignedPersonCost: Number.POSITIVE_INFINITY }],
    ['null id', { ...valid, people: [null as unknown as Id] }],
  ];
  it.each(cases)('%s → INVALID_PROBLEM', (_name, problem) => {
    expect(codeOf(() => solveAssignment(problem))).toBe('INVALID_PROBLEM');
  });

  it('the unmodified problem is valid', () => {
    expect(solveAssignment(valid).totalCost).toBe(3);
  });

  it('messages are Japanese and name the culprit', () => {
    try {
      solveAssignment({ ...valid, pairs: [{ person: 'p9', post: 'A', cost: 1 }] });
      expect.unreachable();
    } catch (error) {
      expect((error as OptimizerError).message).toBe('pairs[0] の職員 ID "p9" は people にありません');
    }
  });
});

describe('solveAssignment: progress and cancellation', () => {
  /** 300 people and posts with costs (i·j) mod 97: enough work for several checkpoints. */
  function biggish(): AssignmentProblem {
    const people = Array.from({ length: 300 }, (_, i) => i);
    const posts = people.map((i) => ({ id: `j${i}`, slots: 1 }));
    const pairs = people.flatMap((i) =>
      people.map((j) => ({ person: i, post: `j${j}`, cost: (i * j) % 97 })),
    );
    return { people, posts, pairs };
  }

  it('reports fractions in [0, 1], ending with 1', () => {
    const seen: number[] = [];
    solveAssignment(biggish(), { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const f of seen) expect(f >= 0 && f <= 1).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });

  it('throws CANCELLED when the signal is already aborted', () => {
    const controller = new AbortController();
    controller.abort();
    expect(codeOf(() => solveAssignment(biggish(), { signal: controller.signal }))).toBe('CANCELLED');
  });

  it('throws CANCELLED when aborted while solving', () => {
    const controller = new AbortController();
    const run = () =>
      solveAssignment(biggish(), { signal: controller.signal, onProgress: () => controller.abort() });
    expect(codeOf(run)).toBe('CANCELLED');
  });
});
