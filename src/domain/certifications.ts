/**
 * IPA 情報処理技術者試験 and 情報処理安全確保支援士 (the certifications the skill sheet counts).
 * `level` is the exam's ITSS level (1–4); 応用情報 (AP) is level 3, the 高度試験 level 4.
 * Pure module.
 */
export const CERTIFICATIONS = [
  { code: 'IP', name: 'ITパスポート試験', level: 1 },
  { code: 'SG', name: '情報セキュリティマネジメント試験', level: 2 },
  { code: 'FE', name: '基本情報技術者試験', level: 2 },
  { code: 'AP', name: '応用情報技術者試験', level: 3 },
  { code: 'ST', name: 'ITストラテジスト試験', level: 4 },
  { code: 'SA', name: 'システムアーキテクト試験', level: 4 },
  { code: 'PM', name: 'プロジェクトマネージャ試験', level: 4 },
  { code: 'NW', name: 'ネットワークスペシャリスト試験', level: 4 },
  { code: 'DB', name: 'データベーススペシャリスト試験', level: 4 },
  { code: 'ES', name: 'エンベデッドシステムスペシャリスト試験', level: 4 },
  { code: 'SM', name: 'ITサービスマネージャ試験', level: 4 },
  { code: 'AU', name: 'システム監査技術者試験', level: 4 },
  { code: 'SC', name: '情報処理安全確保支援士試験', level: 4 },
] as const;

export type CertificationCode = (typeof CERTIFICATIONS)[number]['code'];

export const CERTIFICATION_CODES: readonly CertificationCode[] = CERTIFICATIONS.map((c) => c.code);

/** The exam of a code, or undefined. */
export function certificationOf(code: string): (typeof CERTIFICATIONS)[number] | undefined {
  return CERTIFICATIONS.find((c) => c.code === code);
}

/** 応用情報技術者試験 or a higher (level 4) exam — the bar for 初任給調整手当. */
export function isApplicationLevelOrHigher(code: string): boolean {
  return (certificationOf(code)?.level ?? 0) >= 3;
}
