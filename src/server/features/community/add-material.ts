import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { meetingMaterials, meetings } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { AppError, errors } from '../../platform/errors.ts';
import { checkMaterial, MATERIAL_TYPES, MAX_MATERIAL_BYTES } from './file-type.ts';

const ACCEPTED = MATERIAL_TYPES.map((t) => t.label).join('・');

/** The error for a refused file: what was wrong, in words the uploader can act on. */
function refusal(reason: 'empty' | 'too_large' | 'unsupported' | 'extension_mismatch'): AppError {
  switch (reason) {
    case 'empty':
      return errors.validation([{ path: 'file', message: 'ファイルが空です' }]);
    case 'too_large':
      return new AppError(
        'FILE_TOO_LARGE',
        413,
        `ファイルが大きすぎます（上限 ${MAX_MATERIAL_BYTES / 1024 / 1024} MB）。`,
      );
    case 'unsupported':
      return new AppError(
        'UNSUPPORTED_FILE_TYPE',
        415,
        `この種類のファイルは登録できません。登録できるのは ${ACCEPTED} です（ファイルの中身で判定します）。`,
      );
    case 'extension_mismatch':
      return new AppError(
        'FILE_TYPE_MISMATCH',
        415,
        'ファイル名の拡張子と中身の種類が一致しません。正しい拡張子のファイルを選んでください。',
      );
  }
}

/**
 * Stores a file as a material of a meeting, in the database: checked for size (10 MB) and for its
 * real type by its first bytes; the extension must agree. Audited without the bytes.
 */
export async function addMaterial(
  db: Db,
  actor: Actor,
  meetingId: string,
  file: { name: string; bytes: Uint8Array },
  requestId?: string,
) {
  const fileName = [...file.name.trim()]
    .map((ch) => (ch === '/' || ch === '\\' || ch.charCodeAt(0) < 0x20 ? '_' : ch))
    .join('')
    .slice(0, 200);
  if (fileName.length === 0) throw errors.validation([{ path: 'file', message: 'ファイル名がありません' }]);
  const check = checkMaterial(fileName, file.bytes);
  if (!check.ok) throw refusal(check.reason);
  return db.transaction(async (tx) => {
    const [meeting] = await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, meetingId));
    if (!meeting) throw errors.notFound('会議');
    const [row] = await tx
      .insert(meetingMaterials)
      .values({
        meetingId,
        fileName,
        mediaType: check.type.mediaType,
        sizeBytes: file.bytes.length,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
        content: file.bytes,
        uploadedBy: actor.userId,
      })
      .returning({
        id: meetingMaterials.id,
        fileName: meetingMaterials.fileName,
        mediaType: meetingMaterials.mediaType,
        sizeBytes: meetingMaterials.sizeBytes,
        sha256: meetingMaterials.sha256,
        uploadedAt: meetingMaterials.uploadedAt,
      });
    if (!row) throw new Error('insert returned no row');
    await writeAudit(
      tx,
      actor,
      { action: 'meeting_material.add', entityType: 'meeting', entityId: meetingId, after: row },
      requestId,
    );
    return row;
  });
}
