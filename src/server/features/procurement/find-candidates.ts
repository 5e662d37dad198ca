import { and, asc, eq, gte, lte, ne } from 'drizzle-orm';
import { jointSystems, orgs, systems } from '../../../db/schema/index.ts';
import { estimateSavings } from '../../../domain/savings.ts';
import { type Business, isStandardBusiness } from '../../../domain/standard-businesses.ts';
import type { Db } from '../../platform/db.ts';
import { getProgrammeSettings } from '../programme/get-settings.ts';
import { addMonths, todayInJapan } from './contract-window.ts';

type Input = { windowMonths: number; asOf?: string; business?: Business; minBodies: number };

/**
 * Joint-procurement candidates: groups of bodies whose systems of one business (one of the 20, or
 * for その他 the same 業務分類) end their contracts within the window — each system with its vendor
 * and current yearly cost side by side, and the group's total. A group needs `minBodies` bodies.
 * Groups with more bodies come first, then the larger total cost. Each group carries its estimated
 * yearly savings — the programme's savings rate applied to the yearly costs — with the formula and
 * the assumptions it rests on.
 */
export async function findCandidates(db: Db, input: Input) {
  const asOf = input.asOf ?? todayInJapan();
  const until = addMonths(asOf, input.windowMonths);
  const rows = await db
    .select({
      id: systems.id,
      orgCode: systems.orgCode,
      orgName: orgs.name,
      name: systems.name,
      business: systems.business,
      category: systems.category,
      vendor: systems.vendor,
      product: systems.product,
      hosting: systems.hosting,
      contractEnd: systems.contractEnd,
      yearlyCost: systems.yearlyCost,
    })
    .from(systems)
    .innerJoin(orgs, eq(orgs.code, systems.orgCode))
    .where(
      and(
        gte(systems.contractEnd, asOf),
        lte(systems.contractEnd, until),
        ne(systems.status, '廃止'),
        input.business ? eq(systems.business, input.business) : undefined,
      ),
    )
    .orderBy(asc(systems.contractEnd), asc(systems.orgCode), asc(systems.id));
  const joint = await db
    .select({ id: jointSystems.id, name: jointSystems.name, service: jointSystems.service })
    .from(jointSystems);
  const settings = await getProgrammeSettings(db);

  const groups = new Map<string, typeof rows>();
  for (const row of rows) {
    const key = isStandardBusiness(row.business) ? row.business : row.category;
    if (!key) continue;
    const list = groups.get(key) ?? [];
    list.push(row);
    groups.set(key, list);
  }
  const result = [...groups]
    .map(([key, list]) => {
      const first = list[0]!;
      const standard = isStandardBusiness(first.business);
      const shared = joint.find((j) => !standard && j.service === key);
      const savings = estimateSavings(
        list.map((s) => s.yearlyCost),
        settings.savingsRatePercent,
      );
      return {
        key,
        business: first.business,
        category: standard ? null : key,
        bodies: new Set(list.map((s) => s.orgCode)).size,
        systems: list.map((s) => ({ ...s, contractEnd: s.contractEnd ?? '' })),
        totalYearlyCost: list.reduce((sum, s) => sum + (s.yearlyCost ?? 0), 0),
        vendors: new Set(list.map((s) => s.vendor).filter((v) => v !== null)).size,
        earliestEnd: list[0]?.contractEnd ?? '',
        latestEnd: list[list.length - 1]?.contractEnd ?? '',
        jointSystem: shared ? { id: shared.id, name: shared.name } : null,
        estimatedSavingsYen: savings.estimatedSavingsYen,
        savings,
      };
    })
    .filter((g) => g.bodies >= input.minBodies)
    .sort(
      (a, b) => b.bodies - a.bodies || b.totalYearlyCost - a.totalYearlyCost || a.key.localeCompare(b.key),
    );
  return {
    asOf,
    until,
    windowMonths: input.windowMonths,
    savingsAssumptions: [
      `削減額の推定：候補の各システムの現在の年間経費の合計に、共同調達による削減率の想定 ${settings.savingsRatePercent}% を掛けた年額です（円未満切り捨て）。`,
      `削減率の根拠：${settings.savingsRateBasis || '（未記入）'}（プログラムの設定。管理者が変更できます）`,
      '年間経費が台帳に登録されていないシステムは合計に含めていません（件数を示します）。調達の手間や移行費用は見込んでいません。',
    ],
    groups: result,
  };
}
