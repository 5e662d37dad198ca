import { and, eq } from 'drizzle-orm';
import { skillEvidence } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { assertMayKeepEvidence } from './add-evidence.ts';
import { findVisibleSheet } from './sheet-access.ts';

/** Removes one piece of evidence of a sheet (404 when it is not that sheet's). */
export async function removeEvidence(
  db: Db,
  actor: Actor,
  sheetId: string,
  evidenceId: number,
  requestId?: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const { sheet, relation } = await findVisibleSheet(tx, actor, sheetId);
    assertMayKeepEvidence(relation);
    const [removed] = await tx
      .delete(skillEvidence)
      .where(and(eq(skillEvidence.id, evidenceId), eq(skillEvidence.sheetId, sheet.id)))
      .returning();
    if (!removed) throw errors.notFound('根拠');
    await writeAudit(
      tx,
      actor,
      { action: 'skill_evidence.remove', entityType: 'skill_sheet', entityId: sheet.id, before: removed },
      requestId,
    );
  });
}
