import { asc, inArray } from 'drizzle-orm';
import { skillAssessments, skillSheets } from '../../../db/schema/index.ts';
import { type JobTypeCode, jobTypeOf } from '../../../domain/job-types.ts';
import {
  type AssessedLevels,
  achievementPercent,
  effectiveLevel,
  type SkillGap,
  skillGaps,
} from '../../../domain/skills/achievement.ts';
import { isSkillItemCode, SKILL_ITEMS, type SkillItemCode } from '../../../domain/skills/catalogue.ts';
import { isSkillLevel, type SkillLevel } from '../../../domain/skills/levels.ts';
import { CAREER_STAGES, type CareerStage, importanceOf, targetsFor } from '../../../domain/skills/targets.ts';
import type { Db } from '../../platform/db.ts';

export type SheetRow = typeof skillSheets.$inferSelect;
export type AssessmentRow = typeof skillAssessments.$inferSelect;

/** One catalogue item of a sheet: both assessments, the level that counts, the target and the gap. */
export type SheetItem = {
  itemCode: SkillItemCode;
  name: string;
  categoryCode: string;
  categoryName: string;
  importance: 'core' | 'related' | 'basic';
  selfLevel: SkillLevel | null;
  evaluatorLevel: SkillLevel | null;
  evaluatorComment: string;
  effectiveLevel: SkillLevel;
  target: SkillLevel;
  gap: number;
};

/** A sheet measured against its job type and stage (the rules are src/domain/skills, used as they are). */
export type SheetComputation = {
  jobType: JobTypeCode;
  careerStage: CareerStage;
  achievementPercent: number;
  items: SheetItem[];
  /** Items below target, largest gap first (ties in catalogue order). */
  gaps: SkillGap[];
};

const asLevel = (n: number | null): SkillLevel | null => (n !== null && isSkillLevel(n) ? n : null);

/** The job type code a sheet or person names; throws on a value no writer of ours produces. */
export function asJobType(code: string): JobTypeCode {
  const jobType = jobTypeOf(code);
  if (!jobType) throw new Error(`unknown job type stored: ${code}`);
  return jobType.code;
}

/** The career stage a sheet names; throws on a value no writer of ours produces. */
export function asCareerStage(code: string): CareerStage {
  const stage = CAREER_STAGES.find((s) => s.code === code);
  if (!stage) throw new Error(`unknown career stage stored: ${code}`);
  return stage.code;
}

/** The assessed levels of one sheet's rows, keyed by item (rows of unknown items are ignored). */
export function assessedLevels(rows: readonly AssessmentRow[]): AssessedLevels {
  const levels = new Map<SkillItemCode, { self: SkillLevel | null; evaluator: SkillLevel | null }>();
  for (const r of rows) {
    if (isSkillItemCode(r.itemCode))
      levels.set(r.itemCode, { self: asLevel(r.selfLevel), evaluator: asLevel(r.evaluatorLevel) });
  }
  return levels;
}

/** Measures one sheet: every catalogue item with its target and gap, achievement and the gaps. */
export function computeSheet(
  sheet: Pick<SheetRow, 'jobType' | 'careerStage'>,
  rows: readonly AssessmentRow[],
): SheetComputation {
  const jobType = asJobType(sheet.jobType);
  const careerStage = asCareerStage(sheet.careerStage);
  const targets = targetsFor(jobType, careerStage);
  const levels = assessedLevels(rows);
  const comments = new Map(rows.map((r) => [r.itemCode, r.evaluatorComment]));
  const items = SKILL_ITEMS.map((i): SheetItem => {
    const assessed = levels.get(i.code);
    const target = targets.get(i.code) ?? 0;
    const effective = effectiveLevel(assessed);
    return {
      itemCode: i.code,
      name: i.name,
      categoryCode: i.categoryCode,
      categoryName: i.categoryName,
      importance: importanceOf(jobType, i.code),
      selfLevel: assessed?.self ?? null,
      evaluatorLevel: assessed?.evaluator ?? null,
      evaluatorComment: comments.get(i.code) ?? '',
      effectiveLevel: effective,
      target,
      gap: Math.max(0, target - effective),
    };
  });
  return {
    jobType,
    careerStage,
    achievementPercent: achievementPercent(targets, levels),
    items,
    gaps: skillGaps(targets, levels),
  };
}

/** The assessment rows of many sheets, grouped by sheet id (one query). */
export async function loadAssessments(
  db: Db,
  sheetIds: readonly string[],
): Promise<Map<string, AssessmentRow[]>> {
  const bySheet = new Map<string, AssessmentRow[]>(sheetIds.map((id) => [id, []]));
  if (sheetIds.length === 0) return bySheet;
  const rows = await db
    .select()
    .from(skillAssessments)
    .where(inArray(skillAssessments.sheetId, [...sheetIds]));
  for (const r of rows) bySheet.get(r.sheetId)?.push(r);
  return bySheet;
}

/** Sheets with their computation, for a set of sheet rows (one query for all assessments). */
export async function computeSheets(
  db: Db,
  sheets: readonly SheetRow[],
): Promise<{ sheet: SheetRow; computation: SheetComputation }[]> {
  const rows = await loadAssessments(
    db,
    sheets.map((s) => s.id),
  );
  return sheets.map((sheet) => ({ sheet, computation: computeSheet(sheet, rows.get(sheet.id) ?? []) }));
}

/** A person's sheet for one 年度, reduced to what history, rosters and dashboards need. */
export type SheetSummary = {
  sheetId: string;
  fiscalYear: number;
  jobType: JobTypeCode;
  careerStage: CareerStage;
  status: SheetRow['status'];
  /** Percent, one decimal (achievementPercent of src/domain/skills/achievement.ts). */
  achievementPercent: number;
  /** Items below target. */
  gapCount: number;
  evaluatedAt: Date | null;
};

/**
 * Achievement per 年度 for many people in two queries: person id → their sheets, oldest 年度 first
 * (people without sheets map to []). No access check: the caller must only pass people whose
 * evaluations the actor may see (`seesEvaluations` of person-access.ts).
 */
export async function summariseSkillSheets(
  db: Db,
  personIds: readonly string[],
): Promise<Map<string, SheetSummary[]>> {
  const result = new Map<string, SheetSummary[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return result;
  const sheets = await db
    .select()
    .from(skillSheets)
    .where(inArray(skillSheets.personId, [...personIds]))
    .orderBy(asc(skillSheets.fiscalYear));
  for (const { sheet, computation } of await computeSheets(db, sheets)) {
    result.get(sheet.personId)?.push({
      sheetId: sheet.id,
      fiscalYear: sheet.fiscalYear,
      jobType: computation.jobType,
      careerStage: computation.careerStage,
      status: sheet.status,
      achievementPercent: computation.achievementPercent,
      gapCount: computation.gaps.length,
      evaluatedAt: sheet.evaluatedAt,
    });
  }
  return result;
}
