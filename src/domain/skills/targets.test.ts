import { describe, expect, it } from 'vitest';
import { JOB_TYPE_CODES } from '../job-types.ts';
import { SKILL_ITEM_CODES } from './catalogue.ts';
import { isSkillLevel } from './levels.ts';
import { CAREER_STAGES, careerStageOf, importanceOf, targetsFor } from './targets.ts';

const STAGES = CAREER_STAGES.map((s) => s.code);

describe('careerStageOf', () => {
  it.each([
    [2024, 2024, 'junior'],
    [2022, 2024, 'junior'],
    [2021, 2024, 'middle'],
    [2016, 2024, 'middle'],
    [2015, 2024, 'senior'],
    [2000, 2024, 'senior'],
  ])('hired %i, in %i → %s', (hired, fy, stage) => {
    expect(careerStageOf(hired, fy)).toBe(stage);
  });

  it('measures 任期付高度経験者 as ベテラン from their first year', () => {
    expect(careerStageOf(2024, 2024, true)).toBe('senior');
  });
});

describe('targetsFor', () => {
  it('gives every job type a target level for every item at every stage', () => {
    for (const jobType of JOB_TYPE_CODES) {
      for (const stage of STAGES) {
        const targets = targetsFor(jobType, stage);
        expect([...targets.keys()]).toEqual(SKILL_ITEM_CODES);
        expect([...targets.values()].every((level) => isSkillLevel(level) && level >= 1)).toBe(true);
      }
    }
  });

  it('never lowers a target as the career advances', () => {
    for (const jobType of JOB_TYPE_CODES) {
      for (const item of SKILL_ITEM_CODES) {
        const levels = STAGES.map((stage) => targetsFor(jobType, stage).get(item) ?? -1);
        expect(levels).toEqual([...levels].sort((a, b) => a - b));
      }
    }
  });

  it('sets core items above related ones and related above the rest, at every stage', () => {
    for (const jobType of JOB_TYPE_CODES) {
      const importance = SKILL_ITEM_CODES.map((item) => importanceOf(jobType, item));
      expect(importance).toContain('core');
      for (const stage of STAGES) {
        const targets = targetsFor(jobType, stage);
        const levelsOf = (kind: string) =>
          SKILL_ITEM_CODES.filter((_, i) => importance[i] === kind).map((item) => targets.get(item) ?? 0);
        expect(Math.min(...levelsOf('core'))).toBeGreaterThan(Math.max(...levelsOf('related')));
        expect(Math.min(...levelsOf('related'))).toBeGreaterThanOrEqual(Math.max(...levelsOf('basic')));
      }
    }
  });

  it('expects a senior security specialist to lead security (level 4)', () => {
    const targets = targetsFor('security_specialist', 'senior');
    expect(targets.get('security_engineering')).toBe(4);
    expect(targets.get('law_privacy')).toBe(3);
    expect(targets.get('ux_design')).toBe(1);
  });
});
