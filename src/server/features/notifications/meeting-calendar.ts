import { createEvents, type DateArray, type DateTime, type EventAttributes } from 'ics';
import type { MeetingSnapshot } from '../../../db/schema/index.ts';
import { MEETING_KIND_LABELS, type MeetingKind } from '../../../domain/community.ts';
import { formatWareki } from '../../../domain/wareki.ts';

const PRODUCT_ID = '-//DXShip Hiroshima//DXShip//JA';
/** Japan has no daylight saving time: Asia/Tokyo is always UTC+9. */
const JST_OFFSET_HOURS = 9;
/** A meeting recorded with a start but no end is shown as two hours long. */
const DEFAULT_HOURS = 2;

/** The meeting fields a calendar entry needs, as the database has them. */
export type CalendarMeetingRow = Omit<MeetingSnapshot, 'sequence'> & { createdAt: Date; updatedAt: Date };

/**
 * The RFC 5545 SEQUENCE of a meeting: seconds from its creation to its last change, so every change
 * raises it without a column of its own. A cancellation uses the time of the cancellation.
 */
export function sequenceOf(meeting: { createdAt: Date; updatedAt: Date }, at?: Date): number {
  return Math.max(0, Math.floor(((at ?? meeting.updatedAt).getTime() - meeting.createdAt.getTime()) / 1000));
}

/** The snapshot kept with a queued invitation. */
export function snapshotOf(meeting: CalendarMeetingRow, at?: Date): MeetingSnapshot {
  const { createdAt: _c, updatedAt: _u, ...fields } = meeting;
  return { ...fields, agenda: [...meeting.agenda], sequence: sequenceOf(meeting, at) };
}

function jstToUtcMillis(date: string, time: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return Date.UTC(y, m - 1, d, hh - JST_OFFSET_HOURS, mm);
}

function dateArray(date: string, plusDays = 0): DateArray {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d + plusDays));
  return [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
}

type Timing = {
  start: DateTime;
  end: DateTime;
  startInputType?: 'utc';
  startOutputType?: 'utc';
  endInputType?: 'utc';
  endOutputType?: 'utc';
};

/** Start and end: instants (UTC) from Japan time when the meeting has times, else a whole day. */
function timing(meeting: MeetingSnapshot): Timing {
  if (!meeting.startTime) return { start: dateArray(meeting.heldOn), end: dateArray(meeting.heldOn, 1) };
  const start = jstToUtcMillis(meeting.heldOn, meeting.startTime);
  const end = meeting.endTime
    ? Math.max(jstToUtcMillis(meeting.heldOn, meeting.endTime), start)
    : start + DEFAULT_HOURS * 3600_000;
  return {
    start,
    end,
    startInputType: 'utc',
    startOutputType: 'utc',
    endInputType: 'utc',
    endOutputType: 'utc',
  };
}

/** The description: kind and theme, the date in 和暦, the numbered agenda and the link. */
function description(meeting: MeetingSnapshot, url: string): string {
  const kind = MEETING_KIND_LABELS[meeting.kind as MeetingKind] ?? meeting.kind;
  const time = meeting.startTime ? ` ${meeting.startTime}〜${meeting.endTime ?? ''}（日本時間）` : '';
  const lines = [
    `${kind}${meeting.theme ? `（${meeting.theme}）` : ''}`,
    `日時: ${formatWareki(meeting.heldOn, { weekday: true })}${time}`,
  ];
  if (meeting.location) lines.push(`場所: ${meeting.location}`);
  if (meeting.agenda.length > 0) {
    lines.push('', '議題:', ...meeting.agenda.map((item, i) => `${i + 1}. ${item}`));
  }
  lines.push('', `DXShip: ${url}`);
  return lines.join('\n');
}

type CalendarOptions = { publicUrl: string; organizer?: { name: string; email: string } };

function eventOf(meeting: MeetingSnapshot, options: CalendarOptions, cancelled: boolean): EventAttributes {
  const url = `${options.publicUrl}/meetings/${meeting.id}`;
  return {
    ...timing(meeting),
    uid: `meeting-${meeting.id}@dxship`,
    sequence: meeting.sequence,
    title: meeting.title,
    description: description(meeting, url),
    location: meeting.location || undefined,
    url,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    ...(options.organizer ? { organizer: options.organizer } : {}),
  };
}

function render(events: EventAttributes[], header: { method?: string; calName?: string }): string {
  const { error, value } = createEvents(events, { productId: PRODUCT_ID, ...header });
  if (error || value === null) throw error ?? new Error('ics returned no calendar');
  // Calendars group a subscription under this zone; every time in it is already absolute (UTC).
  return value.replace('BEGIN:VEVENT', 'X-WR-TIMEZONE:Asia/Tokyo\r\nBEGIN:VEVENT');
}

/** One meeting as an iCalendar file: an invitation (REQUEST), a cancellation (CANCEL) or a download. */
export function meetingIcs(
  meeting: MeetingSnapshot,
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH',
  options: CalendarOptions,
): string {
  return render([eventOf(meeting, options, method === 'CANCEL')], { method });
}

/** A subscribed calendar of several meetings (no method: a published calendar). */
export function calendarFeedIcs(
  meetings: MeetingSnapshot[],
  options: CalendarOptions & { name: string },
): string {
  if (meetings.length === 0) {
    return [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      `PRODID:${PRODUCT_ID}`,
      `X-WR-CALNAME:${options.name}`,
      'X-WR-TIMEZONE:Asia/Tokyo',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
  }
  return render(
    meetings.map((m) => eventOf(m, options, false)),
    { calName: options.name, method: 'PUBLISH' },
  );
}
