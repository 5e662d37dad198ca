import { commitments, meetingAttendees, meetings } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { notifyMeetingCreated } from '../notifications/meeting-events.ts';
import type { AttendeeInput, CreateMeetingInput } from './community.schema.ts';
import { getMeeting, type MeetingDetail } from './get-meeting.ts';
import { resolveOrgNames } from './org-names.ts';

/** Attendance rows for a meeting: a body's row takes the body's registered name. */
export function attendeeRows(meetingId: string, attendees: AttendeeInput[], names: Map<string, string>) {
  return attendees.map((a) => ({
    meetingId,
    orgCode: a.orgCode,
    organisationName: a.orgCode ? (names.get(a.orgCode) ?? a.organisationName) : a.organisationName,
    personName: a.personName,
    title: a.title,
  }));
}

/** Bodies an attendance list and commitments refer to, with the field path of each reference. */
export function orgRefs(input: { attendees?: AttendeeInput[]; commitments?: { ownerOrgCode: string }[] }) {
  return [
    ...(input.attendees ?? []).flatMap((a, i) =>
      a.orgCode ? [{ path: `attendees.${i}.orgCode`, code: a.orgCode }] : [],
    ),
    ...(input.commitments ?? []).map((c, i) => ({
      path: `commitments.${i}.ownerOrgCode`,
      code: c.ownerOrgCode,
    })),
  ];
}

/** A meeting to record; the times may be left out (a meeting recorded by its date only). */
export type MeetingToCreate = Omit<CreateMeetingInput, 'startTime' | 'endTime'> &
  Partial<Pick<CreateMeetingInput, 'startTime' | 'endTime'>>;

/**
 * Records a meeting with its agenda, minutes, attendance and the commitments made at it, in one
 * transaction with one audit entry; unknown bodies are a 400 and nothing is written.
 */
export async function createMeeting(
  db: Db,
  actor: Actor,
  input: MeetingToCreate,
  requestId?: string,
): Promise<MeetingDetail> {
  return db.transaction(async (tx) => {
    const names = await resolveOrgNames(tx, orgRefs(input));
    const [meeting] = await tx
      .insert(meetings)
      .values({
        kind: input.kind,
        title: input.title,
        theme: input.kind === 'working_group' ? input.theme : input.theme || null,
        heldOn: input.heldOn,
        startTime: input.startTime ?? null,
        endTime: input.endTime ?? null,
        location: input.location,
        agenda: input.agenda,
        minutes: input.minutes,
      })
      .returning();
    if (!meeting) throw new Error('insert returned no row');
    if (input.attendees.length > 0) {
      await tx.insert(meetingAttendees).values(attendeeRows(meeting.id, input.attendees, names));
    }
    if (input.commitments.length > 0) {
      await tx.insert(commitments).values(input.commitments.map((c) => ({ ...c, meetingId: meeting.id })));
    }
    const created = await getMeeting(tx, meeting.id);
    await notifyMeetingCreated(tx, created);
    await writeAudit(
      tx,
      actor,
      {
        action: 'meeting.create',
        entityType: 'meeting',
        entityId: meeting.id,
        after: {
          ...meeting,
          attendees: created.attendees.map((a) => a.organisationName),
          commitments: created.commitments.map((c) => ({
            id: c.id,
            title: c.title,
            ownerOrgCode: c.ownerOrgCode,
          })),
        },
      },
      requestId,
    );
    return created;
  });
}
