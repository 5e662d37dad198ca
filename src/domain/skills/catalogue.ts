/**
 * The skill catalogue: categories → items. Categories follow the five of IPA's デジタルスキル標準
 * (DX推進スキル標準: ビジネス変革, デザイン, データ活用, テクノロジー, セキュリティ, パーソナルスキル),
 * plus 行政知識, which the program treats as the other half of an 情報職 (p.7–8, p.10).
 * Codes are stable: skill sheets store them.
 * Pure module.
 */
export const SKILL_CATEGORIES = [
  {
    code: 'business',
    name: 'ビジネス変革',
    items: [
      { code: 'strategy', name: 'DX戦略の策定・推進' },
      { code: 'bpr', name: '業務改革（BPR）' },
      { code: 'requirements', name: '企画・要件定義' },
      { code: 'project_management', name: 'プロジェクトマネジメント' },
      { code: 'procurement', name: '調達・ベンダーマネジメント' },
    ],
  },
  {
    code: 'design',
    name: 'デザイン',
    items: [
      { code: 'service_design', name: 'サービスデザイン' },
      { code: 'ux_design', name: 'UI/UXデザイン' },
      { code: 'user_research', name: '利用者調査・評価' },
    ],
  },
  {
    code: 'data',
    name: 'データ活用',
    items: [
      { code: 'data_analysis', name: 'データ分析・統計' },
      { code: 'data_platform', name: 'データ基盤・EBPM' },
      { code: 'open_data', name: 'オープンデータ' },
    ],
  },
  {
    code: 'technology',
    name: 'テクノロジー',
    items: [
      { code: 'architecture', name: 'システム設計・アーキテクチャ' },
      { code: 'software_dev', name: 'アプリケーション開発' },
      { code: 'infrastructure', name: 'ネットワーク・インフラ' },
      { code: 'cloud', name: 'クラウド・ガバメントクラウド' },
      { code: 'service_operations', name: '運用・サービスマネジメント' },
      { code: 'ai_advanced', name: 'AI・先端技術' },
    ],
  },
  {
    code: 'security',
    name: 'セキュリティ',
    items: [
      { code: 'security_management', name: 'セキュリティマネジメント・ポリシー' },
      { code: 'security_engineering', name: 'セキュリティ対策技術' },
    ],
  },
  {
    code: 'government',
    name: '行政知識',
    items: [
      { code: 'municipal_standardisation', name: '自治体業務・標準化' },
      { code: 'law_privacy', name: '法令・個人情報保護' },
    ],
  },
  {
    code: 'personal',
    name: 'パーソナルスキル',
    items: [
      { code: 'communication', name: 'コミュニケーション・合意形成' },
      { code: 'teaching', name: '研修・人材育成' },
    ],
  },
] as const;

type Category = (typeof SKILL_CATEGORIES)[number];
export type SkillItemCode = Category['items'][number]['code'];

/** Every item with its category, in catalogue order. */
export const SKILL_ITEMS: readonly {
  code: SkillItemCode;
  name: string;
  categoryCode: string;
  categoryName: string;
}[] = SKILL_CATEGORIES.flatMap((c) =>
  c.items.map((i) => ({ code: i.code, name: i.name, categoryCode: c.code, categoryName: c.name })),
);

export const SKILL_ITEM_CODES: readonly SkillItemCode[] = SKILL_ITEMS.map((i) => i.code);

/** Whether a string is an item code of the catalogue. */
export function isSkillItemCode(code: string): code is SkillItemCode {
  return SKILL_ITEMS.some((i) => i.code === code);
}
