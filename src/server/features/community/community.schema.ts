import { z } from '@hono/zod-openapi';
import { CASE_KINDS, COMMITMENT_STATUSES, MEETING_KINDS } from '../../../db/schema/index.ts';
import { isValidLocalGovCode } from '../../../domain/local-gov-code.ts';
import { calendarDateOf } from '../../../domain/wareki.ts';
import { uuidIdParam } from '../../platform/params.ts';

const isRealDate = (s: string) => {
  try {
    calendarDateOf(s);
    return true;
  } catch {
    return false;
  }
};

/** A calendar date `YYYY-MM-DD` that exists. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日付は YYYY-MM-DD の形式で入力してください')
  .refine(isRealDate, '存在しない日付です')
  .openapi({ example: '2024-05-12' });

/** A 全国地方公共団体コード (six digits, valid check digit). */
export const OrgCodeBodySchema = z
  .string()
  .regex(/^\d{6}$/, '団体コードは6桁の数字で指定してください')
  .refine(isValidLocalGovCode, '団体コードの検査数字が正しくありません');

export const UuidParam = (name: string) => uuidIdParam(name);

export const MeetingIdParamsSchema = z.object({ id: UuidParam('id') });

const AttendeeInputSchema = z
  .object({
    orgCode: OrgCodeBodySchema.nullable()
      .default(null)
      .openapi({ description: '団体（市長会・町村会などは null）' }),
    organisationName: z
      .string()
      .trim()
      .max(100)
      .default('')
      .openapi({ description: '団体以外の出席者の所属名' }),
    personName: z.string().trim().max(100).default(''),
    title: z.string().trim().max(100).default(''),
  })
  .refine((a) => a.orgCode !== null || a.organisationName.length > 0, {
    message: '団体コードか所属名のどちらかを入力してください',
    path: ['organisationName'],
  });

export type AttendeeInput = z.infer<typeof AttendeeInputSchema>;

/** A decision or commitment: what, which body owns it, by when. */
export const CommitmentInputSchema = z
  .object({
    title: z.string().trim().min(1, '内容を入力してください').max(300),
    detail: z.string().trim().max(4000).default(''),
    ownerOrgCode: OrgCodeBodySchema.openapi({ example: '340006' }),
    dueOn: IsoDateSchema,
  })
  .openapi('CommitmentInput');

export type CommitmentInput = z.infer<typeof CommitmentInputSchema>;

/** A time of day in Japan, `HH:MM` (24-hour). */
const TimeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, '時刻は HH:MM（24時間制）で入力してください')
  .openapi({ example: '14:00' });

/** An end needs a start, and comes after it. */
const timesInOrder = (m: { startTime?: string | null; endTime?: string | null }) =>
  !m.endTime || (!!m.startTime && m.endTime > m.startTime);
const TIMES_MESSAGE = {
  message: '終了時刻は開始時刻より後にしてください（開始時刻も入力してください）',
  path: ['endTime'],
};

const meetingFields = {
  title: z.string().trim().min(1, '会議名を入力してください').max(200),
  theme: z.string().trim().max(200).nullable().default(null),
  heldOn: IsoDateSchema,
  startTime: TimeOfDaySchema.nullable().default(null),
  endTime: TimeOfDaySchema.nullable().default(null),
  location: z.string().trim().max(200).default(''),
  agenda: z.array(z.string().trim().min(1, '議題を入力してください').max(500)).max(50).default([]),
  minutes: z.string().trim().max(20_000).default(''),
  attendees: z.array(AttendeeInputSchema).max(200).default([]),
};

/** A new meeting, optionally with the commitments made at it. */
export const CreateMeetingSchema = z
  .object({
    kind: z.enum(MEETING_KINDS),
    ...meetingFields,
    commitments: z.array(CommitmentInputSchema).max(50).default([]),
  })
  .refine((m) => m.kind !== 'working_group' || (m.theme ?? '').length > 0, {
    message: '担当者会議にはテーマを入力してください',
    path: ['theme'],
  })
  .refine(timesInOrder, TIMES_MESSAGE)
  .openapi('CreateMeeting');

export type CreateMeetingInput = z.infer<typeof CreateMeetingSchema>;

/** Changes to a meeting: any of its fields; `attendees` replaces the whole list. */
export const UpdateMeetingSchema = z
  .object({
    title: meetingFields.title.optional(),
    theme: z.string().trim().max(200).nullable().optional(),
    heldOn: IsoDateSchema.optional(),
    startTime: TimeOfDaySchema.nullable().optional(),
    endTime: TimeOfDaySchema.nullable().optional(),
    location: z.string().trim().max(200).optional(),
    agenda: z.array(z.string().trim().min(1, '議題を入力してください').max(500)).max(50).optional(),
    minutes: z.string().trim().max(20_000).optional(),
    attendees: z.array(AttendeeInputSchema).max(200).optional(),
  })
  .openapi('UpdateMeeting');

export type UpdateMeetingInput = z.infer<typeof UpdateMeetingSchema>;

export const MeetingListQuerySchema = z.object({
  kind: z.enum(MEETING_KINDS).optional(),
  fiscalYear: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .openapi({ description: '年度（開始年の西暦）' }),
});

/** A change of a commitment's state (closing it, reopening it) or of its due date. */
export const UpdateCommitmentSchema = z
  .object({
    status: z.enum(COMMITMENT_STATUSES).optional(),
    resolution: z.string().trim().max(4000).optional(),
    closedOn: IsoDateSchema.optional().openapi({ description: '完了・取りやめの日（省略時は今日）' }),
    dueOn: IsoDateSchema.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: '変更する項目を指定してください' })
  .openapi('UpdateCommitment');

export type UpdateCommitmentInput = z.infer<typeof UpdateCommitmentSchema>;

export const CommitmentListQuerySchema = z.object({
  status: z.enum(COMMITMENT_STATUSES).optional(),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true'))
    .openapi({ description: 'true: 期限を過ぎた対応中のものだけ' }),
  ownerOrgCode: OrgCodeBodySchema.optional(),
});

/** A case or problem reported from a post. */
export const CreateCaseSchema = z
  .object({
    orgCode: OrgCodeBodySchema,
    kind: z.enum(CASE_KINDS),
    title: z.string().trim().min(1, '件名を入力してください').max(200),
    body: z.string().trim().min(1, '内容を入力してください').max(8000),
    reportedOn: IsoDateSchema.optional(),
    meetingId: z.uuid().nullable().default(null),
    practiceRef: z.string().trim().max(100).nullable().default(null),
  })
  .openapi('CreateCase');

export type CreateCaseInput = z.infer<typeof CreateCaseSchema>;

export const CaseListQuerySchema = z.object({
  kind: z.enum(CASE_KINDS).optional(),
  orgCode: OrgCodeBodySchema.optional(),
  open: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true'))
    .openapi({ description: 'true: 未解決の課題だけ' }),
});
