/**
 * 年度 (Japanese fiscal year, April to March) and its 和暦 names.
 *
 * A fiscal year is identified throughout the system by its starting calendar year:
 * 2024年度 runs from 2024-04-01 to 2025-03-31. Dates follow the conventions of wareki.ts:
 * `IsoDate` strings are calendar dates as written, `Date` instants are read in Japan time (UTC+9).
 *
 * Pure module: imports only from src/domain, no npm dependencies.
 */
import { calendarDateOf, ERAS, type Era } from './wareki.ts';

/** A calendar date written `YYYY-MM-DD`, with no time or time zone. */
export type IsoDate = string;

/** The first month of the fiscal year (April). */
const FIRST_MONTH = 4;

/** Earliest fiscal year that has a 和暦 name: the year 明治 began. */
const MIN_NAMED_FISCAL_YEAR = Number(ERAS[0]!.start.slice(0, 4));

/** Latest fiscal year whose end date (March of the next year) still has a four-digit year. */
const MAX_FISCAL_YEAR = 9998;

/**
 * The 年度 that `date` falls in, as its starting calendar year: 2024-04-01 … 2025-03-31 → 2024.
 * An `IsoDate` is taken as written; a `Date` is read as its calendar date in Japan (UTC+9), so
 * `2024-03-31T15:00:00Z` (= 2024-04-01 00:00 JST) is already in 2024年度.
 *
 * @throws RangeError for a malformed or impossible `IsoDate`, or an invalid `Date`.
 */
export function fiscalYearOf(date: Date | IsoDate): number {
  const { year, month } = calendarDateOf(date);
  return month >= FIRST_MONTH ? year : year - 1;
}

function assertFiscalYear(fiscalYear: number, min: number): void {
  if (!Number.isInteger(fiscalYear) || fiscalYear < min || fiscalYear > MAX_FISCAL_YEAR) {
    throw new RangeError(`fiscal year must be an integer from ${min} to ${MAX_FISCAL_YEAR}: ${fiscalYear}`);
  }
}

/**
 * First and last day of a 年度: 2024 → `{ start: '2024-04-01', end: '2025-03-31' }`.
 *
 * @throws RangeError unless `fiscalYear` is an integer from 0 to 9998.
 */
export function fiscalYearRange(fiscalYear: number): { start: IsoDate; end: IsoDate } {
  assertFiscalYear(fiscalYear, 0);
  return {
    start: `${String(fiscalYear).padStart(4, '0')}-04-01`,
    end: `${String(fiscalYear + 1).padStart(4, '0')}-03-31`,
  };
}

/**
 * The era a fiscal year is named in, and its year within that era.
 *
 * Rule: the latest era whose first calendar year is ≤ the fiscal year. An era that begins during a
 * fiscal year therefore names that whole fiscal year, matching official usage: FY2019 (改元
 * 2019-05-01) is 令和元年度, FY1989 (改元 1989-01-08, in the final quarter of FY1988) is 平成元年度,
 * while FY1988 stays 昭和63年度.
 */
function fiscalEraOf(fiscalYear: number): { era: Era; year: number } {
  assertFiscalYear(fiscalYear, MIN_NAMED_FISCAL_YEAR);
  for (let i = ERAS.length - 1; i >= 0; i--) {
    const era = ERAS[i]!;
    const eraFirstYear = Number(era.start.slice(0, 4));
    if (eraFirstYear <= fiscalYear) return { era, year: fiscalYear - eraFirstYear + 1 };
  }
  // Unreachable: assertFiscalYear guarantees fiscalYear ≥ the first year of the oldest era.
  throw new RangeError(`no era for fiscal year ${fiscalYear}`);
}

/**
 * The 和暦 name of a 年度: 2024 → `令和6年度`, 2019 → `令和元年度`, 2018 → `平成30年度`,
 * 1989 → `平成元年度`, 1988 → `昭和63年度`. The era is the latest one whose first calendar year is ≤
 * `fiscalYear`, so an era that begins during a fiscal year names all of it (as in official usage).
 *
 * @throws RangeError unless `fiscalYear` is an integer from 1868 (明治元年度) to 9998.
 */
export function formatFiscalYear(fiscalYear: number): string {
  const { era, year } = fiscalEraOf(fiscalYear);
  return `${era.name}${year === 1 ? '元' : year}年度`;
}

/**
 * The abbreviated 和暦 name of a 年度: 2024 → `R6`, 2019 → `R1`, 2018 → `H30`, 1988 → `S63`.
 * Uses the same era rule as {@link formatFiscalYear}.
 *
 * @throws RangeError unless `fiscalYear` is an integer from 1868 to 9998.
 */
export function formatFiscalYearShort(fiscalYear: number): string {
  const { era, year } = fiscalEraOf(fiscalYear);
  return `${era.short}${year}`;
}

// After NFKC + upper-casing: an era (name or letter) and its year (digits or 元), or a four-digit
// Gregorian year; either optionally followed by 年度. Spaces are allowed between the parts.
const FISCAL_YEAR_TEXT = /^(?:(明治|大正|昭和|平成|令和|[MTSHR])\s*(元|[0-9]{1,4})|([0-9]{4}))\s*(?:年度)?$/;

/**
 * Reads a 年度 typed or pasted by a user and returns its starting calendar year, or `null` if the
 * text is not a valid 年度.
 *
 * Accepted forms (after NFKC normalisation, so 全角 digits and letters, `㍻` and `㋿` work; letters
 * are case-insensitive; surrounding spaces are ignored; the suffix `年度` is optional):
 * - era name or letter + year: `令和6年度`, `令和元年度`, `R6`, `R6年度`, `Ｒ６`, `H30`, `R06`;
 * - four-digit Gregorian year: `2024`, `2024年度`.
 *
 * An era year must exist: from 1 up to the era's last calendar year (平成31, 昭和64, 大正15, 明治45;
 * 令和 is open-ended). Those last years are accepted although {@link formatFiscalYear} names the
 * same fiscal year in the next era (平成31年度 → 2019, printed 令和元年度): budgets drafted before
 * an era change use the old name. The result is always between 1868 and 9998.
 * Kanji numerals (`令和六年度`) and a bare `年` (`2024年`, a calendar year) are rejected.
 */
export function parseFiscalYear(text: string): number | null {
  const match = FISCAL_YEAR_TEXT.exec(text.normalize('NFKC').trim().toUpperCase());
  if (!match) return null;
  const [, eraText, eraYearText, gregorianText] = match;

  let fiscalYear: number;
  if (gregorianText !== undefined) {
    fiscalYear = Number(gregorianText);
  } else {
    const index = ERAS.findIndex((era) => era.name === eraText || era.short === eraText);
    const era = ERAS[index];
    if (!era || eraYearText === undefined) return null;
    const eraYear = eraYearText === '元' ? 1 : Number(eraYearText);
    const eraFirstYear = Number(era.start.slice(0, 4));
    const next = ERAS[index + 1];
    // An era's last year is the calendar year the next era started in (平成: 2019 − 1989 + 1 = 31).
    const lastEraYear = next ? Number(next.start.slice(0, 4)) - eraFirstYear + 1 : Number.POSITIVE_INFINITY;
    if (eraYear < 1 || eraYear > lastEraYear) return null;
    fiscalYear = eraFirstYear + eraYear - 1;
  }
  return fiscalYear >= MIN_NAMED_FISCAL_YEAR && fiscalYear <= MAX_FISCAL_YEAR ? fiscalYear : null;
}

/**
 * The 年度 in progress at `now` (default: the current time), read in Japan time.
 *
 * @throws RangeError if `now` is an invalid `Date`.
 */
export function currentFiscalYear(now: Date = new Date()): number {
  return fiscalYearOf(now);
}
