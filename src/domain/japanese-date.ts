/**
 * Dates and timestamps as every page shows them, and dates as people type them.
 *
 * One way for the whole app: a date is written in 和暦 as `令和6年4月1日` (the form of official
 * documents, lists included), a timestamp as `令和8年12月6日 11:26` (Japan time), and a missing value
 * as {@link EMPTY_MARK}. Date inputs accept `令和6年4月1日`, `R6.4.1` and `2024-04-01` alike
 * ({@link parseJapaneseDate}).
 *
 * Pure module: imports only from src/domain, no npm dependencies.
 */
import type { IsoDate } from './fiscal-year.ts';
import { calendarDateOf, ERAS, formatWareki } from './wareki.ts';

/** The one mark for an empty cell or a value not recorded: 全角ハイフンマイナス (U+FF0D). */
export const EMPTY_MARK = '－';

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** A date value as the API sends it: an ISO date (`2024-04-01`), an ISO timestamp, or a `Date`. */
export type DateValue = Date | IsoDate | string;

/** An ISO timestamp (`2026-12-06T02:26:18.000Z`) as a Date; an ISO date stays a date. */
function toDateOrIso(value: DateValue): Date | IsoDate {
  if (typeof value !== 'string' || /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date or timestamp: ${JSON.stringify(value)}`);
  return date;
}

/**
 * A date in 和暦: `令和6年4月1日` (`{ weekday: true }`: `令和6年4月1日（月）`); a timestamp gives its
 * date in Japan. `null`/`undefined` give {@link EMPTY_MARK}.
 *
 * @throws RangeError for a malformed date or one before 明治.
 */
export function formatDate(value: DateValue | null | undefined, options?: { weekday?: boolean }): string {
  if (value === null || value === undefined || value === '') return EMPTY_MARK;
  return formatWareki(toDateOrIso(value), options);
}

/**
 * A timestamp in 和暦 with the time of day in Japan, to the minute: `令和8年12月6日 11:26`
 * (`{ seconds: true }`: `令和8年12月6日 11:26:18`, for records such as the audit log).
 * `null`/`undefined` give {@link EMPTY_MARK}.
 *
 * @throws RangeError for a malformed timestamp.
 */
export function formatDateTime(
  value: Date | string | null | undefined,
  options?: { seconds?: boolean },
): string {
  if (value === null || value === undefined || value === '') return EMPTY_MARK;
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a timestamp: ${JSON.stringify(value)}`);
  const jst = new Date(date.getTime() + JST_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${jst.getUTCHours()}:${two(jst.getUTCMinutes())}${options?.seconds ? `:${two(jst.getUTCSeconds())}` : ''}`;
  return `${formatWareki(date)} ${time}`;
}

// After NFKC and upper-casing. 和暦: era name or letter, year (digits or 元), month, day, separated by
// 年/月/日 or by `.`, `/`, `-`. 西暦: four-digit year, month, day, by `-`, `/`, `.` or 年月日.
const WAREKI_TEXT =
  /^(明治|大正|昭和|平成|令和|[MTSHR])\s*(元|\d{1,2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?|[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,2}))$/;
const SEIREKI_TEXT =
  /^(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?)$/;

function isoOf(year: number, month: number, day: number): IsoDate | null {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  try {
    calendarDateOf(iso);
    return iso;
  } catch {
    return null;
  }
}

/**
 * Reads a date typed by a person and returns it as an ISO date, or null when it is not one.
 *
 * Accepted (after NFKC, so 全角 digits and letters work; spaces between the parts are ignored):
 * - 和暦 in words: `令和6年4月1日`, `令和元年5月1日`, `平成31年4月30日` (the final 日 optional);
 * - 和暦 abbreviated: `R6.4.1`, `r6/4/1`, `H31-4-30`, `R1.5.1`;
 * - 西暦: `2024-04-01`, `2024/4/1`, `2024.4.1`, `2024年4月1日`.
 * The date must exist, and an era date must fall inside its era (`平成31年5月1日` and `令和元年4月30日` are
 * refused: those days belong to the other era).
 */
export function parseJapaneseDate(text: string): IsoDate | null {
  const input = text.normalize('NFKC').trim().toUpperCase();
  const seireki = SEIREKI_TEXT.exec(input);
  if (seireki) {
    const [, y, m1, d1, m2, d2] = seireki;
    return isoOf(Number(y), Number(m1 ?? m2), Number(d1 ?? d2));
  }
  const wareki = WAREKI_TEXT.exec(input);
  if (!wareki) return null;
  const [, eraText, yearText, m1, d1, m2, d2] = wareki;
  const index = ERAS.findIndex((era) => era.name === eraText || era.short === eraText);
  const era = ERAS[index];
  if (!era) return null;
  const eraYear = yearText === '元' ? 1 : Number(yearText);
  if (eraYear < 1) return null;
  const iso = isoOf(Number(era.start.slice(0, 4)) + eraYear - 1, Number(m1 ?? m2), Number(d1 ?? d2));
  if (iso === null || iso < era.start) return null;
  const next = ERAS[index + 1];
  if (next && iso >= next.start) return null;
  return iso;
}
