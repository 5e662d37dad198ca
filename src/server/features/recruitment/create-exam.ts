import { and, eq } from 'drizzle-orm';
import { recruitmentExams } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import type { ExamRow } from './list-exams.ts';
import { hiringYearLabel } from './recruitment.presenter.ts';
import type { CreateExamInput } from './recruitment.schema.ts';

/** Records an exam (results or a plan) for a 採用年度 and route; one row per pair (409 otherwise). Audited. */
export async function createExam(
  db: Db,
  actor: Actor,
  input: CreateExamInput,
  requestId?: string,
): Promise<ExamRow> {
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: recruitmentExams.id })
      .from(recruitmentExams)
      .where(and(eq(recruitmentExams.fiscalYear, input.fiscalYear), eq(recruitmentExams.route, input.route)));
    if (existing) {
      throw new AppError(
        'EXAM_EXISTS',
        409,
        `${hiringYearLabel(input.fiscalYear)}のこの区分の採用試験は既に登録されています。変更する場合は既存の記録を更新してください。`,
      );
    }
    const [created] = await tx.insert(recruitmentExams).values(input).returning();
    if (!created) throw new Error('insert returned no row');
    await writeAudit(
      tx,
      actor,
      {
        action: 'recruitment_exam.create',
        entityType: 'recruitment_exam',
        entityId: created.id,
        after: created,
      },
      requestId,
    );
    return created;
  });
}
