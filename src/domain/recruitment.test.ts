import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competitionRatio, formatPlannedHires, formatRatio, RECRUITMENT_ROUTES } from './recruitment.ts';

describe('competitionRatio', () => {
  it('reproduces p.22 from the figures of p.21', () => {
    const midCareer = [
      [24, 4],
      [13, 2],
      [9, 2],
      [12, 4],
    ] as const;
    expect(midCareer.map(([a, p]) => formatRatio(competitionRatio(a, p)))).toEqual([
      '6.0',
      '6.5',
      '4.5',
      '3.0',
    ]);
    const graduate = [
      [null, null],
      [12, 2],
      [12, 3],
      [10, 3],
    ] as const;
    expect(graduate.map(([a, p]) => formatRatio(competitionRatio(a, p)))).toEqual(['–', '6.0', '4.0', '3.3']);
  });

  it('rounds half up at one decimal and answers null without passers', () => {
    expect(competitionRatio(1, 4)).toBe(0.3); // 0.25 → 0.3
    expect(competitionRatio(7, 8)).toBe(0.9); // 0.875 → 0.9
    expect(competitionRatio(10, 0)).toBeNull();
    expect(competitionRatio(null, 3)).toBeNull();
  });

  it('agrees with a decimal rounding of the exact quotient', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 500 }), (a, p) => {
        const tenths = (a * 10) / p;
        const expected = Math.floor(tenths + 0.5) / 10;
        // Exact rational comparison: expected·p·10 is within half a unit of a·10.
        expect(competitionRatio(a, p)).toBe(expected);
      }),
    );
  });
});

describe('labels', () => {
  it('lists the three routes of p.21 in order and formats plans as the seed does', () => {
    expect(RECRUITMENT_ROUTES.map((r) => r.short)).toEqual([
      '社会人経験者',
      '大学卒業程度',
      '任期付（高度経験者）',
    ]);
    expect(formatPlannedHires(4)).toBe('4名程度');
  });
});
