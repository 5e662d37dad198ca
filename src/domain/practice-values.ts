/**
 * The vocabulary of DX施策・好事例: the registers an initiative belongs to, where it stands, and the
 * themes offered for it. The database, the API's schemas and the web forms all take these from here.
 *
 * Pure module: no imports outside src/domain, no npm dependencies.
 */

/** The registers of p.25 of the program document, plus good cases reported later. */
export const PRACTICE_CATEGORY_VALUES = [
  '県DX関連事業',
  'デジ田交付金 交付決定事業',
  'デジ田交付金 実施計画書',
  '総務省調査',
  '好事例',
  'その他',
] as const;

/** Where an initiative stands. */
export const PRACTICE_STATUS_VALUES = ['計画中', '実施中', '完了', '中止'] as const;

/** Themes suggested in forms, filters and demo data (others may be written freely). */
export const SUGGESTED_THEMES: readonly string[] = Object.freeze([
  '窓口',
  '生成AI',
  'RPA',
  'ネットワーク',
  '標準化',
  'オンライン申請',
  'キャッシュレス',
  'データ活用',
  '人材育成',
  '防災',
  '子育て',
  '観光',
  '農林水産',
  '医療・福祉',
  '教育',
  'スマートシティ',
  'テレワーク',
  'セキュリティ',
]);
