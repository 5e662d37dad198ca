/**
 * The 20 標準化対象業務: the businesses whose systems every 市町村 must move to the national standard
 * specifications (地方公共団体情報システムの標準化に関する法律, 令和3年法律第40号) and, as a rule, onto
 * the ガバメントクラウド — and the steps of that migration.
 *
 * Pure module: no imports outside src/domain, no npm dependencies.
 */

/** The 20 標準化対象業務, in the order of the government's list. */
export const STANDARD_BUSINESSES = [
  '住民基本台帳',
  '戸籍',
  '戸籍の附票',
  '印鑑登録',
  '選挙人名簿管理',
  '固定資産税',
  '個人住民税',
  '法人住民税',
  '軽自動車税',
  '国民健康保険',
  '国民年金',
  '障害者福祉',
  '後期高齢者医療',
  '介護保険',
  '児童手当',
  '生活保護',
  '健康管理',
  '就学',
  '児童扶養手当',
  '子ども・子育て支援',
] as const;

/** One of the 20 標準化対象業務. */
export type StandardBusiness = (typeof STANDARD_BUSINESSES)[number];

/** The business of every system outside the 20 (財務会計, 文書管理, 電子申請 …). */
export const OTHER_BUSINESS = 'その他';

/** Every value a system's business may take: the 20, then その他. */
export const BUSINESSES = [...STANDARD_BUSINESSES, OTHER_BUSINESS] as const;

/** A system's business. */
export type Business = (typeof BUSINESSES)[number];

/** Whether `business` is one of the 20 標準化対象業務. */
export function isStandardBusiness(business: string): business is StandardBusiness {
  return (STANDARD_BUSINESSES as readonly string[]).includes(business);
}

/**
 * Steps of a system's move to the standard specification and the ガバメントクラウド, in order.
 * Recorded only for systems of the 20 businesses.
 */
export const MIGRATION_STEPS = ['未着手', '計画策定', '事業者選定', '移行作業中', '移行完了'] as const;

/** A step of the standardisation / ガバメントクラウド migration. */
export type MigrationStep = (typeof MIGRATION_STEPS)[number];

/** The step that counts as done. */
export const MIGRATION_DONE: MigrationStep = '移行完了';

/**
 * The national target date for the migration: the end of 令和7年度 (FY2025). Systems with a later
 * target date are 移行困難システム and need a separate plan.
 */
export const STANDARDISATION_DEADLINE = '2026-03-31';

/** Short or older names people write for the 20 businesses in their spreadsheets. */
const ALIASES: Readonly<Record<string, StandardBusiness>> = Object.freeze({
  住基: '住民基本台帳',
  住民記録: '住民基本台帳',
  戸籍附票: '戸籍の附票',
  附票: '戸籍の附票',
  印鑑証明: '印鑑登録',
  選挙: '選挙人名簿管理',
  固定資産: '固定資産税',
  住民税: '個人住民税',
  個人住民: '個人住民税',
  法人住民: '法人住民税',
  軽自動車: '軽自動車税',
  国保: '国民健康保険',
  年金: '国民年金',
  障害福祉: '障害者福祉',
  後期高齢: '後期高齢者医療',
  介護: '介護保険',
  児童扶養: '児童扶養手当',
  子ども子育て支援: '子ども・子育て支援',
  子育て支援: '子ども・子育て支援',
  健康: '健康管理',
  学齢簿: '就学',
});

function key(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s・･]/gu, '')
    .replace(/(業務|システム)$/u, '');
}

const BY_KEY: ReadonlyMap<string, Business> = new Map<string, Business>([
  ...BUSINESSES.map((b) => [key(b), b] as const),
  ...Object.entries(ALIASES).map(([alias, b]) => [key(alias), b] as const),
  [key('その他業務'), OTHER_BUSINESS],
  [key('他'), OTHER_BUSINESS],
]);

/**
 * The business that `text` names, tolerant of the ways spreadsheets write it: full-width/half-width
 * forms, spaces and 中黒 ignored, a trailing 業務 or システム dropped, common short names (住基, 国保,
 * 介護 …). Returns undefined when `text` names none of them.
 */
export function resolveBusiness(text: string): Business | undefined {
  return BY_KEY.get(key(text));
}
