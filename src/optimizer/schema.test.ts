import { describe, expect, it } from 'vitest';
import { OptimizerError } from './errors.ts';
import { parseAssignmentProblem } from './schema.ts';

function messageOf(input: unknown): string {
  try {
    parseAssignmentProblem(input);
  } catch (error) {
    expect(error).toBeInstanceOf(OptimizerError);
    expect((error as OptimizerError).code).toBe('INVALID_PROBLEM');
    return (error as OptimizerError).message;
  }
  throw new Error('expected parseAssignmentProblem to throw');
}

describe('parseAssignmentProblem', () => {
  const valid = {
    people: ['a', 2],
    posts: [{ id: 'X', slots: 1 }],
    pairs: [{ person: 'a', post: 'X', cost: 1.5 }],
    unfilledPostCost: 3,
  };

  it('accepts a well-formed problem and keeps ids as given', () => {
    const problem = parseAssignmentProblem(valid);
    expect(problem.people).toEqual(['a', 2]);
    expect(problem.unfilledPostCost).toBe(3);
    expect(problem.unassignedPersonCost).toBeUndefined();
  });

  it('rejects 1e999 (JSON.parse gives Infinity) with the path of the field', () => {
    const input = JSON.parse(
      '{"people":["a"],"posts":[{"id":"X","slots":1}],"pairs":[{"person":"a","post":"X","cost":1e999}]}',
    );
    expect(messageOf(input)).toMatch(/^問題の形式が不正です \(pairs\[0\]\.cost\): /);
  });

  it.each([
    ['missing people', { ...valid, people: undefined }, 'people'],
    ['negative slots', { ...valid, posts: [{ id: 'X', slots: -1 }] }, 'posts[0].slots'],
    ['fractional slots', { ...valid, posts: [{ id: 'X', slots: 0.5 }] }, 'posts[0].slots'],
    ['boolean id', { ...valid, people: [true] }, 'people[0]'],
    ['string cost', { ...valid, pairs: [{ person: 'a', post: 'X', cost: '1' }] }, 'pairs[0].cost'],
    ['string penalty', { ...valid, unassignedPersonCost: '3' }, 'unassignedPersonCost'],
  ])('rejects %s', (_name, input, path) => {
    expect(messageOf(input)).toContain(`(${path})`);
  });

  it('rejects a non-object', () => {
    expect(messageOf([])).toContain('(全体)');
  });
});
