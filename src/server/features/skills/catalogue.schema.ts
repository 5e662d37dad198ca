import { z } from '@hono/zod-openapi';

export const JobTypeSchema = z
  .object({
    code: z.string().openapi({ example: 'business_designer' }),
    no: z.number().int().openapi({ example: 1 }),
    mark: z.string().openapi({ example: '①', description: '丸数字（資料 p.9 の番号）' }),
    name: z.string().openapi({ example: 'ビジネスデザイナー' }),
    description: z.string(),
  })
  .openapi('JobType');

export const JobTypeListSchema = z.object({ items: z.array(JobTypeSchema) }).openapi('JobTypeList');

const LevelSchema = z.number().int().min(0).max(4);

export const SkillCatalogueSchema = z
  .object({
    categories: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        items: z.array(z.object({ code: z.string(), name: z.string() })),
      }),
    ),
    levels: z.array(z.object({ level: LevelSchema, label: z.string(), description: z.string() })),
    careerStages: z.array(z.object({ code: z.string(), name: z.string() })),
    targets: z
      .array(
        z.object({
          jobType: z.string(),
          careerStage: z.string(),
          levels: z.record(z.string(), LevelSchema),
          importance: z.record(z.string(), z.enum(['core', 'related', 'basic'])),
        }),
      )
      .openapi({ description: 'ジョブタイプ × キャリア段階ごとの各項目の目標レベル' }),
  })
  .openapi('SkillCatalogue');
