import type { systems } from '../../../db/schema/index.ts';
import { isStandardBusiness } from '../../../domain/standard-businesses.ts';

/** A system row with its body's name. */
export type SystemRow = typeof systems.$inferSelect & { orgName: string };

/** The public shape of a system. */
export function presentSystem(s: SystemRow) {
  return {
    id: s.id,
    orgCode: s.orgCode,
    orgName: s.orgName,
    name: s.name,
    business: s.business,
    standardBusiness: isStandardBusiness(s.business),
    category: s.category,
    unit: s.unit,
    vendor: s.vendor,
    product: s.product,
    hosting: s.hosting,
    contractStart: s.contractStart,
    contractEnd: s.contractEnd,
    yearlyCost: s.yearlyCost,
    users: s.users,
    personalData: s.personalData,
    status: s.status,
    migrationStep: s.migrationStep,
    migrationTargetDate: s.migrationTargetDate,
    note: s.note,
    version: s.version,
    updatedAt: s.updatedAt.toISOString(),
  };
}

/** A system as a row of an exported table (keys are the export columns). */
export function systemExportRow(s: SystemRow): Record<string, string | number | null> {
  return {
    id: s.id,
    orgCode: s.orgCode,
    orgName: s.orgName,
    name: s.name,
    business: s.business,
    category: s.category,
    unit: s.unit,
    vendor: s.vendor,
    product: s.product,
    hosting: s.hosting,
    contractStart: s.contractStart,
    contractEnd: s.contractEnd,
    yearlyCost: s.yearlyCost,
    users: s.users,
    personalData: s.personalData ? 'はい' : 'いいえ',
    status: s.status,
    migrationStep: s.migrationStep,
    migrationTargetDate: s.migrationTargetDate,
    note: s.note,
  };
}
