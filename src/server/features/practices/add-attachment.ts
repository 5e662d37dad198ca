import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { practiceAttachments, practices } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { AppError, errors } from '../../platform/errors.ts';
import { assertBodyAccess } from '../../platform/scope.ts';
import { checkAttachment } from './attachment-type.ts';

const REFUSALS = {
  empty: ['ATTACHMENT_EMPTY', 400, 'ファイルが空です。'],
  too_large: ['ATTACHMENT_TOO_LARGE', 413, '添付できるファイルは10MBまでです。'],
  unsupported: [
    'ATTACHMENT_TYPE_NOT_ALLOWED',
    415,
    '添付できるのは PDF・PNG・JPEG・Excel（.xlsx）・Word（.docx）・PowerPoint（.pptx）・CSV のファイルです。',
  ],
  extension_mismatch: [
    'ATTACHMENT_EXTENSION_MISMATCH',
    415,
    'ファイル名の拡張子と中身の形式が一致しません。',
  ],
} as const;

/**
 * Attaches a file to an initiative of the actor's body: checked by its bytes, stored in the database
 * (so every app process and every backup has it), audited without its contents.
 */
export async function addAttachment(
  db: Db,
  actor: Actor,
  practiceId: number,
  file: { filename: string; bytes: Uint8Array },
  requestId?: string,
) {
  const check = checkAttachment(file.filename, file.bytes);
  if (!check.ok) {
    const [code, status, message] = REFUSALS[check.reason];
    throw new AppError(code, status, message);
  }
  return db.transaction(async (tx) => {
    const [practice] = await tx
      .select({ orgCode: practices.orgCode })
      .from(practices)
      .where(eq(practices.id, practiceId));
    if (!practice) throw errors.notFound('施策');
    assertBodyAccess(actor, practice.orgCode, '施策');
    const [created] = await tx
      .insert(practiceAttachments)
      .values({
        practiceId,
        filename: file.filename,
        contentType: check.contentType,
        sizeBytes: file.bytes.byteLength,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
        data: file.bytes,
        uploadedBy: actor.login,
      })
      .returning({
        id: practiceAttachments.id,
        practiceId: practiceAttachments.practiceId,
        filename: practiceAttachments.filename,
        contentType: practiceAttachments.contentType,
        sizeBytes: practiceAttachments.sizeBytes,
        sha256: practiceAttachments.sha256,
        uploadedBy: practiceAttachments.uploadedBy,
        createdAt: practiceAttachments.createdAt,
      });
    if (!created) throw new Error('insert returned no row');
    await writeAudit(
      tx,
      actor,
      {
        action: 'practice.attachment.add',
        entityType: 'practice',
        entityId: String(practiceId),
        after: created,
      },
      requestId,
    );
    return created;
  });
}
