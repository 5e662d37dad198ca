import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateSavings } from './savings.ts';

describe('estimateSavings', () => {
  it('applies the rate to the known yearly costs and says so', () => {
    const e = estimateSavings([6_000_000, null, 4_000_000], 7.5);
    expect(e).toMatchObject({
      basisYen: 10_000_000,
      estimatedSavingsYen: 750_000,
      costedSystems: 2,
      uncostedSystems: 1,
    });
    expect(e.formula).toBe('年間経費の合計 10,000,000円 × 削減率 7.5% = 750,000円（年額）');
    expect(estimateSavings([1_234_567], 10).formula).toBe(
      '年間経費の合計 1,234,567円 × 削減率 10% = 123,456円（年額）',
    );
  });

  it('never exceeds the basis, never goes negative, and is 0 without costs', () => {
    expect(estimateSavings([null, null], 10)).toMatchObject({
      basisYen: 0,
      estimatedSavingsYen: 0,
      uncostedSystems: 2,
    });
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 10_000_000_000 }))),
        fc.integer({ min: 0, max: 1000 }).map((t) => t / 10),
        (costs, rate) => {
          const e = estimateSavings(costs, rate);
          return (
            e.estimatedSavingsYen >= 0 &&
            e.estimatedSavingsYen <= e.basisYen &&
            Number.isSafeInteger(e.estimatedSavingsYen)
          );
        },
      ),
    );
  });
});
