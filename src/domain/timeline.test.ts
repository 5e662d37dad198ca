import { describe, expect, it } from 'vitest';
import { formatEventDate, normaliseEventDate } from './timeline.ts';

describe('timeline dates', () => {
  it('stores a month as its first day and a 年度 as its 1 April', () => {
    expect(normaliseEventDate('2022-12-20', 'day')).toBe('2022-12-20');
    expect(normaliseEventDate('2022-12-20', 'month')).toBe('2022-12-01');
    expect(normaliseEventDate('2022-02-10', 'fiscal_year')).toBe('2021-04-01');
  });

  it('writes each in 和暦 as far as it is known', () => {
    expect(formatEventDate('2022-12-08', 'day')).toBe('令和4年12月8日');
    expect(formatEventDate('2022-12-01', 'month')).toBe('令和4年12月');
    expect(formatEventDate('2021-04-01', 'fiscal_year')).toBe('令和3年度');
    expect(formatEventDate('2019-05-01', 'month')).toBe('令和元年5月');
  });
});
