import type { JobTypeCode } from '../job-types.ts';
import type { SkillItemCode } from './catalogue.ts';
import { SKILL_ITEMS } from './catalogue.ts';
import type { SkillLevel } from './levels.ts';

/**
 * Career stages (キャリアの段階, p.10): 若手 (1–3年目), 中堅 (4–9年目), ベテラン (10年目〜).
 * 任期付高度経験者 are hired for their experience and are measured as ベテラン from the start.
 * Pure module.
 */
export const CAREER_STAGES = [
  { code: 'junior', name: '若手（1〜3年目）' },
  { code: 'middle', name: '中堅（4〜9年目）' },
  { code: 'senior', name: 'ベテラン（10年目〜）' },
] as const;
export type CareerStage = (typeof CAREER_STAGES)[number]['code'];

/** The stage of a person in a 年度, from the 年度 they were hired. */
export function careerStageOf(
  hiringFiscalYear: number,
  fiscalYear: number,
  fixedTermExpert = false,
): CareerStage {
  if (fixedTermExpert) return 'senior';
  const yearOfService = fiscalYear - hiringFiscalYear + 1;
  if (yearOfService <= 3) return 'junior';
  if (yearOfService <= 9) return 'middle';
  return 'senior';
}

/**
 * Each job type's core and related items. Target levels by stage:
 * core 2 → 3 → 4, related 1 → 2 → 3, every other item 1 (the literacy every 情報職 needs).
 */
const PROFILE: Record<JobTypeCode, { core: SkillItemCode[]; related: SkillItemCode[] }> = {
  business_designer: {
    core: ['strategy', 'bpr', 'requirements', 'service_design'],
    related: ['project_management', 'data_analysis', 'communication', 'procurement'],
  },
  system_architect: {
    core: ['architecture', 'requirements', 'cloud', 'software_dev'],
    related: ['infrastructure', 'security_engineering', 'project_management', 'procurement'],
  },
  data_scientist: {
    core: ['data_analysis', 'data_platform', 'open_data'],
    related: ['ai_advanced', 'software_dev', 'law_privacy', 'bpr'],
  },
  project_manager: {
    core: ['project_management', 'procurement', 'requirements', 'communication'],
    related: ['strategy', 'bpr', 'municipal_standardisation', 'service_operations'],
  },
  ux_designer: {
    core: ['ux_design', 'service_design', 'user_research'],
    related: ['requirements', 'software_dev', 'communication'],
  },
  application_engineer: {
    core: ['software_dev', 'architecture'],
    related: ['cloud', 'data_platform', 'security_engineering', 'ux_design'],
  },
  infrastructure_engineer: {
    core: ['infrastructure', 'cloud'],
    related: ['security_engineering', 'service_operations', 'architecture'],
  },
  security_specialist: {
    core: ['security_management', 'security_engineering'],
    related: ['infrastructure', 'law_privacy', 'cloud'],
  },
  service_manager: {
    core: ['service_operations', 'procurement', 'municipal_standardisation'],
    related: ['infrastructure', 'cloud', 'security_management', 'communication'],
  },
  advanced_tech_engineer: {
    core: ['ai_advanced', 'software_dev', 'data_analysis'],
    related: ['data_platform', 'cloud', 'architecture'],
  },
};

const LEVELS: Record<'core' | 'related' | 'basic', Record<CareerStage, SkillLevel>> = {
  core: { junior: 2, middle: 3, senior: 4 },
  related: { junior: 1, middle: 2, senior: 3 },
  basic: { junior: 1, middle: 1, senior: 1 },
};

/** How an item matters to a job type. */
export function importanceOf(jobType: JobTypeCode, item: SkillItemCode): 'core' | 'related' | 'basic' {
  const p = PROFILE[jobType];
  if (p.core.includes(item)) return 'core';
  if (p.related.includes(item)) return 'related';
  return 'basic';
}

/** The target level of every catalogue item for a job type at a stage. */
export function targetsFor(jobType: JobTypeCode, stage: CareerStage): Map<SkillItemCode, SkillLevel> {
  return new Map(SKILL_ITEMS.map((i) => [i.code, LEVELS[importanceOf(jobType, i.code)][stage]]));
}
