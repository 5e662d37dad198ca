import { parseFiscalYear } from '../../../domain/fiscal-year.ts';
import type { ColumnSpec } from '../../platform/tabular/validate-rows.ts';

/** Columns of initiatives in files: Japanese headers (and usual variants) for each field of the API. */
export const PRACTICE_COLUMNS: readonly ColumnSpec[] = [
  { field: 'orgCode', label: '団体コード', aliases: ['団体CD', '自治体コード', 'org_code'] },
  { field: 'title', label: '件名', aliases: ['事業名', '施策名', '取組名', 'タイトル'] },
  { field: 'category', label: '区分', aliases: ['分類', 'カテゴリ', '登録区分'] },
  {
    field: 'fiscalYear',
    label: '年度',
    aliases: ['実施年度', '事業年度'],
    convert: (text) => {
      const year = parseFiscalYear(text);
      return year === null
        ? { ok: false, message: `年度として読めません（「${text}」。例: 2024, 令和6年度, R6）` }
        : { ok: true, value: year };
    },
  },
  { field: 'themes', label: 'テーマ', aliases: ['分野', 'キーワード'], type: 'list' },
  { field: 'funding', label: '財源', aliases: ['財源（交付金等）', '交付金', '活用した交付金'] },
  { field: 'status', label: '状況', aliases: ['ステータス', '進捗', '実施状況'] },
  { field: 'summary', label: '概要', aliases: ['事業概要', '内容', '取組内容'] },
  { field: 'outcome', label: '成果', aliases: ['効果', '成果・効果', '実績'] },
  { field: 'contact', label: '問い合わせ先', aliases: ['担当', '連絡先', '担当課'] },
];
