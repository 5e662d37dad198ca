import { eq } from 'drizzle-orm';
import { recruitmentExams } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { ANY_VERSION, assertVersion, type ExpectedVersion, nextVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import type { ExamRow } from './list-exams.ts';
import { figureIssues, type UpdateExamInput } from './recruitment.schema.ts';

/** Changes an exam row's figures; the result must still be a valid row (else 400, nothing written);
 * 412 when it changed since the version the client expects. Audited. */
export async function updateExam(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateExamInput,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
): Promise<ExamRow> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(recruitmentExams)
      .where(eq(recruitmentExams.id, id))
      .for('update');
    if (!before) throw errors.notFound('採用試験の記録');
    assertVersion(before.version, expected);
    const issues = figureIssues({ ...before, ...input });
    if (issues.length > 0) throw errors.validation(issues);
    const [after] = await tx
      .update(recruitmentExams)
      .set({ ...input, updatedAt: new Date(), version: nextVersion(recruitmentExams.version) })
      .where(eq(recruitmentExams.id, id))
      .returning();
    if (!after) throw new Error('update returned no row');
    await writeAudit(
      tx,
      actor,
      { action: 'recruitment_exam.update', entityType: 'recruitment_exam', entityId: id, before, after },
      requestId,
    );
    return after;
  });
}
