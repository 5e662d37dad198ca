import { z } from '@hono/zod-openapi';
import { JOINT_SERVICE_VALUES } from '../../../db/schema/index.ts';
import { BUSINESSES } from '../../../domain/standard-businesses.ts';
import { SerialIdParams } from '../../platform/params.ts';
import { IsoDate, OrgCode } from '../inventory/inventory.schema.ts';

const AsOf = IsoDate.optional().openapi({ description: '基準日（既定: 今日）', example: '2025-04-01' });

export const CandidatesQuerySchema = z.object({
  windowMonths: z.coerce.number().int().min(1).max(60).default(12).openapi({ description: '期間（月）' }),
  asOf: AsOf,
  business: z.enum(BUSINESSES).optional(),
  minBodies: z.coerce.number().int().min(2).max(24).default(2),
});

export const AlertsQuerySchema = z.object({
  monthsAhead: z.coerce.number().int().min(1).max(36).default(6).openapi({ description: '何か月先まで' }),
  orgCode: OrgCode.optional().openapi({ description: '団体（既定: 自団体）' }),
  asOf: AsOf,
});

const CandidateSystemSchema = z.object({
  id: z.number().int(),
  orgCode: z.string(),
  orgName: z.string(),
  name: z.string(),
  vendor: z.string().nullable(),
  product: z.string().nullable(),
  hosting: z.string(),
  contractEnd: z.string(),
  yearlyCost: z.number().int().nullable(),
});

export const CandidatesSchema = z
  .object({
    asOf: z.string(),
    until: z.string(),
    windowMonths: z.number().int(),
    groups: z.array(
      z.object({
        key: z.string().openapi({ description: '業務（標準化対象業務）または業務分類' }),
        business: z.enum(BUSINESSES),
        category: z.string().nullable(),
        bodies: z.number().int(),
        systems: z.array(CandidateSystemSchema),
        totalYearlyCost: z.number().int(),
        vendors: z.number().int(),
        earliestEnd: z.string(),
        latestEnd: z.string(),
        jointSystem: z.object({ id: z.number().int(), name: z.string() }).nullable(),
      }),
    ),
  })
  .openapi('ProcurementCandidates');

const AlertItemSchema = z.object({
  kind: z.enum(['system', 'joint']),
  id: z.number().int(),
  name: z.string(),
  vendor: z.string().nullable(),
  contractEnd: z.string(),
  daysLeft: z.number().int(),
  yearlyCost: z.number().int().nullable(),
});

export const AlertsSchema = z
  .object({
    orgCode: z.string(),
    orgName: z.string(),
    asOf: z.string(),
    until: z.string(),
    items: z.array(AlertItemSchema),
    overdue: z.array(AlertItemSchema),
  })
  .openapi('ProcurementAlerts');

export const JointSystemSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    service: z.enum(JOINT_SERVICE_VALUES),
    leadOrgCode: z.string(),
    leadOrgName: z.string(),
    tenderMethod: z.string(),
    tenderDate: z.string().nullable(),
    vendor: z.string().nullable(),
    product: z.string().nullable(),
    contractStart: z.string(),
    contractEnd: z.string(),
    note: z.string().nullable(),
    participants: z.array(
      z.object({
        orgCode: z.string(),
        orgName: z.string(),
        contractStart: z.string(),
        contractEnd: z.string(),
        yearlyCost: z.number().int().nullable(),
        joinedFiscalYear: z.number().int().nullable(),
      }),
    ),
    totalYearlyCost: z.number().int(),
  })
  .openapi('JointSystem');

export const JointSystemListSchema = z
  .object({ items: z.array(JointSystemSchema) })
  .openapi('JointSystemList');

export const JointSystemIdParams = SerialIdParams;
