import { count, eq } from 'drizzle-orm';
import { commitments, communityCases, meetings } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { notifyMeetingCancelled } from '../notifications/meeting-events.ts';
import { getMeeting } from './get-meeting.ts';

/**
 * Deletes (cancels) a meeting with its attendance and materials; the invited bodies' participants are
 * sent a cancellation in the same transaction. A meeting that commitments or reported cases refer to
 * is a record of what was decided and is refused (409). Audited.
 */
export async function deleteMeeting(db: Db, actor: Actor, id: string, requestId?: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, id)).for('update');
    const meeting = await getMeeting(tx, id);
    const [refs] = await tx.select({ n: count() }).from(commitments).where(eq(commitments.meetingId, id));
    const [cases] = await tx
      .select({ n: count() })
      .from(communityCases)
      .where(eq(communityCases.meetingId, id));
    if ((refs?.n ?? 0) + (cases?.n ?? 0) > 0) {
      throw new AppError(
        'MEETING_HAS_RECORDS',
        409,
        'コミットメントや事例が記録された会議は削除できません（記録として残します）。',
      );
    }
    await tx.delete(meetings).where(eq(meetings.id, id));
    await notifyMeetingCancelled(tx, meeting);
    await writeAudit(
      tx,
      actor,
      {
        action: 'meeting.delete',
        entityType: 'meeting',
        entityId: id,
        before: {
          title: meeting.title,
          heldOn: meeting.heldOn,
          attendees: meeting.attendees.map((a) => a.organisationName),
        },
      },
      requestId,
    );
  });
}
