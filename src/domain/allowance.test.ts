import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALLOWANCE_RULE, type AllowanceInput, computeAllowance } from './allowance.ts';
import { CERTIFICATION_CODES, isApplicationLevelOrHigher } from './certifications.ts';
import { fiscalYearOf } from './fiscal-year.ts';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addYears = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

const dateArb = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map(iso);
const inputArb: fc.Arbitrary<AllowanceInput> = fc.record({
  category: fc.constantFrom('pref_it', 'municipal_registered', 'fixed_term_expert'),
  hiredOn: dateArb,
  certifications: fc.uniqueArray(
    fc.record({ code: fc.constantFrom(...CERTIFICATION_CODES), passedOn: dateArb }),
    { selector: (c) => c.code, maxLength: 5 },
  ),
});

describe('computeAllowance — examples from the rule (p.8)', () => {
  it('an R5 情報職 hire who passed 応用情報 before hiring: ¥50,000 a month from hiring for 10 years', () => {
    expect(
      computeAllowance({
        category: 'pref_it',
        hiredOn: '2023-04-01',
        certifications: [{ code: 'AP', passedOn: '2022-10-09' }],
      }),
    ).toEqual({
      eligible: true,
      monthlyYen: 50_000,
      start: '2023-04-01',
      end: '2033-03-31',
      qualifyingExam: 'AP',
    });
  });

  it('a pass after hiring starts payment on the first of the next month; the end stays tied to hiring', () => {
    const a = computeAllowance({
      category: 'pref_it',
      hiredOn: '2024-04-01',
      certifications: [{ code: 'AP', passedOn: '2024-10-13' }],
    });
    expect(a).toMatchObject({ eligible: true, start: '2024-11-01', end: '2034-03-31' });
  });

  it('an R4 hire is not eligible, even with 応用情報', () => {
    const a = computeAllowance({
      category: 'pref_it',
      hiredOn: '2022-04-01',
      certifications: [{ code: 'AP', passedOn: '2021-10-10' }],
    });
    expect(a).toEqual({ eligible: false, reason: '令和5年度より前の採用です' });
  });

  it('基本情報 alone is below the bar; a 高度試験 such as 情報処理安全確保支援士 qualifies', () => {
    const fe = computeAllowance({
      category: 'pref_it',
      hiredOn: '2023-04-01',
      certifications: [{ code: 'FE', passedOn: '2020-04-19' }],
    });
    expect(fe.eligible).toBe(false);
    const sc = computeAllowance({
      category: 'pref_it',
      hiredOn: '2023-04-01',
      certifications: [{ code: 'SC', passedOn: '2020-04-19' }],
    });
    expect(sc).toMatchObject({ eligible: true, qualifyingExam: 'SC' });
  });

  it('municipal staff and fixed-term experts are not 情報職 of the prefecture', () => {
    for (const category of ['municipal_registered', 'fixed_term_expert'] as const) {
      const a = computeAllowance({
        category,
        hiredOn: '2024-04-01',
        certifications: [{ code: 'AP', passedOn: '2023-01-01' }],
      });
      expect(a.eligible).toBe(false);
    }
  });
});

describe('computeAllowance — invariants', () => {
  it('eligible only for a 県情報職 hired from R5 holding 応用情報 or higher, at ¥50,000 a month', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const a = computeAllowance(input);
        if (!a.eligible) return;
        expect(input.category).toBe('pref_it');
        expect(fiscalYearOf(input.hiredOn)).toBeGreaterThanOrEqual(ALLOWANCE_RULE.firstHiringFiscalYear);
        expect(input.certifications.some((c) => isApplicationLevelOrHigher(c.code))).toBe(true);
        expect(a.monthlyYen).toBe(50_000);
      }),
    );
  });

  it('the period lies within the 10 years from hiring: hiredOn ≤ start ≤ end = hiredOn + 10 years − 1 day', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const a = computeAllowance(input);
        if (!a.eligible) return;
        expect(a.start >= input.hiredOn).toBe(true);
        expect(a.start <= a.end).toBe(true);
        // end − start ≤ 10 years: the day 10 years after the start is past the end.
        expect(addYears(a.start, ALLOWANCE_RULE.years) > a.end).toBe(true);
        // The 10th anniversary of hiring (29 February rolls to 1 March), minus one day.
        const [y, m, d] = input.hiredOn.split('-').map(Number) as [number, number, number];
        expect(a.end).toBe(iso(new Date(Date.UTC(y + 10, m - 1, d) - 86_400_000)));
      }),
    );
  });

  it('a 県情報職 from R5 with a qualifying exam passed by hiring is paid from the hiring date', () => {
    fc.assert(
      fc.property(dateArb, fc.constantFrom('AP', 'ST', 'SC', 'PM'), (hiredOn, code) => {
        fc.pre(fiscalYearOf(hiredOn) >= 2023);
        const a = computeAllowance({
          category: 'pref_it',
          hiredOn,
          certifications: [{ code, passedOn: hiredOn }],
        });
        expect(a).toMatchObject({ eligible: true, start: hiredOn });
      }),
    );
  });

  it('exams below 応用情報 never change the outcome', () => {
    fc.assert(
      fc.property(inputArb, dateArb, fc.constantFrom('IP', 'SG', 'FE'), (input, passedOn, code) => {
        const without = { ...input, certifications: input.certifications.filter((c) => c.code !== code) };
        const withLow = { ...without, certifications: [...without.certifications, { code, passedOn }] };
        expect(computeAllowance(withLow)).toEqual(computeAllowance(without));
      }),
    );
  });
});
