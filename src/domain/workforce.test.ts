import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOB_TYPE_CODES } from './job-types.ts';
import { jobTypeForRole, type ProjectionCell, projectWorkforce } from './workforce.ts';

describe('jobTypeForRole', () => {
  it('maps the roles of 江田島市’s target organisation (p.18) onto job types', () => {
    expect(jobTypeForRole('ビジネスデザイナー（課長相当）')).toBe('business_designer');
    expect(jobTypeForRole('プロジェクトマネージャ（係長相当）')).toBe('project_manager');
    expect(jobTypeForRole('サービスデザイナー（係員相当）')).toBe('ux_designer');
    expect(jobTypeForRole('エンジニア（係員相当）')).toBe('application_engineer');
  });

  it('keeps an exact job type name, and answers undefined for others', () => {
    expect(jobTypeForRole('インフラエンジニア')).toBe('infrastructure_engineer');
    expect(jobTypeForRole('セキュリティスペシャリスト（係長相当）')).toBe('security_specialist');
    expect(jobTypeForRole('行政職')).toBeUndefined();
  });
});

const base = {
  fromFiscalYear: 2025,
  years: 3,
  leaveRatePercent: 0,
  needFor: () => ({}),
  supply: {},
  knownHiresFor: () => ({}),
  plannedHiresFor: () => 0,
};

describe('projectWorkforce', () => {
  it('carries supply forward, spreads planned hires by need and subtracts leavers', () => {
    const cells = projectWorkforce({
      ...base,
      leaveRatePercent: 10,
      supply: { business_designer: 10, project_manager: 5 },
      needFor: () => ({ business_designer: 12, project_manager: 6 }),
      plannedHiresFor: (fy) => (fy === 2025 ? 3 : 0),
    });
    const at = (fy: number, j: string) => cells.find((c) => c.fiscalYear === fy && c.jobType === j)!;
    // 2025: 3 hires split 12:6 → 2 + 1; leavers 10% of the start.
    const close = (actual: ProjectionCell, expected: Partial<Record<keyof ProjectionCell, number>>) => {
      for (const [k, v] of Object.entries(expected))
        expect(actual[k as keyof ProjectionCell], k).toBeCloseTo(v, 9);
    };
    close(at(2025, 'business_designer'), { start: 10, leavers: 1, hires: 2, supply: 11, gap: -1 });
    close(at(2025, 'project_manager'), { start: 5, leavers: 0.5, hires: 1, supply: 5.5, gap: -0.5 });
    close(at(2026, 'business_designer'), { start: 11, leavers: 1.1, supply: 9.9, gap: -2.1 });
    expect(cells).toHaveLength(3 * 10);
  });

  it('adds the known hires of the roster on top of the plans', () => {
    const cells = projectWorkforce({
      ...base,
      knownHiresFor: (fy) => (fy === 2026 ? { data_scientist: 2 } : {}),
    });
    expect(cells.find((c) => c.fiscalYear === 2026 && c.jobType === 'data_scientist')).toMatchObject({
      hires: 2,
      supply: 2,
      gap: 2,
    });
  });

  it('without leavers, keeps every planned hire: total supply grows by exactly the plans', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 10, maxLength: 10 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 10, maxLength: 10 }),
        fc.integer({ min: 0, max: 40 }),
        (supply, need, hires) => {
          const cells = projectWorkforce({
            ...base,
            years: 2,
            supply: Object.fromEntries(JOB_TYPE_CODES.map((j, i) => [j, supply[i]])),
            needFor: () => Object.fromEntries(JOB_TYPE_CODES.map((j, i) => [j, need[i]])),
            plannedHiresFor: () => hires,
          });
          const total = (fy: number) =>
            cells.filter((c) => c.fiscalYear === fy).reduce((s, c) => s + c.supply, 0);
          const start = supply.reduce((s, x) => s + x, 0);
          expect(total(2025)).toBeCloseTo(start + hires, 6);
          expect(total(2026)).toBeCloseTo(start + 2 * hires, 6);
        },
      ),
    );
  });
});
