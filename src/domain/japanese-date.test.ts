import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_MARK, formatDate, formatDateTime, parseJapaneseDate } from './japanese-date.ts';
import { formatWarekiShort } from './wareki.ts';

describe('formatDate', () => {
  it('writes a date in 和暦, 元年 for the first year, with the weekday on request', () => {
    expect(formatDate('2024-04-01')).toBe('令和6年4月1日');
    expect(formatDate('2019-05-01')).toBe('令和元年5月1日');
    expect(formatDate('2019-04-30')).toBe('平成31年4月30日');
    expect(formatDate('2024-08-28', { weekday: true })).toBe('令和6年8月28日（水）');
  });

  it('reads a timestamp as its date in Japan', () => {
    expect(formatDate('2024-03-31T15:00:00.000Z')).toBe('令和6年4月1日');
    expect(formatDate(new Date('2024-03-31T14:59:59Z'))).toBe('令和6年3月31日');
  });

  it('marks a missing value with the one empty mark', () => {
    expect(formatDate(null)).toBe(EMPTY_MARK);
    expect(formatDate(undefined)).toBe(EMPTY_MARK);
    expect(formatDate('')).toBe('－');
  });

  it('refuses what is not a date', () => {
    expect(() => formatDate('2023-02-29')).toThrow(RangeError);
    expect(() => formatDate('yesterday')).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  it('writes the 和暦 date and the time in Japan to the minute', () => {
    expect(formatDateTime('2026-12-06T02:26:18.000Z')).toBe('令和8年12月6日 11:26');
    expect(formatDateTime(new Date('2024-03-31T15:05:00Z'))).toBe('令和6年4月1日 0:05');
    expect(formatDateTime('2026-12-06T02:26:08.000Z', { seconds: true })).toBe('令和8年12月6日 11:26:08');
    expect(formatDateTime(null)).toBe(EMPTY_MARK);
    expect(() => formatDateTime('not a time')).toThrow(RangeError);
  });
});

describe('parseJapaneseDate', () => {
  it('reads 和暦 in words, abbreviated 和暦 and 西暦 alike', () => {
    for (const text of [
      '令和6年4月1日',
      '令和6年4月1',
      'R6.4.1',
      'r6/4/1',
      'R06-04-01',
      'Ｒ６．４．１',
      '令和６年４月１日',
      ' 令和 6 年 4 月 1 日 ',
      '2024-04-01',
      '2024/4/1',
      '2024.4.1',
      '2024年4月1日',
      '２０２４－０４－０１',
    ]) {
      expect(parseJapaneseDate(text), text).toBe('2024-04-01');
    }
    expect(parseJapaneseDate('令和元年5月1日')).toBe('2019-05-01');
    expect(parseJapaneseDate('H31.4.30')).toBe('2019-04-30');
    expect(parseJapaneseDate('昭和64年1月7日')).toBe('1989-01-07');
  });

  it('refuses impossible dates, days outside their era and other text', () => {
    for (const text of [
      '',
      '令和6年2月30日',
      '2023-02-29',
      '平成31年5月1日',
      '令和元年4月30日',
      'R0.4.1',
      '令和六年四月一日',
      '2024-04',
      '明日',
      'X6.4.1',
      '2024-13-01',
    ]) {
      expect(parseJapaneseDate(text), text).toBeNull();
    }
  });

  it('round-trips every date since 明治 written either way', () => {
    const day = fc
      .date({
        min: new Date('1868-10-23T00:00:00Z'),
        max: new Date('2100-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (iso) => {
        expect(parseJapaneseDate(formatDate(iso))).toBe(iso);
        expect(parseJapaneseDate(formatWarekiShort(iso))).toBe(iso);
        expect(parseJapaneseDate(iso)).toBe(iso);
      }),
      { numRuns: 2000 },
    );
  });
});
