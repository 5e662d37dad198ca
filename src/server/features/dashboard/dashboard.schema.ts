import { z } from '@hono/zod-openapi';
import { HIRING_ROUTES } from '../../../db/schema/index.ts';

export const DashboardQuerySchema = z.object({
  fiscalYear: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ example: 2024, description: '年度（開始年の西暦）' }),
});

const YearLabel = { fiscalYear: z.number().int(), label: z.string() };

export const DashboardSchema = z
  .object({
    ...YearLabel,
    participation: z.array(z.object({ ...YearLabel, municipalities: z.number().int() })),
    placement: z.array(
      z.object({
        ...YearLabel,
        municipalityCount: z.number().int(),
        municipalPrefFte: z.number(),
        municipalCount: z.number().int(),
        prefFte: z.number(),
        municipalTotal: z.number().int(),
        posts: z.number().int().openapi({ description: '年度内に存在するポスト数' }),
        filledPosts: z.number().int().openapi({ description: 'そのうち配属実績のあるポスト数' }),
      }),
    ),
    people: z.object({
      total: z.number().int(),
      byCategory: z.array(z.object({ category: z.string(), label: z.string(), count: z.number().int() })),
    }),
    map: z.object({
      schematic: z.literal(true),
      note: z.string(),
      bodies: z.array(
        z.object({
          orgCode: z.string(),
          orgName: z.string(),
          type: z.enum(['県', '市', '町']),
          lat: z.number(),
          lon: z.number(),
          participates: z.boolean(),
          prefFte: z.number(),
          municipalCount: z.number().int(),
          assigned: z.number().openapi({ description: '配属人数（県情報職等のFTE＋市町情報職相当）' }),
          midYear: z.boolean(),
        }),
      ),
    }),
    recruitment: z.object({
      years: z.array(z.object(YearLabel)),
      applicants: z.array(
        z.object({
          route: z.enum(HIRING_ROUTES),
          name: z.string(),
          values: z.array(z.number().int().nullable()),
        }),
      ),
      ratios: z.array(
        z.object({ route: z.enum(HIRING_ROUTES), name: z.string(), values: z.array(z.number().nullable()) }),
      ),
    }),
    skills: z.object({
      distributionHref: z.string().openapi({ description: 'ジョブタイプ別の人数と達成度（SKL の API）' }),
    }),
    commitments: z.object({
      open: z.number().int(),
      overdue: z.number().int(),
      nextDue: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          ownerOrgName: z.string(),
          dueOn: z.string(),
          dueOnLabel: z.string(),
          overdue: z.boolean(),
          meetingId: z.string().nullable(),
        }),
      ),
    }),
    literacy: z.object({
      ...YearLabel,
      courses: z.array(
        z.object({ name: z.string(), bodies: z.number().int(), participants: z.number().int() }),
      ),
      totals: z.object({ bodies: z.number().int(), participants: z.number().int() }),
    }),
  })
  .openapi('Dashboard');
