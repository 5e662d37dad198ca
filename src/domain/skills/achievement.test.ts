import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOB_TYPE_CODES } from '../job-types.ts';
import { achievementPercent, effectiveLevel, skillGaps } from './achievement.ts';
import { SKILL_ITEM_CODES, type SkillItemCode } from './catalogue.ts';
import type { SkillLevel } from './levels.ts';
import { CAREER_STAGES, targetsFor } from './targets.ts';

type Assessed = { self: SkillLevel | null; evaluator: SkillLevel | null };

const level = fc.constantFrom<SkillLevel>(0, 1, 2, 3, 4);
const maybeLevel = fc.option(level, { nil: null });
const targetsArb = fc
  .tuple(fc.constantFrom(...JOB_TYPE_CODES), fc.constantFrom(...CAREER_STAGES.map((s) => s.code)))
  .map(([jobType, stage]) => targetsFor(jobType, stage));
const levelsArb = fc
  .array(fc.record({ self: maybeLevel, evaluator: maybeLevel }), {
    minLength: SKILL_ITEM_CODES.length,
    maxLength: SKILL_ITEM_CODES.length,
  })
  .map((list) => new Map<SkillItemCode, Assessed>(SKILL_ITEM_CODES.map((code, i) => [code, list[i]!])));

const uniform = (self: SkillLevel | null, evaluator: SkillLevel | null) =>
  new Map<SkillItemCode, Assessed>(SKILL_ITEM_CODES.map((code) => [code, { self, evaluator }]));

describe('effectiveLevel', () => {
  it("takes the evaluator's level, else the self-assessment, else 0", () => {
    expect(effectiveLevel({ self: 3, evaluator: 1 })).toBe(1);
    expect(effectiveLevel({ self: 3, evaluator: 0 })).toBe(0);
    expect(effectiveLevel({ self: 3, evaluator: null })).toBe(3);
    expect(effectiveLevel({ self: null, evaluator: null })).toBe(0);
    expect(effectiveLevel(undefined)).toBe(0);
  });
});

describe('achievementPercent', () => {
  it('is 100 when every level meets its target and 0 when every level is 0', () => {
    for (const jobType of JOB_TYPE_CODES) {
      for (const { code: stage } of CAREER_STAGES) {
        const targets = targetsFor(jobType, stage);
        expect(achievementPercent(targets, uniform(4, null))).toBe(100);
        expect(achievementPercent(targets, uniform(null, 4))).toBe(100);
        expect(achievementPercent(targets, uniform(0, 0))).toBe(0);
        expect(achievementPercent(targets, new Map())).toBe(0);
      }
    }
  });

  it('matches a hand computation: capped levels over summed targets, one decimal', () => {
    const targets = new Map<SkillItemCode, SkillLevel>([
      ['strategy', 3],
      ['bpr', 2],
      ['cloud', 1],
    ]);
    // strategy 2 of 3, bpr 4 capped at 2, cloud 0 of 1 → (2 + 2 + 0) / 6 = 66.7 %
    const levels = new Map<SkillItemCode, Assessed>([
      ['strategy', { self: 4, evaluator: 2 }],
      ['bpr', { self: 4, evaluator: null }],
    ]);
    expect(achievementPercent(targets, levels)).toBe(66.7);
  });

  it('is 100 for an empty target set', () => {
    expect(achievementPercent(new Map(), uniform(0, 0))).toBe(100);
  });

  it('stays within [0, 100] with at most one decimal', () => {
    fc.assert(
      fc.property(targetsArb, levelsArb, (targets, levels) => {
        const p = achievementPercent(targets, levels);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(100);
        expect(Math.round(p * 10) / 10).toBe(p);
      }),
    );
  });

  it('never falls when one item’s effective level rises', () => {
    fc.assert(
      fc.property(
        targetsArb,
        levelsArb,
        fc.constantFrom(...SKILL_ITEM_CODES),
        level,
        (targets, levels, item, raised) => {
          const current = effectiveLevel(levels.get(item));
          fc.pre(raised >= current);
          const higher = new Map(levels);
          higher.set(item, { self: null, evaluator: raised });
          expect(achievementPercent(targets, higher)).toBeGreaterThanOrEqual(
            achievementPercent(targets, levels),
          );
        },
      ),
    );
  });
});

describe('skillGaps', () => {
  it('lists exactly the items below target with target − level, largest first, ties in catalogue order', () => {
    fc.assert(
      fc.property(targetsArb, levelsArb, (targets, levels) => {
        const gaps = skillGaps(targets, levels);
        const below = [...targets]
          .filter(([item, t]) => effectiveLevel(levels.get(item)) < t)
          .map(([item]) => item);
        expect(gaps.map((g) => g.item).sort()).toEqual([...below].sort());
        for (const g of gaps) {
          expect(g.target).toBe(targets.get(g.item));
          expect(g.level).toBe(effectiveLevel(levels.get(g.item)));
          expect(g.gap).toBe(g.target - g.level);
          expect(g.gap).toBeGreaterThan(0);
        }
        for (let i = 1; i < gaps.length; i++) {
          const [a, b] = [gaps[i - 1]!, gaps[i]!];
          expect(a.gap).toBeGreaterThanOrEqual(b.gap);
          if (a.gap === b.gap)
            expect(SKILL_ITEM_CODES.indexOf(a.item)).toBeLessThan(SKILL_ITEM_CODES.indexOf(b.item));
        }
      }),
    );
  });

  it('is empty when every target is met', () => {
    expect(skillGaps(targetsFor('data_scientist', 'senior'), uniform(4, 4))).toEqual([]);
  });
});
