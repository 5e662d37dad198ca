import { z } from '@hono/zod-openapi';
import { HIRING_ROUTES } from '../../../db/schema/index.ts';
import { uuidIdParam } from '../../platform/params.ts';

const count = (description: string) =>
  z.number().int().min(0, '0以上の整数で入力してください').max(100_000).nullable().openapi({ description });

const ExamFiguresSchema = z.object({
  applicants: count('受験者数（任期付は応募者数）。試験がなければ null'),
  finalPassers: count('最終合格者数（資料 p.21 の「採用者数」）'),
  hires: count('採用者数（実績）'),
  plannedHires: count('採用予定数（「4名程度」の4）'),
  note: z.string().trim().max(200).openapi({ example: 'R6.6募集開始' }),
});

type Figures = Partial<
  Pick<z.infer<typeof ExamFiguresSchema>, 'applicants' | 'finalPassers' | 'hires' | 'plannedHires'>
>;

/** The checks every exam row obeys, whether created or updated: per-field issues, empty when fine. */
export function figureIssues(v: Figures): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const { applicants, finalPassers, hires, plannedHires } = v;
  if (applicants == null && finalPassers == null && hires == null && plannedHires == null) {
    issues.push({
      path: 'applicants',
      message: '受験者数・最終合格者数・採用者数・採用予定数のいずれかを入力してください',
    });
  }
  if (applicants != null && finalPassers != null && finalPassers > applicants) {
    issues.push({ path: 'finalPassers', message: '最終合格者数が受験者数を超えています' });
  }
  return issues;
}

/** A new exam row: 採用年度 and route are its identity. */
export const CreateExamSchema = ExamFiguresSchema.extend({
  fiscalYear: z
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ example: 2025, description: '採用年度（西暦の開始年）' }),
  route: z.enum(HIRING_ROUTES),
  note: ExamFiguresSchema.shape.note.default(''),
})
  .superRefine((v, ctx) => {
    for (const issue of figureIssues(v))
      ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  })
  .openapi('CreateRecruitmentExam');

export type CreateExamInput = z.infer<typeof CreateExamSchema>;

/** A change to an exam row's figures (identity stays). */
export const UpdateExamSchema = ExamFiguresSchema.partial().openapi('UpdateRecruitmentExam');

export type UpdateExamInput = z.infer<typeof UpdateExamSchema>;

export const ExamIdParamSchema = z.object({
  id: uuidIdParam('id'),
});

export const ExamSchema = z
  .object({
    version: z.number().int().openapi({ description: '記録の版（ETag と同じ。変更時に If-Match で送る）' }),
    id: z.string(),
    fiscalYear: z.number().int(),
    label: z.string().openapi({ example: 'R6採用' }),
    route: z.enum(HIRING_ROUTES),
    routeName: z.string().openapi({ example: '情報職採用試験（社会人経験者）' }),
    applicants: z.number().int().nullable(),
    finalPassers: z.number().int().nullable(),
    hires: z.number().int().nullable(),
    plannedHires: z.number().int().nullable(),
    note: z.string(),
    ratio: z.number().nullable().openapi({ description: '競争倍率（受験者÷最終合格、小数1桁）' }),
  })
  .openapi('RecruitmentExam');

export const ExamListSchema = z
  .object({
    items: z.array(ExamSchema),
    years: z.array(z.object({ fiscalYear: z.number().int(), label: z.string() })),
  })
  .openapi('RecruitmentExamList');

export const RatiosSchema = z
  .object({
    years: z.array(z.object({ fiscalYear: z.number().int(), label: z.string() })),
    routes: z.array(
      z.object({
        route: z.enum(HIRING_ROUTES),
        name: z.string(),
        items: z.array(
          z.object({
            fiscalYear: z.number().int(),
            ratio: z.number().nullable(),
            text: z.string().openapi({ example: '6.0', description: '試験がなかった年度は「–」' }),
          }),
        ),
      }),
    ),
  })
  .openapi('RecruitmentRatios');

export const FunnelSchema = z
  .object({
    items: z.array(
      z.object({
        fiscalYear: z.number().int(),
        label: z.string(),
        hired: z
          .number()
          .int()
          .openapi({ description: 'この年度に採用された人材（県採用：情報職・任期付）' }),
        examHires: z
          .number()
          .int()
          .nullable()
          .openapi({ description: '採用試験の採用者数（記録がある場合）' }),
        placed: z.number().int().openapi({ description: '配属実績のある人数' }),
        firstPostMunicipal: z.number().int().openapi({ description: '最初の配属先が市町の人数' }),
        retained: z.number().int().openapi({ description: '退職していない人数' }),
        retentionPercent: z.number().nullable(),
      }),
    ),
  })
  .openapi('RecruitmentFunnel');
