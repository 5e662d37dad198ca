import { describe, expect, it } from 'vitest';
import { JOB_TYPE_CODES, JOB_TYPES, jobTypeOf, parseJobType } from './job-types.ts';

describe('JOB_TYPES', () => {
  it('lists the ten job types of p.9 numbered ①–⑩ in order', () => {
    expect(JOB_TYPES.map((j) => j.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(JOB_TYPES.map((j) => j.name)).toEqual([
      'ビジネスデザイナー',
      'システムアーキテクト',
      'データサイエンティスト',
      'プロジェクトマネージャー',
      'UI/UXデザイナー',
      'アプリケーションエンジニア',
      'インフラエンジニア',
      'セキュリティスペシャリスト',
      'サービスマネージャー',
      '先端技術エンジニア',
    ]);
  });

  it('has distinct codes and a description for each', () => {
    expect(new Set(JOB_TYPE_CODES).size).toBe(10);
    expect(JOB_TYPES.every((j) => j.description.length > 0 && /^[a-z_]+$/.test(j.code))).toBe(true);
  });
});

describe('jobTypeOf', () => {
  it('finds a job type by code and answers undefined otherwise', () => {
    expect(jobTypeOf('data_scientist')?.name).toBe('データサイエンティスト');
    expect(jobTypeOf('データサイエンティスト')).toBeUndefined();
    expect(jobTypeOf('')).toBeUndefined();
  });
});

describe('parseJobType', () => {
  it.each([
    ['security_specialist', 'security_specialist'],
    ['セキュリティスペシャリスト', 'security_specialist'],
    ['  インフラエンジニア ', 'infrastructure_engineer'],
    ['UI／UXデザイナー', 'ux_designer'],
    ['１０', 'advanced_tech_engineer'],
    ['1', 'business_designer'],
  ])('reads %s as %s', (text, code) => {
    expect(parseJobType(text)).toBe(code);
  });

  it.each(['', 'エンジニア', '0', '11', 'Business_Designer'])('rejects %s', (text) => {
    expect(parseJobType(text)).toBeUndefined();
  });

  it('reads back every code, name and number', () => {
    for (const j of JOB_TYPES) {
      expect(parseJobType(j.code)).toBe(j.code);
      expect(parseJobType(j.name)).toBe(j.code);
      expect(parseJobType(String(j.no))).toBe(j.code);
    }
  });
});
