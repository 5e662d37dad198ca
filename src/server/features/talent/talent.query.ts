import { z } from '@hono/zod-openapi';
import { PERSON_CATEGORIES, PERSON_STATUSES } from '../../../db/schema/index.ts';
import { CERTIFICATION_CODES } from '../../../domain/certifications.ts';
import { JOB_TYPE_CODES } from '../../../domain/job-types.ts';
import { uuidIdParam } from '../../platform/params.ts';
import { OrgCode } from './talent.schema.ts';

/** The roster filters, shared by the list and the export. */
export const PeopleFilterSchema = z.object({
  orgCode: OrgCode.optional().openapi({ description: '採用団体または配属先（指定年度）の団体コード' }),
  category: z.enum(PERSON_CATEGORIES).optional(),
  jobType: z.enum(JOB_TYPE_CODES).optional().openapi({ description: '主または副ジョブタイプ' }),
  certification: z.enum(CERTIFICATION_CODES).optional(),
  status: z.enum(PERSON_STATUSES).optional(),
  q: z.string().trim().max(100).optional().openapi({ description: '氏名・ふりがなの部分一致' }),
  fiscalYear: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .openapi({ description: '配属情報の年度（既定は今年度）', example: 2024 }),
});

export type PeopleFilter = z.output<typeof PeopleFilterSchema>;

/** GET /api/people: filters and a page. */
export const ListPeopleQuerySchema = PeopleFilterSchema.extend({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export type ListPeopleQuery = z.output<typeof ListPeopleQuerySchema>;

/** A person id in a path. */
export const PersonIdParams = z.object({
  id: uuidIdParam('id'),
});
