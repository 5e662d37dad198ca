import { currentFiscalYear } from '../../domain/fiscal-year.ts';
import {
  MIGRATION_STEPS,
  type MigrationStep,
  STANDARD_BUSINESSES,
  STANDARDISATION_DEADLINE,
  type StandardBusiness,
} from '../../domain/standard-businesses.ts';
import type { SystemCreateInput } from '../../server/features/inventory/inventory.schema.ts';
import { loadSystems } from '../../server/features/inventory/load-systems.ts';
import type { Actor } from '../../server/platform/actor.ts';
import type { Db } from '../../server/platform/db.ts';
import { readBodies } from '../reference/load-reference-data.ts';
import {
  CORE_VENDORS,
  MUNICIPAL_OTHER_SYSTEMS,
  MUNICIPAL_SYSTEM_COUNTS,
  OTHER_VENDORS,
  PREFECTURE_SUBJECTS,
  PREFECTURE_SYSTEM_COUNT,
  PREFECTURE_SYSTEM_KINDS,
  PREFECTURE_UNITS,
  SEPARATE_PRODUCT_BUSINESSES,
  STANDARD_UNITS,
} from './inventory-demo-data.ts';
import { loadJointSystemsDemo } from './joint-systems-demo.ts';
import { JOINT_SYSTEMS } from './joint-systems-demo-data.ts';
import { pick, seededRandom } from './seeded-random.ts';

export type DemoSystem = SystemCreateInput & { orgCode: string };

const PREFECTURE = '340006';
/** Businesses every 市町 registers on its own, even when it bundles others into a package. */
const ALWAYS: readonly StandardBusiness[] = [
  '住民基本台帳',
  '個人住民税',
  '固定資産税',
  '国民健康保険',
  '介護保険',
];
const NAMES: Readonly<Record<string, string>> = {
  住民基本台帳: '住民記録システム',
  戸籍: '戸籍情報システム',
  戸籍の附票: '戸籍附票システム',
  印鑑登録: '印鑑登録システム',
  選挙人名簿管理: '選挙管理システム',
};

type Random = () => number;

function between(random: Random, [low, high]: readonly [number, number]): number {
  return Math.round((low + random() * (high - low)) / 1000) * 1000;
}

function weighted<T extends { weight: number }>(random: Random, items: readonly T[]): T {
  const total = items.reduce((s, i) => s + i.weight, 0);
  let r = random() * total;
  for (const item of items) {
    r -= item.weight;
    if (r < 0) return item;
  }
  return items[items.length - 1]!;
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A contract ending at a month end `years` fiscal years after the base year. */
function contract(random: Random, base: number, length: number, years: number) {
  const month = pick(random, [3, 3, 3, 3, 3, 9, 12, 6]);
  const endYear = base + years + (month <= 3 ? 1 : 0);
  const endDay = new Date(Date.UTC(endYear, month, 0)).getUTCDate();
  const end = `${endYear}-${String(month).padStart(2, '0')}-${endDay}`;
  const startMonth = month === 12 ? 1 : month + 1;
  const startYear = endYear - length + (month === 12 ? 1 : 0);
  return { contractStart: `${startYear}-${String(startMonth).padStart(2, '0')}-01`, contractEnd: end };
}

/** The migration step of a core system, as the national deadline nears or has passed. */
function migration(random: Random, now: Date): { step: MigrationStep; target: string; done: boolean } {
  const afterDeadline = now.toISOString().slice(0, 10) > STANDARDISATION_DEADLINE;
  const r = random();
  const weights = afterDeadline ? [0, 0.01, 0.05, 0.14, 1] : [0.05, 0.25, 0.55, 0.9, 1];
  const step = MIGRATION_STEPS[weights.findIndex((w) => r < w)] ?? '移行完了';
  const late = step !== '移行完了' && (afterDeadline || random() < 0.12);
  const target = late
    ? pick(random, ['2027-03-31', '2027-10-01', '2028-01-01'])
    : pick(random, ['2025-10-01', '2026-01-04', '2026-02-01', '2026-03-01']);
  return { step, target, done: step === '移行完了' };
}

function municipalSystems(
  random: Random,
  orgCode: string,
  orgName: string,
  count: number,
  now: Date,
): DemoSystem[] {
  const base = currentFiscalYear(now);
  const scale = count / 20;
  const others = Math.max(4, Math.round(count * 0.35));
  const standardCount = Math.min(STANDARD_BUSINESSES.length, count - others);
  const optional = shuffled(
    random,
    STANDARD_BUSINESSES.filter((b) => !ALWAYS.includes(b)),
  );
  const businesses = [...ALWAYS, ...optional.slice(0, standardCount - ALWAYS.length)];
  const core = weighted(random, CORE_VENDORS);
  const coreYears = pick(random, [0, 0, 1, 1, 2, 3]);
  const coreContract = contract(random, base, 5, coreYears);
  const rows: DemoSystem[] = [];
  for (const business of STANDARD_BUSINESSES.filter((b) => businesses.includes(b))) {
    const separate = (SEPARATE_PRODUCT_BUSINESSES as readonly string[]).includes(business) && random() < 0.5;
    const vendor = separate ? weighted(random, CORE_VENDORS) : core;
    const m = migration(random, now);
    const dates = separate ? contract(random, base, 5, pick(random, [0, 1, 2, 3])) : coreContract;
    rows.push({
      orgCode,
      name: NAMES[business] ?? `${business}システム`,
      business,
      unit: STANDARD_UNITS[business] ?? '市民課',
      vendor: vendor.vendor,
      product: separate ? `${vendor.product}（${business}）` : vendor.product,
      hosting: m.done ? 'ガバメントクラウド' : pick(random, ['オンプレミス', 'オンプレミス', 'クラウド']),
      ...dates,
      yearlyCost: between(random, [1.5e6 * scale, 9e6 * scale]),
      users: Math.round((5 + random() * 40) * scale),
      personalData: true,
      status: dates.contractEnd.slice(0, 4) <= String(base + 1) ? '更新予定' : '稼働中',
      migrationStep: m.step,
      migrationTargetDate: m.target,
    });
  }
  const joint = JOINT_SYSTEMS.filter((j) => j.participants.includes(orgName));
  const kinds = shuffled(random, MUNICIPAL_OTHER_SYSTEMS);
  // Shared services first, so every participant of a joint system records it in its 台帳.
  kinds.sort(
    (a, b) =>
      Number(joint.some((j) => j.service === b.category)) -
      Number(joint.some((j) => j.service === a.category)),
  );
  for (const kind of kinds.slice(0, count - rows.length)) {
    const shared = joint.find((j) => j.service === kind.category);
    rows.push({
      orgCode,
      name: kind.name,
      business: 'その他',
      category: kind.category,
      unit: kind.unit,
      vendor: shared?.vendor ?? pick(random, OTHER_VENDORS),
      product: shared?.product ?? null,
      hosting: kind.hosting,
      ...(shared
        ? { contractStart: shared.contractStart, contractEnd: shared.contractEnd }
        : contract(random, base, pick(random, [3, 5, 5]), pick(random, [0, 1, 2, 3, 4]))),
      yearlyCost: between(random, [kind.cost[0] * Math.max(0.5, scale), kind.cost[1] * Math.max(0.5, scale)]),
      users: Math.round((3 + random() * 60) * scale),
      personalData: kind.personalData,
      status: random() < 0.04 ? '廃止予定' : '稼働中',
      note: shared ? `${shared.name}（県・市町共同利用）` : null,
    });
  }
  return rows;
}

function prefectureSystems(random: Random, now: Date): DemoSystem[] {
  const base = currentFiscalYear(now);
  const variants = [
    'システム',
    '管理システム',
    'データベース',
    '公開サイト',
    '連携システム',
    '受付システム',
    '（旧）システム',
  ];
  const candidates: { name: string; unit: string; subject: string }[] = [];
  for (const { bureau, sections } of PREFECTURE_UNITS) {
    for (const section of sections) {
      for (const subject of PREFECTURE_SUBJECTS[section] ?? []) {
        for (const variant of variants)
          candidates.push({ name: `${subject}${variant}`, unit: `${bureau} ${section}`, subject });
      }
    }
  }
  const chosen = shuffled(random, candidates).slice(0, PREFECTURE_SYSTEM_COUNT);
  chosen.sort((a, b) => a.unit.localeCompare(b.unit, 'ja') || a.name.localeCompare(b.name, 'ja'));
  return chosen.map((c): DemoSystem => {
    const kind = pick(random, PREFECTURE_SYSTEM_KINDS);
    const old = c.name.includes('（旧）');
    return {
      orgCode: PREFECTURE,
      name: old ? `${c.name.replace('（旧）', '')}（旧）` : c.name,
      business: 'その他',
      category: c.subject,
      unit: c.unit,
      vendor: pick(random, OTHER_VENDORS),
      product: null,
      hosting: kind.hosting,
      ...contract(random, base, pick(random, [3, 5, 5, 7]), pick(random, [0, 1, 1, 2, 3, 4])),
      yearlyCost: between(random, kind.cost),
      users: Math.round(5 + random() * 300),
      personalData: kind.personalData,
      status: old ? '廃止予定' : random() < 0.05 ? '更新予定' : '稼働中',
    };
  });
}

/**
 * The demo 台帳: 455 systems of the prefecture and 465 of the 23 市町 (seed p.25), deterministic for a
 * given day (contract dates are placed relative to the current 年度 so renewals and alerts lie ahead).
 */
export function buildInventoryDemo(now: Date = new Date()): DemoSystem[] {
  const random = seededRandom(20240625);
  const rows = prefectureSystems(random, now);
  for (const body of readBodies()) {
    const count = MUNICIPAL_SYSTEM_COUNTS[body.name];
    if (count === undefined) continue;
    rows.push(...municipalSystems(random, body.code, body.name, count, now));
  }
  return rows;
}

/** Loads the demo 台帳 (one transaction, one audit entry) and the joint-use systems of p.27. */
export async function loadInventoryDemo(db: Db, actor: Actor, now: Date = new Date()): Promise<number> {
  const rows = buildInventoryDemo(now);
  const loaded = await loadSystems(db, actor, rows, 'demo');
  await loadJointSystemsDemo(db, actor, rows);
  return loaded;
}
