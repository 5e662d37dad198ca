import { asc, eq } from 'drizzle-orm';
import { meetingAttendees, meetingMaterials, meetings } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { type CommitmentRow, listCommitments } from './list-commitments.ts';
import { type MeetingWithCounts, withCounts } from './list-meetings.ts';

export type MeetingDetail = MeetingWithCounts & {
  attendees: (typeof meetingAttendees.$inferSelect)[];
  materials: Omit<typeof meetingMaterials.$inferSelect, 'content'>[];
  commitments: CommitmentRow[];
};

/** A meeting with its attendance, materials (without their bytes) and commitments; 404 if unknown. */
export async function getMeeting(db: Db, id: string): Promise<MeetingDetail> {
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, id));
  if (!meeting) throw errors.notFound('会議');
  const [[counted], attendees, materials, commitments] = await Promise.all([
    withCounts(db, [meeting]),
    db
      .select()
      .from(meetingAttendees)
      .where(eq(meetingAttendees.meetingId, id))
      .orderBy(asc(meetingAttendees.id)),
    db
      .select({
        id: meetingMaterials.id,
        meetingId: meetingMaterials.meetingId,
        fileName: meetingMaterials.fileName,
        mediaType: meetingMaterials.mediaType,
        sizeBytes: meetingMaterials.sizeBytes,
        sha256: meetingMaterials.sha256,
        uploadedBy: meetingMaterials.uploadedBy,
        uploadedAt: meetingMaterials.uploadedAt,
      })
      .from(meetingMaterials)
      .where(eq(meetingMaterials.meetingId, id))
      .orderBy(asc(meetingMaterials.uploadedAt)),
    listCommitments(db, { meetingIds: [id] }),
  ]);
  return { ...counted!, attendees, materials, commitments };
}
