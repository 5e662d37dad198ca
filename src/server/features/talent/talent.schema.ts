import { z } from '@hono/zod-openapi';
import { GRADES, HIRING_ROUTES, PERSON_CATEGORIES, PERSON_STATUSES } from '../../../db/schema/index.ts';
import { CERTIFICATION_CODES } from '../../../domain/certifications.ts';
import { fiscalYearOf, fiscalYearRange, formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { JOB_TYPE_CODES } from '../../../domain/job-types.ts';
import { isValidLocalGovCode } from '../../../domain/local-gov-code.ts';
import { calendarDateOf } from '../../../domain/wareki.ts';

/** A 全国地方公共団体コード: six digits whose last is the check digit. Existence is checked by the use case. */
export const OrgCode = z
  .string()
  .regex(/^\d{6}$/, '団体コードは6桁の数字で指定してください')
  .refine(isValidLocalGovCode, '団体コードの検査数字が正しくありません');

/** A real calendar date written YYYY-MM-DD. */
export const IsoDateSchema = z
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

/** 年度 as its starting calendar year. */
export const FiscalYearNumber = z.number().int().min(2000).max(2100);

/** Katakana → hiragana (ヷ–ヺ have no hiragana form and are left as they are). */
export function toHiragana(text: string): string {
  return text.replace(/[\u30A1-\u30F6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

/** ふりがな: hiragana or katakana (半角 too), stored as hiragana so the roster sorts in 五十音 order. */
const Kana = z
  .string()
  .transform((s) => toHiragana(s.normalize('NFKC')).trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(1, 'ふりがなを入力してください')
      .max(100)
      .regex(
        /^[\u3041-\u3096\u309D\u309E\u30FC\u30FB ]+$/,
        'ふりがなはひらがなまたはカタカナで入力してください',
      ),
  );

/** Free text as typed: NFC only, so 髙, ① and ㈱ survive unchanged. */
const Text = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max, `${max}文字以内で入力してください`));

const EmployeeNo = z
  .string()
  .transform((s) => s.normalize('NFKC').trim())
  .pipe(
    z.string().regex(/^[A-Za-z0-9_-]{1,20}$/, '職員番号は半角英数字・ハイフンの1〜20文字で指定してください'),
  );

const Certification = z.object({ code: z.enum(CERTIFICATION_CODES), passedOn: IsoDateSchema });

const noDuplicates =
  <T>(key: (x: T) => string, message: string) =>
  (list: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(key(x))) ctx.addIssue({ code: 'custom', path: [i], message });
      seen.add(key(x));
    });
  };

/** Every field of a person, each with its own checks; the cross-field rules are in {@link personConsistencyIssues}. */
export const personFields = {
  employeeNo: EmployeeNo,
  name: Text(100).pipe(z.string().min(1, '氏名を入力してください')),
  kana: Kana,
  employerOrgCode: OrgCode,
  category: z.enum(PERSON_CATEGORIES),
  hiringRoute: z.enum(HIRING_ROUTES),
  hiringFiscalYear: FiscalYearNumber,
  hiredOn: IsoDateSchema,
  grade: z.enum(GRADES),
  primaryJobType: z.enum(JOB_TYPE_CODES as [string, ...string[]]),
  secondaryJobType: z.enum(JOB_TYPE_CODES as [string, ...string[]]).nullable(),
  certifications: z
    .array(Certification)
    .max(CERTIFICATION_CODES.length)
    .superRefine(noDuplicates((c) => c.code, '同じ試験が重複しています')),
  locationPreferences: z
    .array(OrgCode)
    .max(24)
    .superRefine(noDuplicates((c) => c, '同じ勤務希望地が重複しています'))
    .openapi({ description: '勤務希望地の団体コード（第1希望から順に）' }),
  careerGoal: Text(2000),
  status: z.enum(PERSON_STATUSES),
  homeOrgCode: OrgCode.nullable(),
  accountLogin: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .nullable()
    .openapi({ description: '本人のログインID（役割 member の利用者）。null で紐付けを外す' }),
};

type Consistency = {
  hiringFiscalYear: number;
  hiredOn: string;
  primaryJobType: string;
  secondaryJobType: string | null;
};

/** Rules across fields: 採用日 falls in 採用年度, and the secondary job type differs from the primary. */
export function personConsistencyIssues(p: Consistency): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  // Each field's own checks run first but do not stop this one: compare only values that passed them
  // (fiscalYearOf and fiscalYearRange throw on a malformed date or year).
  const comparable =
    IsoDateSchema.safeParse(p.hiredOn).success && FiscalYearNumber.safeParse(p.hiringFiscalYear).success;
  if (comparable && fiscalYearOf(p.hiredOn) !== p.hiringFiscalYear) {
    const { start, end } = fiscalYearRange(p.hiringFiscalYear);
    issues.push({
      path: 'hiredOn',
      message: `採用日が採用年度（${formatFiscalYear(p.hiringFiscalYear)}: ${start}〜${end}）に含まれていません`,
    });
  }
  if (p.secondaryJobType !== null && p.secondaryJobType === p.primaryJobType) {
    issues.push({
      path: 'secondaryJobType',
      message: '副ジョブタイプは主ジョブタイプと異なるものを選んでください',
    });
  }
  return issues;
}

/** A new person (POST /api/people, and each row of an import once read into this shape). */
export const PersonInputSchema = z
  .object({
    ...personFields,
    secondaryJobType: personFields.secondaryJobType.default(null),
    certifications: personFields.certifications.default([]),
    locationPreferences: personFields.locationPreferences.default([]),
    careerGoal: personFields.careerGoal.default(''),
    status: personFields.status.default('active'),
    homeOrgCode: personFields.homeOrgCode.default(null),
    accountLogin: personFields.accountLogin.default(null),
  })
  .superRefine((p, ctx) => {
    for (const issue of personConsistencyIssues(p)) {
      ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
    }
  })
  .openapi('PersonInput');

export type PersonInput = z.output<typeof PersonInputSchema>;

/** Fields a member may change on their own profile; anything else in their PATCH is refused (403). */
export const SELF_EDITABLE_FIELDS = ['careerGoal', 'secondaryJobType', 'locationPreferences'] as const;

const { status: _status, ...patchable } = personFields;

/** PATCH /api/people/{id}: any subset of the fields except status (which has its own route). */
export const PersonPatchSchema = z.object(patchable).partial().strict().openapi('PersonPatch');

export type PersonPatch = z.output<typeof PersonPatchSchema>;

/** PUT /api/people/{id}/status. */
export const PersonStatusInputSchema = z
  .object({ status: z.enum(PERSON_STATUSES) })
  .openapi('PersonStatusInput');
