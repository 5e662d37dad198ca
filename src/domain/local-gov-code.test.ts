import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidLocalGovCode, localGovCheckDigit, prefectureCodeOf } from './local-gov-code.ts';

/** The 24 participating bodies, copied from /work/shared/docs/bodies.csv (code, name). */
const BODIES: readonly (readonly [code: string, name: string])[] = [
  ['340006', '広島県'],
  ['341002', '広島市'],
  ['342025', '呉市'],
  ['342033', '竹原市'],
  ['342041', '三原市'],
  ['342050', '尾道市'],
  ['342076', '福山市'],
  ['342084', '府中市'],
  ['342092', '三次市'],
  ['342106', '庄原市'],
  ['342114', '大竹市'],
  ['342122', '東広島市'],
  ['342131', '廿日市市'],
  ['342149', '安芸高田市'],
  ['342157', '江田島市'],
  ['343021', '府中町'],
  ['343048', '海田町'],
  ['343072', '熊野町'],
  ['343099', '坂町'],
  ['343684', '安芸太田町'],
  ['343692', '北広島町'],
  ['344311', '大崎上島町'],
  ['344621', '世羅町'],
  ['345458', '神石高原町'],
];

const fiveDigits = fc.integer({ min: 0, max: 99_999 }).map((n) => String(n).padStart(5, '0'));

describe('localGovCheckDigit', () => {
  it.each([
    ['34000', 6],
    ['34100', 2],
    ['34202', 5],
    ['34302', 1],
    ['34545', 8],
    ['13101', 6], // 131016 千代田区, outside 広島県
  ])('%s → %i', (firstFive, expected) => {
    expect(localGovCheckDigit(firstFive)).toBe(expected);
  });

  it('maps remainder 0 to 1 and remainder 1 to 0', () => {
    // 00000: sum 0, r = 0 → (11 − 0) mod 10 = 1.  00006: sum 12, r = 1 → (11 − 1) mod 10 = 0.
    expect(localGovCheckDigit('00000')).toBe(1);
    expect(localGovCheckDigit('00006')).toBe(0);
  });

  it.each(['3400', '340000', '3400a', '３４０００', ' 34000', '34-00', ''])(
    'throws RangeError for %j',
    (text) => {
      expect(() => localGovCheckDigit(text)).toThrow(RangeError);
    },
  );
});

describe('isValidLocalGovCode', () => {
  it.each(BODIES)('accepts %s (%s)', (code) => {
    expect(isValidLocalGovCode(code)).toBe(true);
    expect(localGovCheckDigit(code.slice(0, 5))).toBe(Number(code[5]));
  });

  it.each([
    '340007',
    '341001',
    '34000',
    '3400060',
    '３４０００６',
    '34000６',
    ' 340006',
    '340006 ',
    '34-0006',
    '',
  ])('rejects %j', (code) => {
    expect(isValidLocalGovCode(code)).toBe(false);
  });

  it('accepts exactly one last digit for every 5-digit prefix', () => {
    fc.assert(
      fc.property(fiveDigits, (prefix) => {
        const check = localGovCheckDigit(prefix);
        expect(Number.isInteger(check) && check >= 0 && check <= 9).toBe(true);
        expect(isValidLocalGovCode(`${prefix}${check}`)).toBe(true);
        for (let digit = 0; digit <= 9; digit++) {
          if (digit !== check) expect(isValidLocalGovCode(`${prefix}${digit}`)).toBe(false);
        }
      }),
    );
  });

  it('rejects any single mistyped digit unless the check digit is 1', () => {
    // Each weight (6..2) and each digit change (±1..±9) are non-zero mod 11, so one typo always changes
    // the remainder r. Only r = 0 and r = 10 share a check digit (both give 1), so only codes ending
    // in 1 can survive a typo.
    fc.assert(
      fc.property(
        fiveDigits,
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 9 }),
        (prefix, position, shift) => {
          const code = `${prefix}${localGovCheckDigit(prefix)}`;
          const wrong = (Number(code[position]) + shift) % 10;
          const typo = `${code.slice(0, position)}${wrong}${code.slice(position + 1)}`;
          expect(typo).not.toBe(code);
          // A typo can only go unnoticed when the check digit is 1 (see the next test).
          if (isValidLocalGovCode(typo)) expect(code.endsWith('1')).toBe(true);
        },
      ),
    );
  });

  it('cannot tell apart remainders 0 and 10 (a known weakness of the scheme)', () => {
    // 00000: r = 0 → 1; 00005: sum 10, r = 10 → 1. Both codes are valid yet differ in one digit.
    expect(isValidLocalGovCode('000001')).toBe(true);
    expect(isValidLocalGovCode('000051')).toBe(true);
  });
});

describe('prefectureCodeOf', () => {
  it('returns the first two digits', () => {
    expect(prefectureCodeOf('342025')).toBe('34');
    expect(prefectureCodeOf('131016')).toBe('13');
  });

  it('is 34 (広島県) for every participating body', () => {
    for (const [code] of BODIES) expect(prefectureCodeOf(code)).toBe('34');
  });

  it.each(['340007', '34000', 'abcdef', ''])('throws RangeError for %j', (code) => {
    expect(() => prefectureCodeOf(code)).toThrow(RangeError);
  });
});
