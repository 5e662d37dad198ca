/** A table cell: the text as printed, and the number behind it where there is one (for the .xlsx). */
export type Cell = { text: string; value?: number };

/** The tables of the report, in the order of the programme document. */
export const REPORT_TABLE_KEYS = [
  'timeline',
  'framework',
  'posts',
  'targets',
  'placement',
  'exams',
  'ratios',
  'forumMembers',
  'forumMeetings',
  'sharing',
  'workingGroups',
  'jointSystems',
  'jointCandidates',
  'literacy',
] as const;

export type ReportTableKey = (typeof REPORT_TABLE_KEYS)[number];

/** One table of the report: a caption naming the seed page it reproduces, header rows and body rows. */
export type ReportTable = {
  key: ReportTableKey;
  caption: string;
  head: string[][];
  rows: Cell[][];
  /** Index of the body rows to set apart as totals. */
  totalRows?: number[];
  /** Print equal neighbouring cells of the first column once, spanning their rows. */
  mergeFirstColumn?: boolean;
  /** The first column of figures (right-aligned); none for a table of text. */
  numericFrom?: number;
  notes: string[];
};

export const text = (t: string): Cell => ({ text: t });
export const num = (n: number, suffix = ''): Cell => ({ text: `${n}${suffix}`, value: n });
export const DASH = '－';
/** A count of people, or a dash for none. */
export const people = (n: number, suffix = ''): Cell => (n > 0 ? num(n, `名${suffix}`) : text(DASH));
/** Yen with thousands separators, the number kept for the .xlsx. */
export const yen = (n: number): Cell => ({ text: `${n.toLocaleString('ja-JP')}円`, value: n });
/** A row saying the 年度 has nothing to show, spanning as a first cell. */
export const noneRow = (columns: number, what = '該当なし'): Cell[] => [
  text(what),
  ...Array.from({ length: columns - 1 }, () => text('')),
];
