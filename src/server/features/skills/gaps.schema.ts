import { z } from '@hono/zod-openapi';
import { TRAINING_KINDS } from '../../../db/schema/index.ts';
import { uuidIdParam } from '../../platform/params.ts';
import { OrgCodeSchema } from '../orgs/orgs.schema.ts';
import { FiscalYearQuery } from './skill-sheets.schema.ts';

export const PersonGapsParams = z.object({ id: uuidIdParam('id') });
export const PersonGapsQuery = z.object({
  fiscalYear: FiscalYearQuery.optional().openapi({ description: '省略時は最新のスキルシートの年度' }),
});
export const OrgGapsParams = z.object({ code: OrgCodeSchema });
export const RequiredFiscalYearQuery = z.object({ fiscalYear: FiscalYearQuery });

const CourseBrief = z.object({
  id: z.string(),
  kind: z.enum(TRAINING_KINDS),
  name: z.string(),
  provider: z.string(),
  hours: z.number().int(),
  costYen: z.number().int(),
  skillItems: z.array(z.string()),
});

export const PersonGapsSchema = z
  .object({
    personId: z.string(),
    sheetId: z.string(),
    fiscalYear: z.number().int(),
    fiscalYearLabel: z.string(),
    jobType: z.object({ code: z.string(), name: z.string() }),
    careerStage: z.string(),
    achievementPercent: z.number(),
    gaps: z.array(
      z.object({
        itemCode: z.string(),
        name: z.string(),
        categoryName: z.string(),
        target: z.number().int(),
        level: z.number().int(),
        gap: z.number().int(),
        courses: z
          .array(CourseBrief)
          .openapi({ description: 'この差を埋める研修（下書きと同じ順位、最大3件）' }),
      }),
    ),
  })
  .openapi('PersonSkillGaps');

const ItemGapSchema = z.object({
  itemCode: z.string(),
  name: z.string(),
  summedGap: z.number().int(),
  peopleBelowTarget: z.number().int(),
});

const FiguresShape = {
  headcount: z.number().int(),
  assessed: z.number().int().openapi({ description: 'その年度のスキルシートがある人数' }),
  meanAchievement: z.number().nullable(),
  topGaps: z.array(ItemGapSchema),
  bands: z.array(z.object({ label: z.string(), count: z.number().int() })),
  suppressed: z
    .boolean()
    .openapi({ description: '少人数のため達成度・差を表示しない（評価を閲覧できない利用者向け）' }),
};

const JobTypeFigures = z.object({
  jobType: z.object({ code: z.string(), no: z.number().int(), name: z.string() }),
  ...FiguresShape,
});

export const GroupGapsSchema = z
  .object({
    fiscalYear: z.number().int(),
    fiscalYearLabel: z.string(),
    orgCode: z.string().nullable(),
    overall: z.object(FiguresShape),
    byJobType: z.array(JobTypeFigures),
  })
  .openapi('GroupSkillGaps');

export const DistributionSchema = z
  .object({
    fiscalYear: z.number().int(),
    fiscalYearLabel: z.string(),
    total: z.object({
      people: z.number().int(),
      assessed: z.number().int(),
      meanAchievement: z.number().nullable(),
    }),
    byJobType: z.array(
      z.object({
        jobType: z.object({ code: z.string(), no: z.number().int(), name: z.string() }),
        people: z.number().int(),
        assessed: z.number().int(),
        meanAchievement: z.number().nullable(),
        bands: z.array(z.object({ label: z.string(), count: z.number().int() })),
        suppressed: z.boolean(),
      }),
    ),
  })
  .openapi('SkillDistribution');
