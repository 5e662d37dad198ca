import { fiscalYearOf } from '../../domain/fiscal-year.ts';
import {
  type JointSystemLoad,
  loadJointSystems,
} from '../../server/features/procurement/load-joint-systems.ts';
import type { Actor } from '../../server/platform/actor.ts';
import type { Db } from '../../server/platform/db.ts';
import { readBodies } from '../reference/load-reference-data.ts';
import type { DemoSystem } from './inventory-demo.ts';
import { JOINT_SYSTEMS } from './joint-systems-demo-data.ts';

/**
 * The joint-use systems of p.27 with each participant's contract; a participant's yearly cost is the
 * one its demo 台帳 records for the service (the prefecture's share is set at twice the largest).
 */
export function buildJointSystemsDemo(inventory: readonly DemoSystem[]): JointSystemLoad[] {
  const codeOf = new Map(readBodies().map((b) => [b.name, b.code]));
  return JOINT_SYSTEMS.map((j) => {
    const costs = new Map(
      inventory.filter((s) => s.category === j.service).map((s) => [s.orgCode, s.yearlyCost ?? null]),
    );
    const largest = Math.max(0, ...[...costs.values()].map((c) => c ?? 0));
    return {
      name: j.name,
      service: j.service,
      leadOrgCode: codeOf.get(j.lead)!,
      tenderMethod: j.tenderMethod,
      tenderDate: j.tenderDate,
      vendor: j.vendor,
      product: j.product,
      contractStart: j.contractStart,
      contractEnd: j.contractEnd,
      note: j.note,
      participants: j.participants.map((name) => {
        const orgCode = codeOf.get(name)!;
        return {
          orgCode,
          contractStart: j.contractStart,
          contractEnd: j.contractEnd,
          yearlyCost: orgCode === '340006' ? largest * 2 : (costs.get(orgCode) ?? null),
          joinedFiscalYear: fiscalYearOf(j.contractStart),
        };
      }),
    };
  });
}

/** Loads the demo joint-use systems (one audit entry). */
export function loadJointSystemsDemo(db: Db, actor: Actor, inventory: readonly DemoSystem[]): Promise<void> {
  return loadJointSystems(db, actor, buildJointSystemsDemo(inventory), 'demo');
}
