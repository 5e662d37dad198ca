import { describe, expect, it } from 'vitest';
import type { SystemDetail } from './inventory-queries.ts';
import { draftOfSystem, emptySystemDraft, parseWholeNumber, toSystemInput } from './system-form.ts';

const saved: SystemDetail = {
  id: 7,
  orgCode: '342157',
  orgName: '江田島市',
  name: '介護保険システム',
  business: '介護保険',
  standardBusiness: true,
  category: null,
  unit: '高齢者福祉課',
  vendor: '瀬戸内システム株式会社（架空）',
  product: null,
  hosting: 'クラウド',
  contractStart: '2022-04-01',
  contractEnd: '2027-03-31',
  yearlyCost: 3200000,
  users: 40,
  personalData: true,
  status: '稼働中',
  migrationStep: '事業者選定',
  migrationTargetDate: '2026-01-31',
  note: null,
  version: 1,
  updatedAt: '2025-01-01T00:00:00.000Z',
};

describe('parseWholeNumber', () => {
  it('reads numbers as officials type them', () => {
    expect(parseWholeNumber('12,000,000')).toBe(12000000);
    expect(parseWholeNumber('１２，０００円')).toBe(12000);
    expect(parseWholeNumber(' 40人 ')).toBe(40);
    expect(parseWholeNumber('0')).toBe(0);
  });

  it('is null when empty and undefined when unreadable', () => {
    expect(parseWholeNumber('  ')).toBeNull();
    expect(parseWholeNumber('未定')).toBeUndefined();
    expect(parseWholeNumber('1.5')).toBeUndefined();
    expect(parseWholeNumber('-3')).toBeUndefined();
  });
});

describe('toSystemInput', () => {
  it('round-trips a saved system through the form unchanged', () => {
    const { id, orgName, standardBusiness, updatedAt, version, ...fields } = saved;
    expect(toSystemInput(draftOfSystem(saved)).input).toEqual(fields);
  });

  it('sends blanks as null and the API defaults for a new system', () => {
    const { input } = toSystemInput({ ...emptySystemDraft('342157'), name: '新システム' });
    expect(input).toMatchObject({ orgCode: '342157', vendor: null, contractEnd: null, yearlyCost: null });
    expect(input).toMatchObject({ status: '稼働中', personalData: false, migrationStep: null });
  });

  it('drops the migration fields outside the 20 標準化対象業務', () => {
    const draft = { ...draftOfSystem(saved), business: 'その他' as const };
    expect(toSystemInput(draft).input).toMatchObject({ migrationStep: null, migrationTargetDate: null });
  });

  it('stops at numbers it cannot read, naming the fields', () => {
    const result = toSystemInput({ ...draftOfSystem(saved), yearlyCost: '未定', users: 'たくさん' });
    expect(result.input).toBeNull();
    expect(result.issues.map((i) => i.path)).toEqual(['yearlyCost', 'users']);
  });
});
