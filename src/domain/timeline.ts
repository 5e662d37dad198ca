/**
 * 沿革 (the programme's timeline): how precisely an event's date is known, how such a date is stored
 * and how it is written in 和暦. Pure module: no imports outside src/domain.
 */
import { fiscalYearOf, formatFiscalYear } from './fiscal-year.ts';
import { formatWareki } from './wareki.ts';

/** day: 令和4年12月8日; month: 令和4年12月; fiscal_year: 令和3年度. */
export const TIMELINE_PRECISIONS = ['day', 'month', 'fiscal_year'] as const;

export type TimelinePrecision = (typeof TIMELINE_PRECISIONS)[number];

export const TIMELINE_PRECISION_LABELS: Readonly<Record<TimelinePrecision, string>> = Object.freeze({
  day: '日付',
  month: '年月',
  fiscal_year: '年度',
});

/**
 * The date stored for an event of this precision: the day itself, the first of its month, or the
 * 1 April of its 年度 — so events sort in time whatever is known of them.
 */
export function normaliseEventDate(isoDate: string, precision: TimelinePrecision): string {
  if (precision === 'day') return isoDate;
  if (precision === 'month') return `${isoDate.slice(0, 7)}-01`;
  return `${fiscalYearOf(isoDate)}-04-01`;
}

/** An event's date in 和暦 as far as it is known: 令和4年12月8日, 令和4年12月 or 令和3年度. */
export function formatEventDate(isoDate: string, precision: TimelinePrecision): string {
  if (precision === 'fiscal_year') return formatFiscalYear(fiscalYearOf(isoDate));
  const full = formatWareki(isoDate);
  return precision === 'month' ? full.replace(/\d+日$/, '') : full;
}
