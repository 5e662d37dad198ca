import { JOB_TYPES } from '../../../domain/job-types.ts';
import { SKILL_CATEGORIES, SKILL_ITEMS } from '../../../domain/skills/catalogue.ts';
import { SKILL_LEVELS } from '../../../domain/skills/levels.ts';
import { CAREER_STAGES, importanceOf, targetsFor } from '../../../domain/skills/targets.ts';

/** ① … ⑩ for 1 … 10. */
export const circledNumber = (n: number): string => String.fromCodePoint(0x2460 + n - 1);

/** The ten job types of p.9, numbered as the document numbers them. */
export function presentJobTypes() {
  return JOB_TYPES.map((j) => ({
    code: j.code,
    no: j.no,
    mark: circledNumber(j.no),
    name: j.name,
    description: j.description,
  }));
}

/** The catalogue, the level scale, the career stages and the target of every item per job type × stage. */
export function presentCatalogue() {
  return {
    categories: SKILL_CATEGORIES.map((c) => ({
      code: c.code,
      name: c.name,
      items: c.items.map((i) => ({ code: i.code, name: i.name })),
    })),
    levels: SKILL_LEVELS.map((l) => ({ level: l.level, label: l.label, description: l.description })),
    careerStages: CAREER_STAGES.map((s) => ({ code: s.code, name: s.name })),
    targets: JOB_TYPES.flatMap((j) =>
      CAREER_STAGES.map((s) => ({
        jobType: j.code,
        careerStage: s.code,
        levels: Object.fromEntries(targetsFor(j.code, s.code)),
        importance: Object.fromEntries(SKILL_ITEMS.map((i) => [i.code, importanceOf(j.code, i.code)])),
      })),
    ),
  };
}
