import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSkillLevel, MAX_SKILL_LEVEL, SKILL_LEVELS } from './levels.ts';

describe('SKILL_LEVELS', () => {
  it('is the scale 0–4, each level with a label and a description', () => {
    expect(SKILL_LEVELS.map((l) => l.level)).toEqual([0, 1, 2, 3, 4]);
    expect(MAX_SKILL_LEVEL).toBe(4);
    expect(SKILL_LEVELS.every((l) => l.label.length > 0 && l.description.length > 0)).toBe(true);
    expect(new Set(SKILL_LEVELS.map((l) => l.label)).size).toBe(5);
  });
});

describe('isSkillLevel', () => {
  it('accepts exactly the integers 0–4', () => {
    for (const n of [0, 1, 2, 3, 4]) expect(isSkillLevel(n)).toBe(true);
    for (const n of [-1, 5, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(isSkillLevel(n)).toBe(false);
  });

  it('agrees with the scale for any number', () => {
    fc.assert(
      fc.property(fc.double(), (n) => {
        expect(isSkillLevel(n)).toBe(SKILL_LEVELS.some((l) => l.level === n));
      }),
    );
  });
});
