import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion } from './apportion.ts';

describe('apportion', () => {
  it('splits proportionally with the largest remainders', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [4, 3])).toEqual([4, 3]);
    expect(apportion(11, [2, 1, 0])).toEqual([7, 4, 0]);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
  });

  it('splits evenly when every weight is zero, and answers [] for no parts', () => {
    expect(apportion(5, [0, 0])).toEqual([3, 2]);
    expect(apportion(5, [])).toEqual([]);
  });

  it('rejects a negative or fractional total and negative weights', () => {
    expect(() => apportion(-1, [1])).toThrow(RangeError);
    expect(() => apportion(1.5, [1])).toThrow(RangeError);
    expect(() => apportion(1, [-1, 2])).toThrow(RangeError);
  });

  it('always sums to the total, and each part is within one of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }),
        (total, weights) => {
          const parts = apportion(total, weights);
          expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
          const sum = weights.reduce((s, w) => s + w, 0);
          parts.forEach((p, i) => {
            const exact = sum === 0 ? total / weights.length : (total * weights[i]!) / sum;
            expect(Math.abs(p - exact)).toBeLessThan(1 + 1e-9);
          });
        },
      ),
    );
  });
});
