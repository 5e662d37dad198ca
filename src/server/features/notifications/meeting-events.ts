import { MEETING_KIND_LABELS, type MeetingKind } from '../../../domain/community.ts';
import { formatWareki } from '../../../domain/wareki.ts';
import type { Db } from '../../platform/db.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { todayInJapan } from '../procurement/contract-window.ts';
import { type CalendarMeetingRow, snapshotOf } from './meeting-calendar.ts';
import { MEETING_PARTICIPANT_ROLES, usersOfBodies } from './recipients.ts';

/** A meeting with the bodies invited to it (its attendance list). */
export type InvitedMeeting = CalendarMeetingRow & { attendees: { orgCode: string | null }[] };

const invitedBodies = (m: InvitedMeeting) =>
  [...new Set(m.attendees.map((a) => a.orgCode).filter((c): c is string => c !== null))].sort();

function when(m: CalendarMeetingRow): string {
  const time = m.startTime ? ` ${m.startTime}〜${m.endTime ?? ''}` : '';
  return `${formatWareki(m.heldOn, { weekday: true })}${time}`;
}

function details(m: CalendarMeetingRow): string {
  const kind = MEETING_KIND_LABELS[m.kind as MeetingKind] ?? m.kind;
  const lines = [`会議: ${m.title}（${kind}${m.theme ? `・${m.theme}` : ''}）`, `日時: ${when(m)}`];
  if (m.location) lines.push(`場所: ${m.location}`);
  if (m.agenda.length > 0) lines.push(`議題: ${m.agenda.map((a, i) => `${i + 1}. ${a}`).join(' ')}`);
  return lines.join('\n');
}

/** The fields whose change people must hear of (the minutes added afterwards are not among them). */
function scheduleOf(m: InvitedMeeting): string {
  return JSON.stringify([m.title, m.heldOn, m.startTime, m.endTime, m.location, m.agenda, invitedBodies(m)]);
}

async function invite(tx: Db, meeting: InvitedMeeting, orgCodes: string[], eventKey: string, title: string) {
  return notify(tx, {
    kind: 'meeting',
    eventKey,
    userIds: await usersOfBodies(tx, orgCodes, MEETING_PARTICIPANT_ROLES),
    title,
    body: [details(meeting), '予定表に取り込める招待状（.ics）を添付しています。'].join('\n\n'),
    link: `/meetings/${meeting.id}`,
    attachments: [{ type: 'meeting', method: 'REQUEST', meeting: snapshotOf(meeting) }],
  });
}

async function cancel(tx: Db, meeting: InvitedMeeting, orgCodes: string[], eventKey: string, at: Date) {
  return notify(tx, {
    kind: 'meeting',
    eventKey,
    userIds: await usersOfBodies(tx, orgCodes, MEETING_PARTICIPANT_ROLES),
    title: `会議が取り消されました: ${meeting.title}（${formatWareki(meeting.heldOn)}）`,
    body: [
      details(meeting),
      'この会議は取り消されました。予定表から削除する通知（.ics）を添付しています。',
    ].join('\n\n'),
    link: '/meetings',
    attachments: [{ type: 'meeting', method: 'CANCEL', meeting: snapshotOf(meeting, at) }],
  });
}

/** Only meetings still to come are announced: recording a past meeting (its minutes) invites nobody. */
const isUpcoming = (m: CalendarMeetingRow) => m.heldOn >= todayInJapan();

/**
 * 会議 created: invites the participants of every invited body, with an .ics (meetings still to come
 * only). Call in the creating transaction.
 */
export async function notifyMeetingCreated(tx: Db, meeting: InvitedMeeting): Promise<void> {
  if (!isUpcoming(meeting)) return;
  await invite(
    tx,
    meeting,
    invitedBodies(meeting),
    `meeting:${meeting.id}:created`,
    `会議のご案内: ${meeting.title}（${formatWareki(meeting.heldOn)}）`,
  );
}

/**
 * 会議 changed: when its title, date, times, place, agenda or invited bodies changed, the invited
 * bodies' participants get the updated invitation (a higher SEQUENCE) and bodies no longer invited a
 * cancellation. Call in the updating transaction with the meeting before and after.
 */
export async function notifyMeetingChanged(
  tx: Db,
  before: InvitedMeeting,
  after: InvitedMeeting,
): Promise<void> {
  if (scheduleOf(before) === scheduleOf(after) || !(isUpcoming(before) || isUpcoming(after))) return;
  const current = invitedBodies(after);
  const dropped = invitedBodies(before).filter((code) => !current.includes(code));
  const key = `meeting:${after.id}:${after.updatedAt.getTime()}`;
  await invite(
    tx,
    after,
    current,
    `${key}:changed`,
    `会議の変更: ${after.title}（${formatWareki(after.heldOn)}）`,
  );
  if (dropped.length > 0) await cancel(tx, after, dropped, `${key}:uninvited`, after.updatedAt);
}

/** 会議 deleted: the invited bodies' participants get a cancellation. Call in the deleting transaction. */
export async function notifyMeetingCancelled(
  tx: Db,
  meeting: InvitedMeeting,
  at = new Date(),
): Promise<void> {
  if (!isUpcoming(meeting)) return;
  await cancel(tx, meeting, invitedBodies(meeting), `meeting:${meeting.id}:cancelled`, at);
}
