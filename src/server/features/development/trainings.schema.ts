import { z } from '@hono/zod-openapi';
import { GRADES, TRAINING_KINDS } from '../../../db/schema/index.ts';
import { SKILL_ITEM_CODES } from '../../../domain/skills/catalogue.ts';
import { uuidIdParam } from '../../platform/params.ts';

const ItemCode = z.enum(SKILL_ITEM_CODES, 'スキル項目コードがカタログにありません');
const Text = (min: number, max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(min, '入力してください').max(max, `${max}文字以内で入力してください`));

export const TrainingIdParams = z.object({
  id: uuidIdParam('id'),
});

export const TrainingQuerySchema = z.object({
  kind: z.enum(TRAINING_KINDS).optional(),
  skillItem: ItemCode.optional(),
  grade: z.enum(GRADES).optional().openapi({ description: '課程研修の対象職層' }),
  q: z.string().trim().max(100).optional().openapi({ description: '研修名・提供者・内容の部分一致' }),
  includeInactive: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: 'true で募集終了の研修も含める' }),
});
export type TrainingQuery = z.infer<typeof TrainingQuerySchema>;

const fields = {
  kind: z.enum(TRAINING_KINDS),
  name: Text(1, 200),
  provider: Text(1, 200),
  skillItems: z
    .array(ItemCode)
    .min(1, '対象のスキル項目を1つ以上指定してください')
    .max(SKILL_ITEM_CODES.length)
    .refine((list) => new Set(list).size === list.length, '同じスキル項目が2回指定されています'),
  hours: z.number().int().min(1).max(5000).openapi({ description: '学習時間（時間）' }),
  costYen: z.number().int().min(0).max(100_000_000).openapi({ description: '1人あたりの費用（円）' }),
  grade: z.enum(GRADES).nullable().openapi({ description: '課程研修の対象職層（課程研修のみ）' }),
  description: Text(0, 2000),
  active: z.boolean(),
};

const gradeOnlyForCourses = (t: { kind?: string; grade?: string | null }, ctx: z.RefinementCtx) => {
  if (t.grade && t.kind !== undefined && t.kind !== 'course')
    ctx.addIssue({ code: 'custom', path: ['grade'], message: '職層は課程研修にだけ指定できます' });
};

export const CreateTrainingSchema = z
  .object({
    ...fields,
    grade: fields.grade.optional(),
    description: fields.description.optional(),
    active: fields.active.optional(),
  })
  .superRefine(gradeOnlyForCourses)
  .openapi('CreateTraining');
export type CreateTrainingInput = z.infer<typeof CreateTrainingSchema>;

export const UpdateTrainingSchema = z
  .object(fields)
  .partial()
  .refine((t) => Object.keys(t).length > 0, '変更する項目を指定してください')
  .openapi('UpdateTraining');
export type UpdateTrainingInput = z.infer<typeof UpdateTrainingSchema>;

export const TrainingSchema = z
  .object({
    id: z.string(),
    kind: z.enum(TRAINING_KINDS),
    kindLabel: z.string().openapi({ example: 'オンライン研修' }),
    name: z.string(),
    provider: z.string(),
    skillItems: z.array(z.object({ code: z.string(), name: z.string() })),
    hours: z.number().int(),
    costYen: z.number().int(),
    grade: z.string().nullable(),
    description: z.string(),
    active: z.boolean(),
  })
  .openapi('Training');

export const TrainingListSchema = z
  .object({ items: z.array(TrainingSchema), total: z.number().int() })
  .openapi('TrainingList');
