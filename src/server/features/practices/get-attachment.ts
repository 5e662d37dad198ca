import { and, eq } from 'drizzle-orm';
import { practiceAttachments } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';

/** An attachment with its bytes (initiatives are shared: every signed-in user may download). */
export async function getAttachment(db: Db, practiceId: number, attachmentId: string) {
  const [row] = await db
    .select()
    .from(practiceAttachments)
    .where(and(eq(practiceAttachments.id, attachmentId), eq(practiceAttachments.practiceId, practiceId)));
  if (!row) throw errors.notFound('添付ファイル');
  return row;
}
