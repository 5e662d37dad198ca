import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { jobTypeOf } from '../../../domain/job-types.ts';
import type { ColumnSpec } from '../../platform/tabular/validate-rows.ts';
import type { OutputColumn, OutputRow } from '../../platform/tabular/write-table.ts';
import type { PersonDetails, PersonRow } from './person-details.ts';
import { CATEGORY_LABELS, HIRING_ROUTE_LABELS, STATUS_LABELS } from './talent.labels.ts';

/** A column of the people table: how import reads it and export writes it. */
type PersonColumn = ColumnSpec & {
  /** Personal data: exported to program-wide roles only. */
  personal?: boolean;
  /** The cell text export writes, which import reads back to the same value. */
  write: (p: PersonRow, d: PersonDetails) => string;
};

const orgName = (code: string | null, d: PersonDetails) => (code ? (d.orgNames.get(code) ?? code) : '');
const jobTypeName = (code: string | null) => (code ? (jobTypeOf(code)?.name ?? code) : '');

/**
 * The columns of the people CSV/xlsx, in order, with their Japanese headers. Import recognises these
 * headers (and the aliases and English field keys); export writes them, so an export can be edited
 * and imported back.
 */
export const PERSON_COLUMNS: readonly PersonColumn[] = [
  { field: 'employeeNo', label: '職員番号', write: (p) => p.employeeNo },
  { field: 'name', label: '氏名', write: (p) => p.name },
  { field: 'kana', label: 'ふりがな', aliases: ['フリガナ', 'かな'], write: (p) => p.kana },
  {
    field: 'employerOrgCode',
    label: '採用団体',
    aliases: ['採用団体コード', '所属団体'],
    write: (p, d) => orgName(p.employerOrgCode, d),
  },
  { field: 'category', label: '区分', write: (p) => CATEGORY_LABELS[p.category] },
  { field: 'hiringRoute', label: '採用区分', write: (p) => HIRING_ROUTE_LABELS[p.hiringRoute] },
  { field: 'hiringFiscalYear', label: '採用年度', write: (p) => formatFiscalYear(p.hiringFiscalYear) },
  { field: 'hiredOn', label: '採用日', type: 'date', write: (p) => p.hiredOn },
  { field: 'grade', label: '職位', write: (p) => p.grade },
  { field: 'primaryJobType', label: '主ジョブタイプ', write: (p) => jobTypeName(p.primaryJobType) },
  { field: 'secondaryJobType', label: '副ジョブタイプ', write: (p) => jobTypeName(p.secondaryJobType) },
  {
    field: 'certifications',
    label: '資格',
    aliases: ['資格（試験:合格日）'],
    write: (p, d) => (d.certifications.get(p.id) ?? []).map((c) => `${c.code}:${c.passedOn}`).join(';'),
  },
  { field: 'status', label: '状態', aliases: ['在籍状況'], write: (p) => STATUS_LABELS[p.status] },
  {
    field: 'locationPreferences',
    label: '勤務希望地',
    aliases: ['勤務希望地（順位順）'],
    personal: true,
    write: (p, d) => (d.preferences.get(p.id) ?? []).map((c) => orgName(c, d)).join('>'),
  },
  { field: 'homeOrgCode', label: '居住地', personal: true, write: (p, d) => orgName(p.homeOrgCode, d) },
  { field: 'careerGoal', label: 'キャリア目標', personal: true, write: (p) => p.careerGoal },
];

/** Fields that only program-wide roles export (and whose absence from an import keeps what is stored). */
export const PERSONAL_FIELDS: readonly string[] = PERSON_COLUMNS.filter((c) => c.personal).map(
  (c) => c.field,
);

/** Export-only column: the assignments of the 年度 (import ignores it). */
const ASSIGNMENT_COLUMN = { key: 'assignments', header: '配属先' };

/** The export's columns for a role: personal ones only when `withPersonal`. */
export function exportColumns(withPersonal: boolean): OutputColumn[] {
  return [
    ...PERSON_COLUMNS.filter((c) => withPersonal || !c.personal).map(
      (c): OutputColumn => ({
        key: c.field,
        header: c.label,
        ...(c.type === 'date' ? { type: 'date' } : {}),
      }),
    ),
    ASSIGNMENT_COLUMN,
  ];
}

/** One person as an export row of text cells; personal cells only when `withPersonal`. */
export function exportRow(p: PersonRow, d: PersonDetails, withPersonal: boolean): OutputRow {
  const row: OutputRow = {};
  for (const c of PERSON_COLUMNS) if (withPersonal || !c.personal) row[c.field] = c.write(p, d);
  row[ASSIGNMENT_COLUMN.key] = (d.assignments.get(p.id) ?? [])
    .map((a) => `${orgName(a.orgCode, d)} ${a.postTitle}`)
    .join('、');
  return row;
}
