import { createHash } from 'node:crypto';
import { asc, inArray } from 'drizzle-orm';
import { notificationEvents, orgs, systems } from '../../../db/schema/index.ts';
import { isStandardBusiness } from '../../../domain/standard-businesses.ts';
import { formatWareki } from '../../../domain/wareki.ts';
import { CLI_ACTOR } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { findCandidates } from '../procurement/find-candidates.ts';
import { listAlerts } from '../procurement/list-alerts.ts';
import { contractWindows, DEFAULT_CONTRACT_WINDOW_MONTHS } from './body-settings.ts';
import { adminTeam, managersOf } from './recipients.ts';

type Alert = Awaited<ReturnType<typeof listAlerts>>['items'][number];

/** The other bodies whose systems of the same business end within the window: joint-tender partners. */
async function candidatesFor(db: Db, orgCode: string, items: Alert[], windowMonths: number, asOf: string) {
  const ids = items.filter((i) => i.kind === 'system').map((i) => i.id);
  if (ids.length === 0) return new Map<number, string[]>();
  const rows = await db
    .select({ id: systems.id, business: systems.business, category: systems.category })
    .from(systems)
    .where(inArray(systems.id, ids));
  const { groups } = await findCandidates(db, { windowMonths, asOf, minBodies: 2 });
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const result = new Map<number, string[]>();
  for (const row of rows) {
    const key = isStandardBusiness(row.business) ? row.business : row.category;
    const group = key ? byKey.get(key) : undefined;
    const others = (group?.systems ?? [])
      .filter((s) => s.orgCode !== orgCode)
      .map((s) => `${s.orgName}（${formatWareki(s.contractEnd)}満了${s.vendor ? `・${s.vendor}` : ''}）`);
    result.set(row.id, [...new Set(others)]);
  }
  return result;
}

/** A short stable name for a set of event keys (an index entry must stay small). */
function digestOf(keys: string[]): string {
  return createHash('sha256').update(keys.sort().join('\n')).digest('hex').slice(0, 32);
}

function describeContract(item: Alert, candidates: string[] | undefined): string {
  const head = `■ ${item.kind === 'joint' ? '［共同利用］' : ''}${item.name}${item.vendor ? `（${item.vendor}）` : ''}\n  契約満了: ${formatWareki(item.contractEnd)}（あと${item.daysLeft}日）`;
  if (!candidates || candidates.length === 0) return head;
  return `${head}\n  同じ業務で契約満了が近い団体（共同調達の候補）: ${candidates.join('、')}`;
}

/**
 * 契約満了: for each body, the 台帳 systems and joint contracts whose end has entered the body's window
 * (default 18 months) since the last evaluation. Each contract is announced once per window (its
 * event key names the contract and its end date, so a renewed contract is announced again when the new
 * end comes near), in one notification per body to the body's managers and the admin team, with the
 * joint-tender candidates of the same business. Returns the number of people notified.
 */
export async function evaluateContractExpiries(db: Db, asOf: string): Promise<number> {
  const bodies = await db.select({ code: orgs.code }).from(orgs).orderBy(asc(orgs.code));
  const windows = await contractWindows(db);
  let notified = 0;
  for (const { code } of bodies) {
    const months = windows.get(code) ?? DEFAULT_CONTRACT_WINDOW_MONTHS;
    const alerts = await listAlerts(db, CLI_ACTOR, { monthsAhead: months, orgCode: code, asOf });
    if (alerts.items.length === 0) continue;
    notified += await db.transaction(async (tx) => {
      const keyOf = (i: Alert) => `contract:${i.kind}:${i.id}:${i.contractEnd}:${code}`;
      const fresh = await tx
        .insert(notificationEvents)
        .values(alerts.items.map((i) => ({ eventKey: keyOf(i) })))
        .onConflictDoNothing()
        .returning({ eventKey: notificationEvents.eventKey });
      if (fresh.length === 0) return 0;
      const freshKeys = new Set(fresh.map((f) => f.eventKey));
      const items = alerts.items.filter((i) => freshKeys.has(keyOf(i)));
      const candidates = await candidatesFor(tx, code, items, months, asOf);
      const userIds = [...(await managersOf(tx, [code])), ...(await adminTeam(tx))];
      return notify(tx, {
        kind: 'contract_expiry',
        eventKey: `contract-expiry:${code}:${digestOf([...freshKeys])}`,
        userIds,
        title: `契約満了が近づいています: ${alerts.orgName} ${items.length}件`,
        body: [
          `${alerts.orgName}の次の契約が、満了まで${months}か月以内に入りました。更新か、他団体との共同調達かの検討を始めてください。`,
          items.map((i) => describeContract(i, candidates.get(i.id))).join('\n'),
        ].join('\n\n'),
        link: `/procurement?orgCode=${code}&monthsAhead=${months}&windowMonths=${months}`,
      });
    });
  }
  return notified;
}
