import { z } from '@hono/zod-openapi';
import { GRADES, HIRING_ROUTES, PERSON_CATEGORIES, PERSON_STATUSES } from '../../../db/schema/index.ts';

/** A body by code and name. */
export const OrgRefSchema = z
  .object({
    code: z.string().openapi({ example: '342157' }),
    name: z.string().openapi({ example: '江田島市' }),
  })
  .openapi('OrgRef');

const JobTypeRefSchema = z
  .object({ code: z.string().openapi({ example: 'business_designer' }), name: z.string() })
  .openapi('JobTypeRef');

export const PersonCertificationSchema = z
  .object({
    code: z.string().openapi({ example: 'AP' }),
    name: z.string().openapi({ example: '応用情報技術者試験' }),
    passedOn: z.string(),
    passedOnLabel: z.string().openapi({ example: '令和5年10月8日' }),
  })
  .openapi('PersonCertification');

export const PersonAssignmentSchema = z
  .object({
    id: z.string(),
    postId: z.string(),
    postTitle: z.string(),
    unit: z.string(),
    org: OrgRefSchema,
    fte: z.number(),
    startFiscalYear: z.number().int(),
    endFiscalYear: z.number().int().nullable(),
    period: z.string().openapi({ example: '令和6年度〜令和7年度' }),
    status: z.enum(['actual', 'planned']),
  })
  .openapi('PersonAssignment');

export const AllowanceSchema = z
  .object({
    eligible: z.boolean(),
    monthlyYen: z.number().int().nullable().openapi({ example: 50000 }),
    start: z.string().nullable(),
    end: z.string().nullable(),
    period: z.string().nullable().openapi({ example: '令和5年4月1日〜令和15年3月31日' }),
    qualifyingExam: z.object({ code: z.string(), name: z.string() }).nullable(),
    reason: z.string().nullable(),
  })
  .openapi('Allowance');

/** A person; the personal fields are present only for the person and program-wide roles. */
export const PersonSchema = z
  .object({
    id: z.string(),
    version: z.number().int().openapi({ description: '記録の版（ETag と同じ。変更時に If-Match で送る）' }),
    employeeNo: z.string(),
    name: z.string(),
    kana: z.string(),
    employer: OrgRefSchema,
    category: z.enum(PERSON_CATEGORIES),
    categoryLabel: z.string().openapi({ example: '県情報職' }),
    hiringRoute: z.enum(HIRING_ROUTES),
    hiringRouteLabel: z.string(),
    hiringFiscalYear: z.number().int(),
    hiringFiscalYearLabel: z.string().openapi({ example: '令和5年度' }),
    hiredOn: z.string(),
    hiredOnLabel: z.string(),
    grade: z.enum(GRADES),
    primaryJobType: JobTypeRefSchema,
    secondaryJobType: JobTypeRefSchema.nullable(),
    certifications: z.array(PersonCertificationSchema),
    status: z.enum(PERSON_STATUSES),
    statusLabel: z.string(),
    account: z.object({ login: z.string() }).nullable(),
    assignments: z.array(PersonAssignmentSchema).openapi({ description: '指定年度（既定は今年度）の配属' }),
    locationPreferences: z
      .array(OrgRefSchema.extend({ rank: z.number().int() }))
      .optional()
      .openapi({ description: '本人・人材機構・管理者のみ' }),
    homeOrg: OrgRefSchema.nullable().optional(),
    careerGoal: z.string().optional(),
    allowance: AllowanceSchema.optional(),
  })
  .openapi('Person');

export const PersonPageSchema = z
  .object({
    items: z.array(PersonSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    fiscalYear: z.number().int(),
  })
  .openapi('PersonPage');

/** The career page of a person. */
export const CareerSchema = z
  .object({
    person: PersonSchema.omit({ assignments: true }),
    assignments: z.array(PersonAssignmentSchema),
    certifications: z.array(PersonCertificationSchema),
    trainings: z.array(
      z.object({
        fiscalYear: z.number().int(),
        courseName: z.string(),
        kind: z.string(),
        provider: z.string(),
        hours: z.number().int(),
        completedOn: z.string().nullable(),
      }),
    ),
    skills: z
      .array(
        z.object({
          fiscalYear: z.number().int(),
          fiscalYearLabel: z.string(),
          jobType: JobTypeRefSchema,
          careerStage: z.object({ code: z.string(), name: z.string() }),
          status: z.string(),
          achievementPercent: z.number(),
          gapCount: z.number().int().openapi({ description: '目標に届いていない項目数' }),
        }),
      )
      .nullable()
      .openapi({ description: '評価を閲覧できる者（本人・人材機構・配属先の責任者）のみ。その他は null' }),
  })
  .openapi('Career');

/** The 共通人材 of a 年度 in numbers. */
export const RosterSummarySchema = z
  .object({
    fiscalYear: z.number().int(),
    fiscalYearLabel: z.string().openapi({ example: '令和6年度' }),
    total: z.number().int().openapi({ example: 38 }),
    byEmployerType: z
      .array(
        z.object({
          employerType: z.enum(['prefecture', 'municipality']),
          label: z.string().openapi({ example: '県情報職等' }),
          count: z.number().int().openapi({ example: 30 }),
        }),
      )
      .openapi({ description: 'p.12 の内訳（県情報職等・市町職員）' }),
    byCategory: z.array(
      z.object({ category: z.enum(PERSON_CATEGORIES), label: z.string(), count: z.number().int() }),
    ),
    byEmployer: z.array(
      z.object({
        org: OrgRefSchema,
        category: z.enum(PERSON_CATEGORIES),
        categoryLabel: z.string(),
        count: z.number().int(),
      }),
    ),
  })
  .openapi('RosterSummary');

/** The IPA exams the system knows. */
export const CertificationListSchema = z
  .object({
    items: z.array(
      z.object({
        code: z.string().openapi({ example: 'AP' }),
        name: z.string(),
        level: z.number().int(),
        qualifiesForAllowance: z.boolean(),
      }),
    ),
  })
  .openapi('CertificationList');
