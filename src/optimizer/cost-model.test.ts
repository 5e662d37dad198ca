import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, type PairFeatures, pairCost, type Weights } from './cost-model.ts';

const base: PairFeatures = {
  jobTypeMatch: 'primary',
  skillShortfall: 0,
  preferenceRank: 1,
  preferenceCount: 3,
  distanceKm: 0,
  isCurrentPost: false,
  hasCurrentPost: false,
  tenureYears: 0,
  crossesBoundary: false,
  neverCrossed: false,
};

const total = (f: Partial<PairFeatures>, w: Weights = DEFAULT_WEIGHTS) =>
  pairCost({ ...base, ...f }, w).total;

describe('pairCost', () => {
  it('a perfect first-choice new placement costs nothing', () => {
    expect(total({})).toBe(0);
  });

  it('weighs job type: primary < secondary < none', () => {
    expect(total({ jobTypeMatch: 'secondary' })).toBe(DEFAULT_WEIGHTS.jobType / 2);
    expect(total({ jobTypeMatch: 'none' })).toBe(DEFAULT_WEIGHTS.jobType);
  });

  it('weighs preference rank and an unlisted body', () => {
    expect(total({ preferenceRank: 2 })).toBe(Math.round(DEFAULT_WEIGHTS.preference / 3));
    expect(total({ preferenceRank: null })).toBe(DEFAULT_WEIGHTS.preference);
  });

  it('charges a move away from a current post (continuity), not staying or a first placement', () => {
    expect(total({ hasCurrentPost: true, tenureYears: 1 })).toBe(DEFAULT_WEIGHTS.continuity);
    expect(total({ hasCurrentPost: true, isCurrentPost: true, tenureYears: 1 })).toBe(0);
    expect(total({ hasCurrentPost: false })).toBe(0);
  });

  it('counts "due to move" from the settings (the programme\'s minimum tenure)', () => {
    const stay = { hasCurrentPost: true, isCurrentPost: true, tenureYears: 2, neverCrossed: true };
    expect(pairCost({ ...base, ...stay }, DEFAULT_WEIGHTS, { dueToMoveYears: 2 }).total).toBe(
      DEFAULT_WEIGHTS.crossBoundary,
    );
    expect(pairCost({ ...base, ...stay }, DEFAULT_WEIGHTS, { dueToMoveYears: 3 }).total).toBe(0);
  });

  it('asks for a cross-boundary step of people due to move who never crossed', () => {
    const due = { hasCurrentPost: true, tenureYears: 3, neverCrossed: true };
    expect(total({ ...due, crossesBoundary: true })).toBe(DEFAULT_WEIGHTS.continuity);
    expect(total({ ...due, crossesBoundary: false })).toBe(
      DEFAULT_WEIGHTS.continuity + DEFAULT_WEIGHTS.crossBoundary,
    );
  });

  it('explains itself: the total is the sum of its terms, each non-negative, one per term code', () => {
    const features = fc.record({
      jobTypeMatch: fc.constantFrom('primary' as const, 'secondary' as const, 'none' as const),
      skillShortfall: fc.integer({ min: 0, max: 4 }),
      preferenceRank: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
      preferenceCount: fc.integer({ min: 0, max: 5 }),
      distanceKm: fc.option(fc.double({ min: 0, max: 200, noNaN: true }), { nil: null }),
      isCurrentPost: fc.boolean(),
      hasCurrentPost: fc.boolean(),
      tenureYears: fc.integer({ min: 0, max: 12 }),
      crossesBoundary: fc.boolean(),
      neverCrossed: fc.boolean(),
    });
    fc.assert(
      fc.property(features, (f) => {
        const c = pairCost(f, DEFAULT_WEIGHTS);
        expect(c.total).toBe(c.terms.reduce((s, t) => s + t.points, 0));
        expect(c.terms.every((t) => Number.isInteger(t.points) && t.points >= 0)).toBe(true);
        expect(new Set(c.terms.map((t) => t.term)).size).toBe(6);
      }),
    );
  });

  it('is monotone in every weight', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(DEFAULT_WEIGHTS) as (keyof Weights)[])),
        fc.integer({ min: 1, max: 100 }),
        (key, extra) => {
          const f: Partial<PairFeatures> = {
            jobTypeMatch: 'none',
            skillShortfall: 1,
            preferenceRank: 3,
            distanceKm: 40,
            hasCurrentPost: true,
            tenureYears: 1,
            neverCrossed: true,
          };
          expect(
            total(f, { ...DEFAULT_WEIGHTS, [key]: DEFAULT_WEIGHTS[key] + extra }),
          ).toBeGreaterThanOrEqual(total(f));
        },
      ),
    );
  });
});
