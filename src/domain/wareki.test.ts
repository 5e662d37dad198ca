import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDateOf, ERAS, eraOf, formatWareki, formatWarekiShort } from './wareki.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Random ISO dates between two bounds (inclusive), built from a day count so every day is reachable. */
function isoDateBetween(min: string, max: string): fc.Arbitrary<string> {
  return fc
    .integer({ min: Date.parse(min) / DAY_MS, max: Date.parse(max) / DAY_MS })
    .map((days) => new Date(days * DAY_MS).toISOString().slice(0, 10));
}

describe('ERAS', () => {
  it('lists the five eras in order with their official first days', () => {
    expect(ERAS.map((era) => [era.name, era.short, era.start])).toEqual([
      ['明治', 'M', '1868-10-23'],
      ['大正', 'T', '1912-07-30'],
      ['昭和', 'S', '1926-12-25'],
      ['平成', 'H', '1989-01-08'],
      ['令和', 'R', '2019-05-01'],
    ]);
  });

  it('cannot be modified at run time', () => {
    expect(Object.isFrozen(ERAS)).toBe(true);
    expect(ERAS.every((era) => Object.isFrozen(era))).toBe(true);
  });
});

describe('calendarDateOf', () => {
  it('takes an ISO date as written', () => {
    expect(calendarDateOf('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('reads a Date in Japan time whatever the host time zone', () => {
    // 2024-03-31T15:00Z is 2024-04-01 00:00 JST; one millisecond earlier is still 03-31 in Japan.
    expect(calendarDateOf(new Date('2024-03-31T15:00:00.000Z'))).toEqual({ year: 2024, month: 4, day: 1 });
    expect(calendarDateOf(new Date('2024-03-31T14:59:59.999Z'))).toEqual({ year: 2024, month: 3, day: 31 });
  });

  it.each([
    '2023-02-29',
    '2100-02-29',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '2024-1-1',
    '２０２４-０４-０１',
    '2024-04-01T00:00:00Z',
    '',
  ])('rejects %j', (text) => {
    expect(() => calendarDateOf(text)).toThrow(RangeError);
  });

  it('accepts 29 February in leap years only', () => {
    expect(calendarDateOf('2000-02-29').day).toBe(29);
    expect(() => calendarDateOf('1900-02-29')).toThrow(RangeError);
  });

  it('rejects an invalid Date', () => {
    expect(() => calendarDateOf(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('agrees with the Asia/Tokyo time zone database for any instant since 1952', () => {
    // Japan observed summer time from 1948 to 1951, which this module deliberately ignores.
    const tokyo = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Tokyo',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1952-01-01T00:00:00Z'),
          max: new Date('2100-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const { year, month, day } = calendarDateOf(date);
          const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(iso).toBe(tokyo.format(date));
        },
      ),
    );
  });
});

describe('eraOf', () => {
  it.each([
    ['1868-10-23', '明治', 1],
    ['1912-07-29', '明治', 45],
    ['1912-07-30', '大正', 1],
    ['1926-12-24', '大正', 15],
    ['1926-12-25', '昭和', 1],
    ['1989-01-07', '昭和', 64],
    ['1989-01-08', '平成', 1],
    ['2019-04-30', '平成', 31],
    ['2019-05-01', '令和', 1],
    ['2024-04-01', '令和', 6],
  ])('%s is %s %i', (date, name, year) => {
    const result = eraOf(date);
    expect(result.era.name).toBe(name);
    expect(result.year).toBe(year);
  });

  it('returns the shared era object', () => {
    expect(eraOf('2024-04-01').era).toBe(ERAS[4]);
  });

  it('throws RangeError before 明治', () => {
    expect(() => eraOf('1868-10-22')).toThrow(RangeError);
    expect(() => eraOf('1800-01-01')).toThrow(RangeError);
  });

  it('uses the Japan date of a Date instant at an era boundary', () => {
    // 2019-04-30T15:00Z is 2019-05-01 00:00 JST, the first moment of 令和.
    expect(eraOf(new Date('2019-04-30T15:00:00Z')).era.name).toBe('令和');
    expect(eraOf(new Date('2019-04-30T14:59:59Z')).era.name).toBe('平成');
  });
});

describe('formatWareki', () => {
  it.each([
    ['2024-04-01', '令和6年4月1日'],
    ['2019-05-01', '令和元年5月1日'],
    ['2019-04-30', '平成31年4月30日'],
    ['1989-01-07', '昭和64年1月7日'],
    ['1989-01-08', '平成元年1月8日'],
    ['2024-02-29', '令和6年2月29日'],
    ['2025-03-31', '令和7年3月31日'],
    ['1868-10-23', '明治元年10月23日'],
  ])('%s → %s', (date, expected) => {
    expect(formatWareki(date)).toBe(expected);
  });

  it.each([
    ['2024-04-01', '令和6年4月1日（月）'],
    ['2024-02-29', '令和6年2月29日（木）'],
    ['2000-02-29', '平成12年2月29日（火）'],
    ['1989-01-07', '昭和64年1月7日（土）'],
    ['1989-01-08', '平成元年1月8日（日）'],
    ['2019-04-30', '平成31年4月30日（火）'],
    ['2019-05-01', '令和元年5月1日（水）'],
  ])('%s with weekday → %s', (date, expected) => {
    expect(formatWareki(date, { weekday: true })).toBe(expected);
  });

  it('omits the weekday when weekday is false', () => {
    expect(formatWareki('2024-04-01', { weekday: false })).toBe('令和6年4月1日');
  });

  it('formats a Date by its Japan calendar date', () => {
    expect(formatWareki(new Date('2024-03-31T15:00:00Z'), { weekday: true })).toBe('令和6年4月1日（月）');
  });

  it('throws RangeError before 明治 and for impossible dates', () => {
    expect(() => formatWareki('1868-01-01')).toThrow(RangeError);
    expect(() => formatWareki('2023-02-29')).toThrow(RangeError);
  });

  it('round-trips the Gregorian date on random days from 明治 to 2200', () => {
    const pattern = /^(明治|大正|昭和|平成|令和)(元|[1-9][0-9]*)年([1-9][0-9]?)月([1-9][0-9]?)日$/;
    fc.assert(
      fc.property(isoDateBetween('1868-10-23', '2200-12-31'), (iso) => {
        const match = pattern.exec(formatWareki(iso));
        expect(match).not.toBeNull();
        const [, name, eraYear, month, day] = match!;
        const era = ERAS.find((candidate) => candidate.name === name)!;
        const year = Number(era.start.slice(0, 4)) + (eraYear === '元' ? 1 : Number(eraYear)) - 1;
        const rebuilt = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
        expect(rebuilt).toBe(iso);
        // The era really is in force on that day: it started on or before it.
        expect(era.start <= iso).toBe(true);
      }),
    );
  });

  it('writes 元年 exactly for the first year of an era', () => {
    fc.assert(
      fc.property(isoDateBetween('1868-10-23', '2200-12-31'), (iso) => {
        expect(formatWareki(iso).includes('元年')).toBe(eraOf(iso).year === 1);
      }),
    );
  });
});

describe('formatWarekiShort', () => {
  it.each([
    ['2024-04-01', 'R6.4.1'],
    ['2019-05-01', 'R1.5.1'],
    ['2019-04-30', 'H31.4.30'],
    ['1989-01-07', 'S64.1.7'],
    ['1989-01-08', 'H1.1.8'],
    ['1926-12-24', 'T15.12.24'],
    ['1912-07-29', 'M45.7.29'],
  ])('%s → %s', (date, expected) => {
    expect(formatWarekiShort(date)).toBe(expected);
  });

  it('agrees with the ICU Japanese calendar on random days from 明治 to 2200', () => {
    // An independent oracle: ICU's era table (used by Intl) has the same boundaries as ERAS.
    const icu = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
      timeZone: 'UTC',
      era: 'long',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    fc.assert(
      fc.property(isoDateBetween('1868-10-23', '2200-12-31'), (iso) => {
        const parts = Object.fromEntries(
          icu.formatToParts(new Date(`${iso}T00:00:00Z`)).map((part) => [part.type, part.value]),
        );
        const short = ERAS.find((era) => era.name === parts.era)?.short;
        expect(formatWarekiShort(iso)).toBe(`${short}${parts.year}.${parts.month}.${parts.day}`);
      }),
    );
  });
});
