import { and, asc, eq, gte, lt, lte, ne } from 'drizzle-orm';
import { jointSystemParticipants, jointSystems, orgs, systems } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { addMonths, daysBetween, todayInJapan } from './contract-window.ts';

const MAX_OVERDUE = 50;

/**
 * Contract-expiry alerts for one body (the actor's by default): its systems and joint-system
 * contracts ending within `monthsAhead` months, soonest first; and systems still in use whose
 * contract has already ended (overdue). The 台帳 is shared, so any body may be asked for.
 *
 * A participant of a joint system records it in its own 台帳 as well (業務分類 = the joint service,
 * e.g. 電子入札): that is one contract, so a 台帳 row with the service and the end date of one of
 * the body's joint contracts is listed once, as the joint contract (which names the joint system).
 */
export async function listAlerts(
  db: Db,
  actor: Actor,
  input: { monthsAhead: number; orgCode?: string; asOf?: string },
) {
  const orgCode = input.orgCode ?? actor.orgCode;
  const [org] = await db.select({ name: orgs.name }).from(orgs).where(eq(orgs.code, orgCode));
  if (!org) throw errors.notFound('団体');
  const asOf = input.asOf ?? todayInJapan();
  const until = addMonths(asOf, input.monthsAhead);
  const select = {
    id: systems.id,
    name: systems.name,
    vendor: systems.vendor,
    contractEnd: systems.contractEnd,
    yearlyCost: systems.yearlyCost,
    category: systems.category,
  };
  const [upcoming, joint, overdue] = await Promise.all([
    db
      .select(select)
      .from(systems)
      .where(
        and(
          eq(systems.orgCode, orgCode),
          gte(systems.contractEnd, asOf),
          lte(systems.contractEnd, until),
          ne(systems.status, '廃止'),
        ),
      )
      .orderBy(asc(systems.contractEnd), asc(systems.id)),
    db
      .select({
        id: jointSystems.id,
        name: jointSystems.name,
        vendor: jointSystems.vendor,
        contractEnd: jointSystemParticipants.contractEnd,
        yearlyCost: jointSystemParticipants.yearlyCost,
        category: jointSystems.service,
      })
      .from(jointSystemParticipants)
      .innerJoin(jointSystems, eq(jointSystems.id, jointSystemParticipants.jointSystemId))
      .where(
        and(
          eq(jointSystemParticipants.orgCode, orgCode),
          gte(jointSystemParticipants.contractEnd, asOf),
          lte(jointSystemParticipants.contractEnd, until),
        ),
      ),
    db
      .select(select)
      .from(systems)
      .where(
        and(
          eq(systems.orgCode, orgCode),
          lt(systems.contractEnd, asOf),
          ne(systems.status, '廃止'),
          ne(systems.status, '廃止予定'),
        ),
      )
      .orderBy(asc(systems.contractEnd), asc(systems.id))
      .limit(MAX_OVERDUE),
  ]);
  const item = (kind: 'system' | 'joint') => (r: (typeof upcoming)[number]) => ({
    kind,
    id: r.id,
    name: r.name,
    vendor: r.vendor,
    contractEnd: r.contractEnd ?? '',
    daysLeft: daysBetween(asOf, r.contractEnd ?? asOf),
    yearlyCost: r.yearlyCost,
  });
  const jointContracts = new Set(joint.map((j) => `${j.category}|${j.contractEnd}`));
  const own = upcoming.filter((s) => !jointContracts.has(`${s.category}|${s.contractEnd}`));
  const items = [...own.map(item('system')), ...joint.map(item('joint'))].sort(
    (a, b) => a.contractEnd.localeCompare(b.contractEnd) || a.kind.localeCompare(b.kind) || a.id - b.id,
  );
  return { orgCode, orgName: org.name, asOf, until, items, overdue: overdue.map(item('system')) };
}
