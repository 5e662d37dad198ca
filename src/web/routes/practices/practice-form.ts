import { currentFiscalYear } from '../../../domain/fiscal-year.ts';
import { SUGGESTED_THEMES } from '../../../domain/practice-values.ts';
import type { NewPractice, PracticeChange, PracticeDetail } from './practices-queries.ts';

/** The practice form's state: suggested themes ticked, other themes typed, the rest as text. */
export type PracticeDraft = {
  orgCode: string;
  title: string;
  category: PracticeDetail['category'];
  fiscalYear: number;
  /** The suggested themes ticked. */
  themes: string[];
  /** Other themes, separated by 、 or commas. */
  otherThemes: string;
  funding: string;
  status: PracticeDetail['status'];
  summary: string;
  outcome: string;
  contact: string;
};

/** The Japanese name of each field, as on the detail page and in the register's files. */
export const PRACTICE_FIELD_LABELS: Readonly<Record<keyof PracticeDraft, string>> = Object.freeze({
  orgCode: '団体',
  title: '件名',
  category: '登録区分',
  fiscalYear: '年度',
  themes: 'テーマ',
  otherThemes: 'その他のテーマ',
  funding: '財源',
  status: '状況',
  summary: '概要',
  outcome: '成果',
  contact: '問い合わせ先',
});

/** A blank initiative of a body in the current 年度, with the API's defaults (好事例, 実施中). */
export function emptyPracticeDraft(orgCode: string, now: Date = new Date()): PracticeDraft {
  return {
    orgCode,
    title: '',
    category: '好事例',
    fiscalYear: currentFiscalYear(now),
    themes: [],
    otherThemes: '',
    funding: '',
    status: '実施中',
    summary: '',
    outcome: '',
    contact: '',
  };
}

/** A saved initiative as the form shows it: its themes split into the suggested ones and the others. */
export function draftOfPractice(p: PracticeDetail): PracticeDraft {
  return {
    orgCode: p.orgCode,
    title: p.title,
    category: p.category,
    fiscalYear: p.fiscalYear,
    themes: p.themes.filter((t) => SUGGESTED_THEMES.includes(t)),
    otherThemes: p.themes.filter((t) => !SUGGESTED_THEMES.includes(t)).join('、'),
    funding: p.funding ?? '',
    status: p.status,
    summary: p.summary,
    outcome: p.outcome ?? '',
    contact: p.contact ?? '',
  };
}

/** Themes typed in one line: split at 、 , ， and line breaks, blanks dropped. */
export function splitThemes(text: string): string[] {
  return text
    .split(/[、,，\n]/u)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

const orNull = (text: string) => (text.trim() === '' ? null : text);

/** The fields of a draft as the API takes them: the suggested themes in their order, then the others. */
function practiceFields(d: PracticeDraft) {
  return {
    title: d.title,
    category: d.category,
    fiscalYear: d.fiscalYear,
    themes: [...SUGGESTED_THEMES.filter((t) => d.themes.includes(t)), ...splitThemes(d.otherThemes)],
    funding: orNull(d.funding),
    status: d.status,
    summary: d.summary,
    outcome: orNull(d.outcome),
    contact: orNull(d.contact),
  };
}

/** The body of PATCH /api/practices/{id} for a draft (every field; the body does not change). */
export function toPracticeChange(d: PracticeDraft): PracticeChange {
  return practiceFields(d);
}

/** The body of POST /api/practices for a draft: its fields and the body it belongs to. */
export function toNewPractice(d: PracticeDraft): NewPractice {
  return { orgCode: d.orgCode, ...practiceFields(d) };
}

/** The 年度 the form offers: from 令和元年度 to next year, newest first, and the draft's own. */
export function practiceYears(selected: number, now: Date = new Date()): number[] {
  const last = currentFiscalYear(now) + 1;
  const years = Array.from({ length: last - 2019 + 1 }, (_, i) => last - i);
  return years.includes(selected) ? years : [...years, selected].sort((a, b) => b - a);
}
