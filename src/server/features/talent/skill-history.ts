import type { skillAssessments, skillSheets } from '../../../db/schema/index.ts';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { jobTypeOf } from '../../../domain/job-types.ts';
import { achievementPercent } from '../../../domain/skills/achievement.ts';
import { isSkillItemCode, type SkillItemCode } from '../../../domain/skills/catalogue.ts';
import { isSkillLevel, type SkillLevel } from '../../../domain/skills/levels.ts';
import { CAREER_STAGES, type CareerStage, targetsFor } from '../../../domain/skills/targets.ts';

type Sheet = typeof skillSheets.$inferSelect;
type Assessment = typeof skillAssessments.$inferSelect;

const level = (n: number | null): SkillLevel | null => (n !== null && isSkillLevel(n) ? n : null);

/**
 * Achievement per 年度 from a person's skill sheets: each sheet against the targets of the job type
 * and career stage it was assessed for (src/domain/skills). Sheets naming an unknown job type or
 * stage are left out rather than guessed.
 */
export function skillHistory(sheets: Sheet[], assessments: Assessment[]) {
  return sheets.flatMap((sheet) => {
    const jobType = jobTypeOf(sheet.jobType);
    const stage = CAREER_STAGES.find((s) => s.code === sheet.careerStage);
    if (!jobType || !stage) return [];
    const levels = new Map<SkillItemCode, { self: SkillLevel | null; evaluator: SkillLevel | null }>();
    for (const a of assessments) {
      if (a.sheetId === sheet.id && isSkillItemCode(a.itemCode)) {
        levels.set(a.itemCode, { self: level(a.selfLevel), evaluator: level(a.evaluatorLevel) });
      }
    }
    return [
      {
        fiscalYear: sheet.fiscalYear,
        fiscalYearLabel: formatFiscalYear(sheet.fiscalYear),
        jobType: { code: jobType.code, name: jobType.name },
        careerStage: { code: stage.code as CareerStage, name: stage.name },
        status: sheet.status,
        achievementPercent: achievementPercent(targetsFor(jobType.code, stage.code), levels),
      },
    ];
  });
}
