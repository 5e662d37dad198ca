import { z } from '@hono/zod-openapi';
import { CERTIFICATIONS } from '../../../domain/certifications.ts';
import { parseFiscalYear } from '../../../domain/fiscal-year.ts';
import { parseJobType } from '../../../domain/job-types.ts';
import { parseDateText } from '../../platform/tabular/validate-rows.ts';
import { CATEGORY_LABELS, codeOfLabel, HIRING_ROUTE_LABELS, STATUS_LABELS } from './talent.labels.ts';
import { personConsistencyIssues, personFields } from './talent.schema.ts';

/** A body as a spreadsheet names it. */
export type OrgName = { code: string; name: string };

/** Separators of the ranked 勤務希望地 cell: 江田島市>呉市 (also ＞, →, 、 and ,). */
const RANK_SEPARATOR = /[>＞→、,，]/u;

/**
 * A cell whose text is read by `parse` (undefined = unreadable, reported with `message`) and then
 * checked by `then`, the API's own field schema. A missing cell goes to `then` as it is.
 */
function cell<T extends z.ZodType>(
  parse: (text: string) => unknown,
  message: (text: string) => string,
  then: T,
) {
  return z.preprocess((value, ctx) => {
    if (typeof value !== 'string') return value;
    const parsed = parse(value);
    if (parsed === undefined) {
      ctx.addIssue({ code: 'custom', message: message(value) });
      return z.NEVER;
    }
    return parsed;
  }, then);
}

function orgResolver(orgs: readonly OrgName[]) {
  const byName = new Map(orgs.map((o) => [o.name.normalize('NFKC'), o.code]));
  return (text: string): string | undefined => {
    const t = text.normalize('NFKC').trim();
    return /^\d{6}$/.test(t) ? t : byName.get(t);
  };
}

/** 'AP:2023-10-08;SC:2024-06-20' (codes or exam names; dates as spreadsheets write them). */
function parseCertifications(text: string): { code: string; passedOn: string }[] | undefined {
  const out: { code: string; passedOn: string }[] = [];
  for (const part of text.split(/[;；\n]/u).map((p) => p.trim())) {
    if (part === '') continue;
    const m = /^(.+?)\s*[:：]\s*(.+)$/u.exec(part);
    if (!m) return undefined;
    const key = m[1]!.normalize('NFKC').trim();
    const exam = CERTIFICATIONS.find((c) => c.code === key.toUpperCase() || c.name === key);
    const passedOn = parseDateText(m[2]!);
    if (!exam || !passedOn) return undefined;
    out.push({ code: exam.code, passedOn });
  }
  return out;
}

/**
 * The import row of a person: the same fields and rules as {@link PersonInputSchema}, with cells
 * read as people write them — 区分・採用区分・状態 by their Japanese labels, 採用年度 as 令和5年度 / R5 /
 * 2023, job types by Japanese name, bodies by name or code, 資格 as `AP:2023-10-08;SC:2024-06-20`,
 * 勤務希望地 as `江田島市>呉市`. Each cell is then checked by the very field schema the API uses.
 */
export function personRowSchema(orgs: readonly OrgName[]) {
  const org = orgResolver(orgs);
  const unknownOrg = (t: string) => `団体名または団体コードが見つかりません（「${t}」）`;
  const labelled = <C extends string>(labels: Record<C, string>, then: z.ZodType<C>) =>
    cell(
      (t) => codeOfLabel(labels, t),
      (t) => `${Object.values<string>(labels).join('・')} のいずれかを入力してください（「${t}」）`,
      then,
    );
  const jobType = (then: z.ZodType<string>) =>
    cell(parseJobType, (t) => `ジョブタイプが分かりません（「${t}」）`, then);
  return z
    .object({
      employeeNo: personFields.employeeNo,
      name: personFields.name,
      kana: personFields.kana,
      employerOrgCode: cell(org, unknownOrg, personFields.employerOrgCode),
      category: labelled(CATEGORY_LABELS, personFields.category),
      hiringRoute: labelled(HIRING_ROUTE_LABELS, personFields.hiringRoute),
      hiringFiscalYear: cell(
        (t) => parseFiscalYear(t) ?? undefined,
        (t) => `年度として読めません（「${t}」。例: 令和5年度, R5, 2023）`,
        personFields.hiringFiscalYear,
      ),
      hiredOn: personFields.hiredOn,
      grade: personFields.grade,
      primaryJobType: jobType(personFields.primaryJobType),
      secondaryJobType: jobType(personFields.primaryJobType).nullable().default(null),
      certifications: cell(
        parseCertifications,
        (t) => `資格は「AP:2023-10-08;SC:2024-06-20」の形で入力してください（「${t}」）`,
        personFields.certifications,
      ).default([]),
      status: labelled(STATUS_LABELS, personFields.status).default('active'),
      locationPreferences: cell(
        (t) => {
          const codes = t
            .split(RANK_SEPARATOR)
            .filter((s) => s.trim() !== '')
            .map(org);
          return codes.every((c) => c !== undefined) ? codes : undefined;
        },
        (t) => `勤務希望地に分からない団体があります（「${t}」。例: 江田島市>呉市）`,
        personFields.locationPreferences,
      ).default([]),
      homeOrgCode: cell(org, unknownOrg, personFields.employerOrgCode).nullable().default(null),
      careerGoal: personFields.careerGoal.default(''),
    })
    .superRefine((p, ctx) => {
      for (const issue of personConsistencyIssues(p)) {
        ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
      }
    });
}

export type PersonRowInput = z.output<ReturnType<typeof personRowSchema>>;
