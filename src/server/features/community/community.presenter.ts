import {
  CASE_KIND_LABELS,
  COMMITMENT_STATUS_LABELS,
  isOverdue,
  MEETING_KIND_LABELS,
} from '../../../domain/community.ts';
import { fiscalYearOf } from '../../../domain/fiscal-year.ts';
import { formatWareki } from '../../../domain/wareki.ts';
import type { CaseRow } from './cases.ts';
import type { MeetingDetail } from './get-meeting.ts';
import type { CommitmentRow } from './list-commitments.ts';
import type { MeetingWithCounts } from './list-meetings.ts';

/** A commitment as the API shows it, with its state in words and whether it is overdue on `today`. */
export function presentCommitment(c: CommitmentRow, today: string) {
  return {
    id: c.id,
    version: c.version,
    meetingId: c.meetingId,
    meetingTitle: c.meetingTitle,
    meetingHeldOn: c.meetingHeldOn,
    title: c.title,
    detail: c.detail,
    ownerOrgCode: c.ownerOrgCode,
    ownerOrgName: c.ownerOrgName,
    dueOn: c.dueOn,
    dueOnLabel: formatWareki(c.dueOn),
    status: c.status,
    statusLabel: COMMITMENT_STATUS_LABELS[c.status],
    closedOn: c.closedOn,
    resolution: c.resolution,
    overdue: isOverdue(c.status, c.dueOn, today),
  };
}

/** A meeting in a list. */
export function presentMeetingSummary(m: MeetingWithCounts) {
  return {
    id: m.id,
    kind: m.kind,
    kindLabel: MEETING_KIND_LABELS[m.kind],
    title: m.title,
    theme: m.theme,
    heldOn: m.heldOn,
    heldOnLabel: formatWareki(m.heldOn, { weekday: true }),
    fiscalYear: fiscalYearOf(m.heldOn),
    startTime: m.startTime,
    endTime: m.endTime,
    location: m.location,
    agenda: m.agenda,
    attendeeCount: m.attendeeCount,
    materialCount: m.materialCount,
    openCommitments: m.openCommitments,
  };
}

/** A meeting with its record: minutes, attendance, materials (metadata) and commitments. */
export function presentMeetingDetail(m: MeetingDetail, today: string) {
  return {
    version: m.version,
    ...presentMeetingSummary(m),
    minutes: m.minutes,
    attendees: m.attendees.map((a) => ({
      orgCode: a.orgCode,
      organisationName: a.organisationName,
      personName: a.personName,
      title: a.title,
    })),
    materials: m.materials.map((x) => ({
      id: x.id,
      fileName: x.fileName,
      mediaType: x.mediaType,
      sizeBytes: x.sizeBytes,
      sha256: x.sha256,
      uploadedAt: x.uploadedAt.toISOString(),
    })),
    commitments: m.commitments.map((c) => presentCommitment(c, today)),
  };
}

/** A reported case or problem. */
export function presentCase(c: CaseRow) {
  return {
    id: c.id,
    orgCode: c.orgCode,
    orgName: c.orgName,
    kind: c.kind,
    kindLabel: CASE_KIND_LABELS[c.kind],
    title: c.title,
    body: c.body,
    reporterName: c.reporterName,
    reportedOn: c.reportedOn,
    reportedOnLabel: formatWareki(c.reportedOn),
    meetingId: c.meetingId,
    practiceRef: c.practiceRef,
    resolvedOn: c.resolvedOn,
  };
}
