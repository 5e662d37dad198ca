import { and, eq } from 'drizzle-orm';
import { meetingMaterials } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';

/** A material with its bytes, for download; 404 unless it belongs to that meeting. */
export async function getMaterial(db: Db, meetingId: string, materialId: string) {
  const [row] = await db
    .select()
    .from(meetingMaterials)
    .where(and(eq(meetingMaterials.id, materialId), eq(meetingMaterials.meetingId, meetingId)));
  if (!row) throw errors.notFound('資料');
  return row;
}
