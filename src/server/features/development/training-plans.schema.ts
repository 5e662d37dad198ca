import { z } from '@hono/zod-openapi';
import { PLAN_ITEM_STATUSES, TRAINING_KINDS } from '../../../db/schema/index.ts';
import { SKILL_ITEM_CODES } from '../../../domain/skills/catalogue.ts';
import { calendarDateOf } from '../../../domain/wareki.ts';
import { serialIdParam, uuidIdParam } from '../../platform/params.ts';
import { FiscalYearQuery, FiscalYearValue } from '../skills/skill-sheets.schema.ts';

export const PersonParams = z.object({ id: uuidIdParam('id') });
export const PersonYearParams = z.object({
  id: uuidIdParam('id'),
  fiscalYear: FiscalYearQuery.openapi({ param: { name: 'fiscalYear', in: 'path' } }),
});
export const PlanItemParams = z.object({
  id: serialIdParam('id'),
});
export const PlanListQuery = z.object({ fiscalYear: FiscalYearQuery.optional() });

const Yen = z.number().int().min(0).max(100_000_000);

/** A real calendar date written YYYY-MM-DD. */
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日付は YYYY-MM-DD の形式で指定してください')
  .refine((s) => {
    try {
      calendarDateOf(s);
      return true;
    } catch {
      return false;
    }
  }, '存在しない日付です');

export const DraftPlanSchema = z
  .object({
    fiscalYear: FiscalYearValue,
    budgetYen: Yen.optional().openapi({ description: '年度の研修費の上限（円）。完了済みの費用を含む' }),
  })
  .openapi('DraftTrainingPlan');
export type DraftPlanInput = z.infer<typeof DraftPlanSchema>;

export const EditPlanItemsSchema = z
  .object({
    items: z
      .array(
        z.object({
          id: z.number().int().positive().optional().openapi({ description: '既存の項目のID（新規は省略）' }),
          courseId: z.uuid('研修IDの形式が正しくありません'),
          targetItem: z
            .enum(SKILL_ITEM_CODES, 'スキル項目コードがカタログにありません')
            .nullable()
            .optional(),
          status: z
            .enum(['planned', 'cancelled'])
            .optional()
            .openapi({ description: '完了は完了登録で記録' }),
          costYen: Yen.optional().openapi({ description: '省略時は既存の費用（新規は研修の費用）' }),
          note: z
            .string()
            .transform((s) => s.normalize('NFC').trim())
            .pipe(z.string().max(500))
            .optional(),
        }),
      )
      .max(50)
      .superRefine((items, ctx) => {
        const ids = new Set<number>();
        const courses = new Set<string>();
        items.forEach((item, i) => {
          if (item.id !== undefined && ids.has(item.id))
            ctx.addIssue({ code: 'custom', path: [i, 'id'], message: '同じ項目が2回指定されています' });
          if (courses.has(item.courseId))
            ctx.addIssue({ code: 'custom', path: [i, 'courseId'], message: '同じ研修が2回指定されています' });
          if (item.id !== undefined) ids.add(item.id);
          courses.add(item.courseId);
        });
      }),
  })
  .openapi('EditTrainingPlanItems');
export type EditPlanItemsInput = z.infer<typeof EditPlanItemsSchema>;

export const CompleteItemSchema = z
  .object({
    completedOn: IsoDate,
    costYen: Yen.optional().openapi({ description: '実費（人材機構・管理者のみ）' }),
  })
  .openapi('CompleteTrainingPlanItem');
export type CompleteItemInput = z.infer<typeof CompleteItemSchema>;

export const PlanItemSchema = z
  .object({
    id: z.number().int(),
    course: z.object({
      id: z.string(),
      kind: z.enum(TRAINING_KINDS),
      name: z.string(),
      provider: z.string(),
      hours: z.number().int(),
      skillItems: z.array(z.string()),
    }),
    targetItem: z.object({ code: z.string(), name: z.string() }).nullable(),
    status: z.enum(PLAN_ITEM_STATUSES),
    completedOn: z.string().nullable(),
    costYen: z.number().int(),
    note: z.string(),
  })
  .openapi('TrainingPlanItem');

export const PlanSchema = z
  .object({
    id: z.string(),
    version: z.number().int().openapi({ description: '記録の版（ETag と同じ。変更時に If-Match で送る）' }),
    personId: z.string(),
    fiscalYear: z.number().int(),
    fiscalYearLabel: z.string(),
    updatedAt: z.string(),
    totals: z.object({
      costYen: z.number().int().openapi({ description: '取り消しを除く費用の合計' }),
      completedCostYen: z.number().int(),
      hours: z.number().int(),
      completedHours: z.number().int(),
    }),
    items: z.array(PlanItemSchema),
  })
  .openapi('TrainingPlan');

export const PlanListSchema = z.object({ items: z.array(PlanSchema) }).openapi('TrainingPlanList');

export const DraftResultSchema = z
  .object({
    plan: PlanSchema,
    basedOn: z.object({ sheetId: z.string(), fiscalYear: z.number().int(), achievementPercent: z.number() }),
    budgetYen: z.number().int().nullable(),
    picks: z.array(
      z.object({
        itemId: z.number().int(),
        courseId: z.string(),
        targetItem: z.string(),
        gapClosed: z.number().int(),
      }),
    ),
    unclosedGaps: z
      .array(z.object({ itemCode: z.string(), gap: z.number().int() }))
      .openapi({ description: '下書きでは埋まらなかった差（該当研修なし・予算超過）' }),
  })
  .openapi('TrainingPlanDraft');

export const CompletionResultSchema = z
  .object({
    item: PlanItemSchema,
    evidence: z
      .object({ id: z.number().int(), sheetId: z.string(), itemCode: z.string(), description: z.string() })
      .nullable()
      .openapi({ description: 'その年度のスキルシートに自動で登録した根拠（シートがなければ null）' }),
  })
  .openapi('TrainingCompletion');
