import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currentFiscalYear,
  fiscalYearOf,
  fiscalYearRange,
  formatFiscalYear,
  formatFiscalYearShort,
  parseFiscalYear,
} from './fiscal-year.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Random ISO dates between two bounds (inclusive), built from a day count so every day is reachable. */
function isoDateBetween(min: string, max: string): fc.Arbitrary<string> {
  return fc
    .integer({ min: Date.parse(min) / DAY_MS, max: Date.parse(max) / DAY_MS })
    .map((days) => new Date(days * DAY_MS).toISOString().slice(0, 10));
}

/** ASCII letters and digits to their 全角 forms, as typed with a Japanese IME. */
function toFullWidth(text: string): string {
  return text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

describe('fiscalYearOf', () => {
  it.each([
    ['2024-04-01', 2024],
    ['2024-03-31', 2023],
    ['2025-03-31', 2024],
    ['2024-12-31', 2024],
    ['2025-01-01', 2024],
    ['2024-02-29', 2023],
    ['2020-02-29', 2019],
    ['2019-04-30', 2019],
    ['2019-05-01', 2019],
    ['1989-01-07', 1988],
    ['1989-01-08', 1988],
  ])('%s is in %i年度', (date, expected) => {
    expect(fiscalYearOf(date)).toBe(expected);
  });

  it('reads a Date in Japan time at the 3/31 → 4/1 boundary', () => {
    // 2024-04-01 00:00 JST = 2024-03-31T15:00Z.
    expect(fiscalYearOf(new Date('2024-03-31T15:00:00.000Z'))).toBe(2024);
    expect(fiscalYearOf(new Date('2024-03-31T14:59:59.999Z'))).toBe(2023);
    expect(fiscalYearOf(new Date('2024-04-01T00:00:00+09:00'))).toBe(2024);
  });

  it('throws RangeError for impossible dates and invalid Dates', () => {
    expect(() => fiscalYearOf('2023-02-29')).toThrow(RangeError);
    expect(() => fiscalYearOf('2024/04/01')).toThrow(RangeError);
    expect(() => fiscalYearOf(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('puts every date inside the range of its fiscal year', () => {
    fc.assert(
      fc.property(isoDateBetween('1868-01-01', '2200-12-31'), (iso) => {
        const { start, end } = fiscalYearRange(fiscalYearOf(iso));
        expect(start <= iso && iso <= end).toBe(true);
      }),
    );
  });
});

describe('fiscalYearRange', () => {
  it('runs from 1 April to 31 March of the next year', () => {
    expect(fiscalYearRange(2024)).toEqual({ start: '2024-04-01', end: '2025-03-31' });
    expect(fiscalYearRange(2019)).toEqual({ start: '2019-04-01', end: '2020-03-31' });
  });

  it('pads years to four digits', () => {
    expect(fiscalYearRange(999)).toEqual({ start: '0999-04-01', end: '1000-03-31' });
  });

  it.each([2024.5, Number.NaN, -1, 9999, Number.POSITIVE_INFINITY])('throws RangeError for %d', (fy) => {
    expect(() => fiscalYearRange(fy)).toThrow(RangeError);
  });

  it('maps its start and end back to the same fiscal year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9998 }), (fy) => {
        const { start, end } = fiscalYearRange(fy);
        expect(fiscalYearOf(start)).toBe(fy);
        expect(fiscalYearOf(end)).toBe(fy);
      }),
    );
  });

  it('leaves no gap or overlap between consecutive fiscal years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1868, max: 9997 }), (fy) => {
        const dayAfterEnd = new Date(Date.parse(fiscalYearRange(fy).end) + DAY_MS).toISOString().slice(0, 10);
        expect(dayAfterEnd).toBe(fiscalYearRange(fy + 1).start);
      }),
    );
  });
});

describe('formatFiscalYear', () => {
  it.each([
    [2024, '令和6年度'],
    [2020, '令和2年度'],
    [2019, '令和元年度'],
    [2018, '平成30年度'],
    [1990, '平成2年度'],
    [1989, '平成元年度'],
    [1988, '昭和63年度'],
    [1927, '昭和2年度'],
    [1926, '昭和元年度'],
    [1925, '大正14年度'],
    [1912, '大正元年度'],
    [1911, '明治44年度'],
    [1868, '明治元年度'],
  ])('%i → %s', (fy, expected) => {
    expect(formatFiscalYear(fy)).toBe(expected);
  });

  it.each([1867, 2024.5, Number.NaN, 9999])('throws RangeError for %d', (fy) => {
    expect(() => formatFiscalYear(fy)).toThrow(RangeError);
  });
});

describe('formatFiscalYearShort', () => {
  it.each([
    [2024, 'R6'],
    [2019, 'R1'],
    [2018, 'H30'],
    [1989, 'H1'],
    [1988, 'S63'],
    [1926, 'S1'],
    [1912, 'T1'],
    [1868, 'M1'],
  ])('%i → %s', (fy, expected) => {
    expect(formatFiscalYearShort(fy)).toBe(expected);
  });

  it('throws RangeError before 明治', () => {
    expect(() => formatFiscalYearShort(1867)).toThrow(RangeError);
  });
});

describe('parseFiscalYear', () => {
  it.each([
    ['令和6年度', 2024],
    ['令和元年度', 2019],
    ['R6', 2024],
    ['R6年度', 2024],
    ['Ｒ６', 2024],
    ['Ｒ６年度', 2024],
    ['r6', 2024],
    ['R06', 2024],
    ['R元', 2019],
    ['令和６年度', 2024],
    ['令和6', 2024],
    ['令和 6 年度', 2024],
    ['  R6  ', 2024],
    ['㋿6年度', 2024],
    ['㍻30年度', 2018],
    ['2024', 2024],
    ['2024年度', 2024],
    ['２０２４年度', 2024],
    ['平成30年度', 2018],
    ['H30', 2018],
    ['平成元年度', 1989],
    ['昭和63年度', 1988],
    ['S63', 1988],
    ['大正元年度', 1912],
    ['明治元年度', 1868],
  ])('%j → %i', (text, expected) => {
    expect(parseFiscalYear(text)).toBe(expected);
  });

  it.each([
    ['平成31年度', 2019],
    ['H31', 2019],
    ['昭和64年度', 1989],
    ['大正15年度', 1926],
    ['明治45年度', 1912],
  ])('accepts the last year of an era, %j → %i', (text, expected) => {
    expect(parseFiscalYear(text)).toBe(expected);
  });

  it.each([
    '令和0年度',
    'R0',
    'R00',
    '平成32年度',
    'H32',
    '昭和65年度',
    '大正16年度',
    '明治46年度',
    '令和六年度',
    '令和-1年度',
    '2024年',
    '1867',
    '1867年度',
    '202',
    '02024',
    '20245',
    'FY2024',
    'X6',
    '令和',
    '年度',
    'R6年度度',
    '令和6年度2024',
    '',
    '   ',
  ])('rejects %j', (text) => {
    expect(parseFiscalYear(text)).toBeNull();
  });

  it('reads back formatFiscalYear and formatFiscalYearShort (1868–2200)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1868, max: 2200 }), (fy) => {
        expect(parseFiscalYear(formatFiscalYear(fy))).toBe(fy);
        expect(parseFiscalYear(formatFiscalYearShort(fy))).toBe(fy);
        expect(parseFiscalYear(`${formatFiscalYearShort(fy)}年度`)).toBe(fy);
        expect(parseFiscalYear(toFullWidth(formatFiscalYearShort(fy)))).toBe(fy);
        expect(parseFiscalYear(toFullWidth(formatFiscalYear(fy)))).toBe(fy);
        expect(parseFiscalYear(String(fy))).toBe(fy);
        expect(parseFiscalYear(toFullWidth(`${fy}年度`))).toBe(fy);
      }),
    );
  });

  it('returns either null or a fiscal year that formats and parses back to itself, for any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({
            unit: fc.constantFrom(...'令和平成昭和大正明治RHSTMrh元年度0123456789０１２３ 　'.split('')),
          }),
        ),
        (text) => {
          const fy = parseFiscalYear(text);
          if (fy === null) return;
          expect(Number.isInteger(fy)).toBe(true);
          expect(fy).toBeGreaterThanOrEqual(1868);
          expect(fy).toBeLessThanOrEqual(9998);
          expect(parseFiscalYear(formatFiscalYear(fy))).toBe(fy);
        },
      ),
    );
  });
});

describe('currentFiscalYear', () => {
  it('is the fiscal year of the given instant in Japan time', () => {
    expect(currentFiscalYear(new Date('2025-03-31T14:59:59Z'))).toBe(2024);
    expect(currentFiscalYear(new Date('2025-03-31T15:00:00Z'))).toBe(2025);
  });

  it('defaults to now', () => {
    const before = fiscalYearOf(new Date());
    const current = currentFiscalYear();
    const after = fiscalYearOf(new Date());
    // Bracketed by two readings of the clock, so the test holds even across midnight on 31 March.
    expect([before, after]).toContain(current);
  });
});
