import { type Business, isStandardBusiness } from '../../../domain/standard-businesses.ts';
import type { FieldIssue } from '../../components/form-errors.ts';
import type { NewSystem, SystemDetail } from './inventory-queries.ts';

/** The system form's state: what is typed, as text, before it becomes the API's body. */
export type SystemDraft = {
  orgCode: string;
  name: string;
  business: Business;
  category: string;
  unit: string;
  vendor: string;
  product: string;
  hosting: SystemDetail['hosting'];
  contractStart: string;
  contractEnd: string;
  yearlyCost: string;
  users: string;
  personalData: boolean;
  status: SystemDetail['status'];
  migrationStep: NonNullable<SystemDetail['migrationStep']> | '';
  migrationTargetDate: string;
  note: string;
};

/** The Japanese name of each field, as in the 台帳's files (SYSTEM_COLUMNS on the server). */
export const SYSTEM_FIELD_LABELS: Readonly<Record<keyof SystemDraft, string>> = Object.freeze({
  orgCode: '団体',
  name: 'システム名',
  business: '業務',
  category: '業務分類',
  unit: '担当課',
  vendor: 'ベンダー',
  product: '製品名',
  hosting: '稼働環境',
  contractStart: '契約開始日',
  contractEnd: '契約終了日',
  yearlyCost: '年間経費（円）',
  users: '利用者数',
  personalData: '個人情報',
  status: '状態',
  migrationStep: '標準化・移行状況',
  migrationTargetDate: '移行目標日',
  note: '備考',
});

/** A blank system of a body, with the API's defaults (稼働中, no personal data). */
export function emptySystemDraft(orgCode: string): SystemDraft {
  return {
    orgCode,
    name: '',
    business: '住民基本台帳',
    category: '',
    unit: '',
    vendor: '',
    product: '',
    hosting: 'オンプレミス',
    contractStart: '',
    contractEnd: '',
    yearlyCost: '',
    users: '',
    personalData: false,
    status: '稼働中',
    migrationStep: '',
    migrationTargetDate: '',
    note: '',
  };
}

/** A saved system as the form shows it for correcting. */
export function draftOfSystem(s: SystemDetail): SystemDraft {
  return {
    orgCode: s.orgCode,
    name: s.name,
    business: s.business,
    category: s.category ?? '',
    unit: s.unit ?? '',
    vendor: s.vendor ?? '',
    product: s.product ?? '',
    hosting: s.hosting,
    contractStart: s.contractStart ?? '',
    contractEnd: s.contractEnd ?? '',
    yearlyCost: s.yearlyCost === null ? '' : String(s.yearlyCost),
    users: s.users === null ? '' : String(s.users),
    personalData: s.personalData,
    status: s.status,
    migrationStep: s.migrationStep ?? '',
    migrationTargetDate: s.migrationTargetDate ?? '',
    note: s.note ?? '',
  };
}

/**
 * A whole number as officials type it: full-width digits, 3-digit separators and a trailing 円 or 人
 * are accepted (「12,000,000円」 → 12000000). Empty → null; anything else → undefined (unreadable).
 */
export function parseWholeNumber(text: string): number | null | undefined {
  const compact = text
    .normalize('NFKC')
    .replace(/[\s,円人]/gu, '')
    .trim();
  if (compact === '') return null;
  return /^\d{1,15}$/.test(compact) ? Number(compact) : undefined;
}

const orNull = (text: string) => (text.trim() === '' ? null : text);

/**
 * The body of POST /api/systems (and of PATCH, which takes the same fields) for a draft, or the issues
 * that stop it being sent (numbers that cannot be read). Every other rule is the API's: its 400 names
 * the field. The migration fields are sent only for the 20 標準化対象業務 (the form hides them otherwise).
 */
export function toSystemInput(
  d: SystemDraft,
): { input: NewSystem; issues: [] } | { input: null; issues: FieldIssue[] } {
  const yearlyCost = parseWholeNumber(d.yearlyCost);
  const users = parseWholeNumber(d.users);
  const issues: FieldIssue[] = [];
  if (yearlyCost === undefined)
    issues.push({ path: 'yearlyCost', message: '年間経費は円単位の整数で入力してください' });
  if (users === undefined) issues.push({ path: 'users', message: '利用者数は整数で入力してください' });
  if (yearlyCost === undefined || users === undefined) return { input: null, issues };
  const standard = isStandardBusiness(d.business);
  return {
    input: {
      orgCode: d.orgCode,
      name: d.name,
      business: d.business,
      category: orNull(d.category),
      unit: orNull(d.unit),
      vendor: orNull(d.vendor),
      product: orNull(d.product),
      hosting: d.hosting,
      contractStart: orNull(d.contractStart),
      contractEnd: orNull(d.contractEnd),
      yearlyCost,
      users,
      personalData: d.personalData,
      status: d.status,
      migrationStep: standard && d.migrationStep !== '' ? d.migrationStep : null,
      migrationTargetDate: standard ? orNull(d.migrationTargetDate) : null,
      note: orNull(d.note),
    },
    issues: [],
  };
}
