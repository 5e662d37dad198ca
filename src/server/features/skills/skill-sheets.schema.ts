import { z } from '@hono/zod-openapi';
import { EVIDENCE_KINDS, SKILL_SHEET_STATUSES } from '../../../db/schema/index.ts';
import { SKILL_ITEM_CODES } from '../../../domain/skills/catalogue.ts';
import { serialIdParam, uuidIdParam } from '../../platform/params.ts';

export const PersonParams = z.object({ id: uuidIdParam('id') });
export const SheetParams = z.object({ sheetId: uuidIdParam('sheetId') });
export const EvidenceParams = z.object({
  sheetId: uuidIdParam('sheetId'),
  evidenceId: serialIdParam('evidenceId'),
});

/** 年度 in a body: the starting calendar year. */
export const FiscalYearValue = z.number().int().min(2000).max(2100).openapi({ example: 2024 });

/** 年度 in a query string. */
export const FiscalYearQuery = z.coerce
  .number()
  .int()
  .min(2000)
  .max(2100)
  .openapi({
    param: { name: 'fiscalYear', in: 'query' },
    example: 2024,
    description: '年度（開始年の西暦）',
  });

const ItemCode = z.enum(SKILL_ITEM_CODES, 'スキル項目コードがカタログにありません');
const Level = z
  .number('レベルは0〜4の整数で指定してください')
  .int('レベルは0〜4の整数で指定してください')
  .min(0, 'レベルは0〜4の整数で指定してください')
  .max(4, 'レベルは0〜4の整数で指定してください');

const noDuplicateItems = (list: { itemCode: string }[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  list.forEach((x, i) => {
    if (seen.has(x.itemCode))
      ctx.addIssue({ code: 'custom', path: [i, 'itemCode'], message: '同じ項目が2回指定されています' });
    seen.add(x.itemCode);
  });
};

export const OpenSheetSchema = z.object({ fiscalYear: FiscalYearValue }).openapi('OpenSkillSheet');

export const SelfAssessmentSchema = z
  .object({
    levels: z
      .array(z.object({ itemCode: ItemCode, level: Level }))
      .min(1)
      .max(SKILL_ITEM_CODES.length)
      .superRefine(noDuplicateItems),
  })
  .openapi('SelfAssessment');
export type SelfAssessmentInput = z.infer<typeof SelfAssessmentSchema>;

export const EvaluationSchema = z
  .object({
    levels: z
      .array(
        z.object({
          itemCode: ItemCode,
          level: Level,
          comment: z
            .string()
            .transform((s) => s.normalize('NFC').trim())
            .pipe(z.string().max(1000))
            .optional()
            .openapi({ description: '省略時は既存のコメントを保持' }),
        }),
      )
      .min(1)
      .max(SKILL_ITEM_CODES.length)
      .superRefine(noDuplicateItems),
  })
  .openapi('Evaluation');
export type EvaluationInput = z.infer<typeof EvaluationSchema>;

export const AddEvidenceSchema = z
  .object({
    itemCode: ItemCode,
    kind: z.enum(EVIDENCE_KINDS),
    reference: z.string().trim().min(1).max(100).optional().openapi({
      description: '資格コード（certification）、修了した研修計画項目のID（training）、配属ID（ojt、任意）',
    }),
    description: z
      .string()
      .transform((s) => s.normalize('NFC').trim())
      .pipe(z.string().max(500))
      .optional()
      .openapi({ description: '省略時は参照先から作成。参照のないOJTでは必須' }),
  })
  .openapi('AddEvidence');
export type AddEvidenceInput = z.infer<typeof AddEvidenceSchema>;

const LevelOut = z.number().int().min(0).max(4);

export const EvidenceSchema = z
  .object({
    id: z.number().int(),
    itemCode: z.string(),
    kind: z.enum(EVIDENCE_KINDS),
    reference: z.string().nullable(),
    description: z.string(),
  })
  .openapi('SkillEvidence');

export const SheetItemSchema = z
  .object({
    itemCode: z.string(),
    name: z.string(),
    categoryCode: z.string(),
    categoryName: z.string(),
    importance: z.enum(['core', 'related', 'basic']),
    selfLevel: LevelOut.nullable(),
    evaluatorLevel: LevelOut.nullable(),
    evaluatorComment: z.string(),
    effectiveLevel: LevelOut.openapi({ description: '評価者の評価、なければ自己評価、なければ0' }),
    target: LevelOut,
    gap: z.number().int().openapi({ description: '目標 − 有効レベル（0以上）' }),
  })
  .openapi('SkillSheetItem');

export const SkillSheetSchema = z
  .object({
    id: z.string(),
    version: z.number().int().openapi({ description: '記録の版（ETag と同じ。変更時に If-Match で送る）' }),
    personId: z.string(),
    fiscalYear: z.number().int(),
    fiscalYearLabel: z.string().openapi({ example: '令和6年度' }),
    jobType: z.object({ code: z.string(), name: z.string() }),
    careerStage: z.object({ code: z.string(), name: z.string() }),
    status: z.enum(SKILL_SHEET_STATUSES),
    evaluatedBy: z.object({ id: z.string(), displayName: z.string() }).nullable(),
    evaluatedAt: z.string().nullable(),
    updatedAt: z.string(),
    achievementPercent: z.number().openapi({ example: 72.5 }),
    items: z.array(SheetItemSchema),
    evidence: z.array(EvidenceSchema),
  })
  .openapi('SkillSheet');

export const SkillSheetListSchema = z
  .object({ personId: z.string(), items: z.array(SkillSheetSchema) })
  .openapi('SkillSheetList');
