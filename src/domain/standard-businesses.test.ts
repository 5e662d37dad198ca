import { describe, expect, it } from 'vitest';
import {
  BUSINESSES,
  isStandardBusiness,
  MIGRATION_STEPS,
  OTHER_BUSINESS,
  resolveBusiness,
  STANDARD_BUSINESSES,
} from './standard-businesses.ts';

describe('STANDARD_BUSINESSES', () => {
  it('lists the 20 標準化対象業務 once each', () => {
    expect(STANDARD_BUSINESSES).toHaveLength(20);
    expect(new Set(STANDARD_BUSINESSES).size).toBe(20);
    expect(STANDARD_BUSINESSES).toContain('住民基本台帳');
    expect(STANDARD_BUSINESSES).toContain('子ども・子育て支援');
  });

  it('BUSINESSES adds その他 at the end', () => {
    expect(BUSINESSES).toHaveLength(21);
    expect(BUSINESSES.at(-1)).toBe(OTHER_BUSINESS);
  });

  it('isStandardBusiness tells the 20 from everything else', () => {
    expect(isStandardBusiness('戸籍')).toBe(true);
    expect(isStandardBusiness('その他')).toBe(false);
    expect(isStandardBusiness('財務会計')).toBe(false);
  });

  it('migration steps end with 移行完了', () => {
    expect(MIGRATION_STEPS.at(-1)).toBe('移行完了');
  });
});

describe('resolveBusiness', () => {
  it('accepts every official name as written', () => {
    for (const b of BUSINESSES) expect(resolveBusiness(b)).toBe(b);
  });

  it('accepts short names, spaces, 中黒 and a trailing 業務/システム', () => {
    expect(resolveBusiness('住基')).toBe('住民基本台帳');
    expect(resolveBusiness('国保')).toBe('国民健康保険');
    expect(resolveBusiness('介護保険業務')).toBe('介護保険');
    expect(resolveBusiness('子ども子育て支援')).toBe('子ども・子育て支援');
    expect(resolveBusiness(' 戸籍 システム ')).toBe('戸籍');
    expect(resolveBusiness('ｺｺｸﾎ')).toBeUndefined();
  });

  it('answers undefined for anything else', () => {
    expect(resolveBusiness('財務会計')).toBeUndefined();
    expect(resolveBusiness('')).toBeUndefined();
  });
});
