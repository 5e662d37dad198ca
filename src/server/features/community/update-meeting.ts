import { eq } from 'drizzle-orm';
import { meetingAttendees, meetings } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { ANY_VERSION, assertVersion, type ExpectedVersion, nextVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { notifyMeetingChanged } from '../notifications/meeting-events.ts';
import type { UpdateMeetingInput } from './community.schema.ts';
import { attendeeRows, orgRefs } from './create-meeting.ts';
import { getMeeting, type MeetingDetail } from './get-meeting.ts';
import { resolveOrgNames } from './org-names.ts';

/** Changes a meeting's record (e.g. adds the minutes after the meeting); `attendees` replaces the list. Audited. */
export async function updateMeeting(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateMeetingInput,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
): Promise<MeetingDetail> {
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ version: meetings.version })
      .from(meetings)
      .where(eq(meetings.id, id))
      .for('update');
    if (locked) assertVersion(locked.version, expected);
    const before = await getMeeting(tx, id);
    const theme = input.theme === undefined ? before.theme : input.theme || null;
    if (before.kind === 'working_group' && !theme) {
      throw errors.validation([{ path: 'theme', message: '担当者会議にはテーマを入力してください' }]);
    }
    const startTime = input.startTime === undefined ? before.startTime : input.startTime;
    const endTime = input.endTime === undefined ? before.endTime : input.endTime;
    if (endTime && (!startTime || endTime <= startTime)) {
      throw errors.validation([
        { path: 'endTime', message: '終了時刻は開始時刻より後にしてください（開始時刻も入力してください）' },
      ]);
    }
    const names = await resolveOrgNames(tx, orgRefs(input));
    const { attendees, ...fields } = input;
    await tx
      .update(meetings)
      .set({ ...fields, theme, updatedAt: new Date(), version: nextVersion(meetings.version) })
      .where(eq(meetings.id, id));
    if (attendees) {
      await tx.delete(meetingAttendees).where(eq(meetingAttendees.meetingId, id));
      if (attendees.length > 0) await tx.insert(meetingAttendees).values(attendeeRows(id, attendees, names));
    }
    const after = await getMeeting(tx, id);
    await notifyMeetingChanged(tx, before, after);
    const snapshot = (m: MeetingDetail) => ({
      title: m.title,
      theme: m.theme,
      heldOn: m.heldOn,
      startTime: m.startTime,
      endTime: m.endTime,
      location: m.location,
      agenda: m.agenda,
      minutes: m.minutes,
      attendees: m.attendees.map((a) => a.organisationName),
    });
    await writeAudit(
      tx,
      actor,
      {
        action: 'meeting.update',
        entityType: 'meeting',
        entityId: id,
        before: snapshot(before),
        after: snapshot(after),
      },
      requestId,
    );
    return after;
  });
}
