import type { listJointSystems } from './list-joint-systems.ts';

type JointSystemRow = Awaited<ReturnType<typeof listJointSystems>>[number];

/** The public shape of a joint-use system, with its participants' contracts and their total cost. */
export function presentJointSystem({ system, leadOrgName, participants }: JointSystemRow) {
  return {
    id: system.id,
    name: system.name,
    service: system.service,
    leadOrgCode: system.leadOrgCode,
    leadOrgName,
    tenderMethod: system.tenderMethod,
    tenderDate: system.tenderDate,
    vendor: system.vendor,
    product: system.product,
    contractStart: system.contractStart,
    contractEnd: system.contractEnd,
    note: system.note,
    participants,
    totalYearlyCost: participants.reduce((sum, p) => sum + (p.yearlyCost ?? 0), 0),
  };
}
