import type {
  GRADES,
  PERSON_CATEGORIES,
  PERSON_HIRING_ROUTES,
  PERSON_STATUSES,
} from '../../../db/schema/index.ts';

export type PersonCategory = (typeof PERSON_CATEGORIES)[number];
export type HiringRoute = (typeof PERSON_HIRING_ROUTES)[number];
export type PersonStatus = (typeof PERSON_STATUSES)[number];
export type Grade = (typeof GRADES)[number];

/** 区分 (product.md TAL; p.12, p.21). */
export const CATEGORY_LABELS: Record<PersonCategory, string> = {
  pref_it: '県情報職',
  municipal_registered: '市町職員の共通人材登録',
  fixed_term_expert: '任期付高度経験者',
};

/** 採用区分 (p.21): the exam or scheme a person was hired through, or 任用替え from another job class. */
export const HIRING_ROUTE_LABELS: Record<HiringRoute, string> = {
  mid_career: '社会人経験者',
  graduate: '大学卒業程度',
  fixed_term: '任期付',
  transfer: '任用替え（他職種から）',
};

/** 在籍状況. */
export const STATUS_LABELS: Record<PersonStatus, string> = {
  active: '在籍',
  leave: '休職',
  retired: '退職',
};

/**
 * Reads a code or its Japanese label (as typed in a spreadsheet) back into the code; undefined when
 * it is neither. Comparison is after NFKC and trimming, so 全角/半角 differences do not matter.
 */
export function codeOfLabel<C extends string>(labels: Record<C, string>, text: string): C | undefined {
  const t = text.normalize('NFKC').trim();
  const entries = Object.entries(labels) as [C, string][];
  return entries.find(([code, label]) => code === t || label.normalize('NFKC') === t)?.[0];
}
