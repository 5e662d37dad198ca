import { and, eq } from 'drizzle-orm';
import { skillSheets } from '../../../db/schema/index.ts';
import { currentFiscalYear, formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { jobTypeOf } from '../../../domain/job-types.ts';
import { careerStageOf } from '../../../domain/skills/targets.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { AppError, errors } from '../../platform/errors.ts';
import { findVisiblePerson } from '../talent/person-access.ts';
import { isUniqueViolation } from './sheet-access.ts';

const sheetExists = (fiscalYear: number) =>
  new AppError('SKILL_SHEET_EXISTS', 409, `${formatFiscalYear(fiscalYear)}のスキルシートは既にあります。`);

/**
 * Opens a person's sheet for a 年度, measured against the person's primary job type and their career
 * stage in that 年度 (both snapshotted, so later changes do not rewrite history). The person themself,
 * talent officers and admins may open one; one sheet per person per 年度 (409 otherwise). The 年度
 * must lie between the hiring 年度 and next 年度.
 */
export async function openSkillSheet(
  db: Db,
  actor: Actor,
  personId: string,
  input: { fiscalYear: number },
  requestId?: string,
) {
  try {
    return await db.transaction(async (tx) => {
      const { person, relation } = await findVisiblePerson(tx, actor, personId);
      if (!relation.self && !relation.programWide)
        throw errors.forbidden('スキルシートを作成できるのは本人と人材機構・管理者です。');
      const fy = input.fiscalYear;
      const latest = currentFiscalYear() + 1;
      if (fy < person.hiringFiscalYear || fy > latest) {
        throw errors.validation([
          {
            path: 'fiscalYear',
            message: `年度は採用年度（${formatFiscalYear(person.hiringFiscalYear)}）から${formatFiscalYear(latest)}までで指定してください`,
          },
        ]);
      }
      const jobType = jobTypeOf(person.primaryJobType);
      if (!jobType)
        throw new AppError('JOB_TYPE_MISSING', 409, 'この人材の主たるジョブタイプが登録されていません。');
      const [existing] = await tx
        .select({ id: skillSheets.id })
        .from(skillSheets)
        .where(and(eq(skillSheets.personId, person.id), eq(skillSheets.fiscalYear, fy)));
      if (existing) throw sheetExists(fy);
      const [sheet] = await tx
        .insert(skillSheets)
        .values({
          personId: person.id,
          fiscalYear: fy,
          jobType: jobType.code,
          careerStage: careerStageOf(person.hiringFiscalYear, fy, person.category === 'fixed_term_expert'),
        })
        .returning();
      if (!sheet) throw new Error('insert returned no row');
      await writeAudit(
        tx,
        actor,
        { action: 'skill_sheet.open', entityType: 'skill_sheet', entityId: sheet.id, after: sheet },
        requestId,
      );
      return sheet;
    });
  } catch (err) {
    // Two requests racing past the check: the unique constraint decides, with the same answer.
    if (isUniqueViolation(err)) throw sheetExists(input.fiscalYear);
    throw err;
  }
}
