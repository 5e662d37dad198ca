import { z } from '@hono/zod-openapi';
import { CASE_KINDS, COMMITMENT_STATUSES, MEETING_KINDS } from '../../../db/schema/index.ts';

export const CommitmentSchema = z
  .object({
    version: z.number().int().openapi({ description: '記録の版（ETag と同じ。変更時に If-Match で送る）' }),
    id: z.string(),
    meetingId: z.string().nullable(),
    meetingTitle: z.string().nullable(),
    meetingHeldOn: z.string().nullable(),
    title: z.string(),
    detail: z.string(),
    ownerOrgCode: z.string(),
    ownerOrgName: z.string(),
    dueOn: z.string(),
    dueOnLabel: z.string().openapi({ example: '令和5年10月31日' }),
    status: z.enum(COMMITMENT_STATUSES),
    statusLabel: z.string(),
    closedOn: z.string().nullable(),
    resolution: z.string(),
    overdue: z.boolean(),
  })
  .openapi('Commitment');

export const CommitmentListSchema = z
  .object({ items: z.array(CommitmentSchema), total: z.number().int(), today: z.string() })
  .openapi('CommitmentList');

export const MeetingSummarySchema = z
  .object({
    id: z.string(),
    kind: z.enum(MEETING_KINDS),
    kindLabel: z.string(),
    title: z.string(),
    theme: z.string().nullable(),
    heldOn: z.string(),
    heldOnLabel: z.string().openapi({ example: '令和5年5月12日（金）' }),
    fiscalYear: z.number().int(),
    startTime: z.string().nullable().openapi({ example: '14:00', description: '開始時刻（日本時間）' }),
    endTime: z.string().nullable().openapi({ example: '16:00', description: '終了時刻（日本時間）' }),
    location: z.string(),
    agenda: z.array(z.string()),
    attendeeCount: z.number().int(),
    materialCount: z.number().int(),
    openCommitments: z.number().int(),
  })
  .openapi('MeetingSummary');

export const MeetingListSchema = z
  .object({ items: z.array(MeetingSummarySchema), total: z.number().int() })
  .openapi('MeetingList');

export const MaterialSchema = z
  .object({
    id: z.string(),
    fileName: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.string(),
  })
  .openapi('MeetingMaterial');

export const MeetingDetailSchema = MeetingSummarySchema.extend({
  version: z.number().int().openapi({ description: '記録の版（ETag と同じ。変更時に If-Match で送る）' }),
  minutes: z.string(),
  attendees: z.array(
    z.object({
      orgCode: z.string().nullable(),
      organisationName: z.string(),
      personName: z.string(),
      title: z.string(),
    }),
  ),
  materials: z.array(MaterialSchema),
  commitments: z.array(CommitmentSchema),
}).openapi('MeetingDetail');

export const ForumMemberListSchema = z
  .object({
    items: z.array(
      z.object({ orgCode: z.string().nullable(), organisationName: z.string(), title: z.string() }),
    ),
    total: z.number().int(),
  })
  .openapi('ForumMemberList');

export const CaseSchema = z
  .object({
    id: z.string(),
    orgCode: z.string(),
    orgName: z.string(),
    kind: z.enum(CASE_KINDS),
    kindLabel: z.string(),
    title: z.string(),
    body: z.string(),
    reporterName: z.string(),
    reportedOn: z.string(),
    reportedOnLabel: z.string(),
    meetingId: z.string().nullable(),
    practiceRef: z.string().nullable(),
    resolvedOn: z.string().nullable(),
  })
  .openapi('CommunityCase');

export const CaseListSchema = z
  .object({ items: z.array(CaseSchema), total: z.number().int() })
  .openapi('CaseList');
