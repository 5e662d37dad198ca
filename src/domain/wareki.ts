/**
 * 和暦 (Japanese era calendar) for dates shown to 県・市町 staff.
 *
 * Pure module: no imports outside src/domain, no npm dependencies.
 *
 * Calendar conventions used throughout src/domain:
 * - An {@link IsoDate} string (`YYYY-MM-DD`) is a calendar date with no time zone; it is taken as is.
 * - A `Date` is an instant; its calendar date is the one on the wall clock in Japan (Asia/Tokyo),
 *   computed as UTC+9 regardless of the time zone of the process running this code. Japan has no
 *   daylight saving time; the occupation-era summer time of 1948–1951 is deliberately ignored
 *   (it could shift a date only within one hour of midnight, decades before any record we hold).
 * - Dates are proleptic Gregorian. Japan used a lunisolar calendar until 1872, so dates in the first
 *   years of 明治 are Gregorian renderings, not the dates written in documents of the time.
 */

// Same shape as `IsoDate` exported from fiscal-year.ts. Declared locally rather than imported so that
// the dependency stays one-way (fiscal-year.ts → wareki.ts), with not even a type-only cycle.
type IsoDate = string;

/** One 元号 (era) with its single-letter abbreviation and the Gregorian date of its first day. */
export type Era = {
  name: '明治' | '大正' | '昭和' | '平成' | '令和';
  short: 'M' | 'T' | 'S' | 'H' | 'R';
  start: IsoDate;
};

/**
 * The eras supported, oldest first. `start` is the first day of the era:
 * - 明治 1868-10-23: the day of the 改元の詔 (慶応4年9月8日). The change was applied retroactively to
 *   the start of 慶応4年 (1868-01-25), but we follow the proclamation date, as most date libraries do.
 * - 大正 1912-07-30, 昭和 1926-12-25: the days of the imperial succession (no overlap is modelled:
 *   the last day of the old era is the day before).
 * - 平成 1989-01-08 (昭和64年 ended on 1989-01-07), 令和 2019-05-01 (平成31年 ended on 2019-04-30).
 */
export const ERAS: readonly Era[] = Object.freeze([
  Object.freeze({ name: '明治', short: 'M', start: '1868-10-23' }),
  Object.freeze({ name: '大正', short: 'T', start: '1912-07-30' }),
  Object.freeze({ name: '昭和', short: 'S', start: '1926-12-25' }),
  Object.freeze({ name: '平成', short: 'H', start: '1989-01-08' }),
  Object.freeze({ name: '令和', short: 'R', start: '2019-05-01' }),
] satisfies Era[]);

/** A calendar date split into numbers: month is 1–12, day is 1–31. */
export type CalendarDate = { year: number; month: number; day: number };

const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The calendar date of `date`: an {@link IsoDate} is parsed as written; a `Date` gives its date in
 * Japan (UTC+9), whatever the time zone of the running process.
 *
 * @throws RangeError if the string is not a real `YYYY-MM-DD` date (e.g. `2023-02-29`) or the `Date` is invalid.
 */
export function calendarDateOf(date: Date | IsoDate): CalendarDate {
  if (typeof date === 'string') {
    const match = ISO_DATE.exec(date);
    if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      throw new RangeError(`no such calendar date: ${date}`);
    }
    return { year, month, day };
  }
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('invalid Date');
  // Shift the instant by +9 h and read it with the UTC getters: this yields the JST wall-clock date
  // without depending on the host time zone (servers often run in UTC, browsers in JST).
  const shifted = new Date(time + JST_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** Orders calendar dates as a single integer (YYYYMMDD) for comparisons. */
function dateKey({ year, month, day }: CalendarDate): number {
  return year * 10_000 + month * 100 + day;
}

const ERA_START_KEYS: readonly number[] = ERAS.map((era) => dateKey(calendarDateOf(era.start)));

/**
 * The era in force on `date` and the year within it (1 for 元年).
 *
 * @throws RangeError for dates before 明治 (1868-10-23) or invalid input (see {@link calendarDateOf}).
 */
export function eraOf(date: Date | IsoDate): { era: Era; year: number } {
  const calendarDate = calendarDateOf(date);
  const key = dateKey(calendarDate);
  for (let i = ERAS.length - 1; i >= 0; i--) {
    const era = ERAS[i]!;
    if (key >= ERA_START_KEYS[i]!) {
      return { era, year: calendarDate.year - Number(era.start.slice(0, 4)) + 1 };
    }
  }
  throw new RangeError(`date before the 明治 era: ${JSON.stringify(date)}`);
}

/**
 * Formats a date in 和暦, e.g. `令和6年4月1日`; the first year of an era is written `元年`
 * (`令和元年5月1日`), as in official documents. With `weekday`, appends the day of the week in
 * full-width parentheses: `令和6年4月1日（月）`.
 *
 * @throws RangeError as {@link eraOf}.
 */
export function formatWareki(date: Date | IsoDate, options?: { weekday?: boolean }): string {
  const { era, year } = eraOf(date);
  const { year: gregorianYear, month, day } = calendarDateOf(date);
  const text = `${era.name}${year === 1 ? '元' : year}年${month}月${day}日`;
  if (!options?.weekday) return text;
  const weekday = WEEKDAYS[new Date(Date.UTC(gregorianYear, month - 1, day)).getUTCDay()]!;
  return `${text}（${weekday}）`;
}

/**
 * Formats a date in the compact 和暦 form used in tables and forms, e.g. `R6.4.1`. The first year
 * of an era is `1` here (`R1.5.1`), as in the usual abbreviated notation.
 *
 * @throws RangeError as {@link eraOf}.
 */
export function formatWarekiShort(date: Date | IsoDate): string {
  const { era, year } = eraOf(date);
  const { month, day } = calendarDateOf(date);
  return `${era.short}${year}.${month}.${day}`;
}
