import { z } from '@hono/zod-openapi';
import { isValidLocalGovCode } from '../../../domain/local-gov-code.ts';
import { uuidIdParam } from '../../platform/params.ts';
import { IsoDateSchema } from '../community/community.schema.ts';

const FiscalYear = z.coerce
  .number()
  .int()
  .min(2000)
  .max(2100)
  .openapi({ example: 2023, description: '年度（開始年の西暦）' });

export const ParticipationQuerySchema = z.object({ fiscalYear: FiscalYear });

export const CreateSessionSchema = z
  .object({
    courseId: z.uuid('研修のIDが正しくありません'),
    fiscalYear: z.number().int().min(2000).max(2100),
    title: z.string().trim().max(200).default(''),
    startsOn: IsoDateSchema.nullable().default(null),
    endsOn: IsoDateSchema.nullable().default(null),
  })
  .refine((s) => !s.startsOn || !s.endsOn || s.startsOn <= s.endsOn, {
    message: '終了日が開始日より前になっています',
    path: ['endsOn'],
  })
  .openapi('CreateLiteracySession');

export type CreateSessionInput = z.infer<typeof CreateSessionSchema>;

export const ParticipationParamsSchema = z.object({
  id: uuidIdParam('id'),
  orgCode: z
    .string()
    .regex(/^\d{6}$/, '団体コードは6桁の数字で指定してください')
    .refine(isValidLocalGovCode, '団体コードの検査数字が正しくありません')
    .openapi({ param: { name: 'orgCode', in: 'path' }, example: '342157' }),
});

export const RecordParticipationSchema = z
  .object({
    participants: z
      .number()
      .int('人数は整数で入力してください')
      .min(0, '人数は0以上で入力してください')
      .max(100_000)
      .openapi({ description: '参加者数（0 で記録を削除）' }),
  })
  .openapi('RecordParticipation');

const SessionSchema = z.object({
  id: z.string(),
  fiscalYear: z.number().int(),
  fiscalYearLabel: z.string(),
  title: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  bodies: z.number().int(),
  participants: z.number().int(),
});

export const CourseListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        category: z.string(),
        organiser: z.string(),
        method: z.string(),
        period: z.string(),
        content: z.string(),
        statusFiscalYear: z.number().int().nullable(),
        statusFiscalYearLabel: z.string().nullable(),
        statusNote: z.string(),
        sessions: z.array(SessionSchema),
      }),
    ),
  })
  .openapi('LiteracyCourseList');

export const SessionResponseSchema = SessionSchema.extend({ courseId: z.string() }).openapi(
  'LiteracySession',
);

export const ParticipationSummarySchema = z
  .object({
    fiscalYear: z.number().int(),
    label: z.string(),
    courses: z.array(
      z.object({
        courseId: z.string(),
        name: z.string(),
        bodies: z.number().int().openapi({ description: '参加した市町の数' }),
        participants: z.number().int(),
        byBody: z.array(
          z.object({ orgCode: z.string(), orgName: z.string(), participants: z.number().int() }),
        ),
      }),
    ),
    totals: z.object({ bodies: z.number().int(), participants: z.number().int() }),
  })
  .openapi('LiteracyParticipation');

export const ParticipationRecordSchema = z
  .object({ sessionId: z.string(), orgCode: z.string(), orgName: z.string(), participants: z.number().int() })
  .openapi('LiteracyParticipationRecord');
