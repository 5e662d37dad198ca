import { and, eq, isNull, type SQL } from 'drizzle-orm';
import { skillEvidence } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { AppError, errors } from '../../platform/errors.ts';
import { mayEvaluate, type PersonRelation } from '../talent/person-access.ts';
import { describeEvidence } from './evidence-reference.ts';
import { findVisibleSheet } from './sheet-access.ts';
import type { AddEvidenceInput } from './skill-sheets.schema.ts';

/** Evidence is kept by the person (behind their self-assessment) and by those who may evaluate them. */
export function assertMayKeepEvidence(relation: PersonRelation): void {
  if (!relation.self && !mayEvaluate(relation))
    throw errors.forbidden('根拠を登録できるのは本人と評価者（人材機構・管理者・配属先のDX責任者）です。');
}

/**
 * Adds a certification, a completed training or an OJT assignment (or free-text OJT) as evidence for
 * an item. The same evidence twice for one item is a 409. Writes nothing on any error.
 */
export async function addEvidence(
  db: Db,
  actor: Actor,
  sheetId: string,
  input: AddEvidenceInput,
  requestId?: string,
) {
  return db.transaction(async (tx) => {
    const { sheet, relation } = await findVisibleSheet(tx, actor, sheetId);
    assertMayKeepEvidence(relation);
    const derived = await describeEvidence(tx, sheet, input);
    const description = input.description || derived;
    if (!description)
      throw errors.validation([{ path: 'description', message: '参照のないOJTは内容を入力してください' }]);
    const reference = input.reference ?? null;
    const same: SQL[] = [
      eq(skillEvidence.sheetId, sheet.id),
      eq(skillEvidence.itemCode, input.itemCode),
      eq(skillEvidence.kind, input.kind),
      reference === null ? isNull(skillEvidence.reference) : eq(skillEvidence.reference, reference),
    ];
    if (reference === null) same.push(eq(skillEvidence.description, description));
    const [duplicate] = await tx
      .select({ id: skillEvidence.id })
      .from(skillEvidence)
      .where(and(...same));
    if (duplicate) throw new AppError('EVIDENCE_EXISTS', 409, 'この項目には同じ根拠が既に登録されています。');
    const [created] = await tx
      .insert(skillEvidence)
      .values({ sheetId: sheet.id, itemCode: input.itemCode, kind: input.kind, reference, description })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await writeAudit(
      tx,
      actor,
      { action: 'skill_evidence.add', entityType: 'skill_sheet', entityId: sheet.id, after: created },
      requestId,
    );
    return created;
  });
}
