/**
 * The 10 job types (ジョブタイプ) of the 広島県情報システム人材育成プラン (program document p.9).
 * Pure module.
 */
export const JOB_TYPES = [
  {
    code: 'business_designer',
    no: 1,
    name: 'ビジネスデザイナー',
    description: 'DXやデジタルビジネスの企画・立案・推進等を担う',
  },
  {
    code: 'system_architect',
    no: 2,
    name: 'システムアーキテクト',
    description: 'DX・ビジネスに関するシステムの設計～実装を担う',
  },
  {
    code: 'data_scientist',
    no: 3,
    name: 'データサイエンティスト',
    description: '事業・業務に精通したデータ解析・分析ができる',
  },
  {
    code: 'project_manager',
    no: 4,
    name: 'プロジェクトマネージャー',
    description: 'DXやデジタルビジネスの実現を主導する',
  },
  {
    code: 'ux_designer',
    no: 5,
    name: 'UI/UXデザイナー',
    description: '情報システムのユーザー向けデザインを担う',
  },
  {
    code: 'application_engineer',
    no: 6,
    name: 'アプリケーションエンジニア',
    description: '情報システムの開発・実装等を担う',
  },
  {
    code: 'infrastructure_engineer',
    no: 7,
    name: 'インフラエンジニア',
    description: '情報インフラの構築・保守等を担う',
  },
  {
    code: 'security_specialist',
    no: 8,
    name: 'セキュリティスペシャリスト',
    description: '情報セキュリティに配慮した設計・構築等を担う',
  },
  {
    code: 'service_manager',
    no: 9,
    name: 'サービスマネージャー',
    description: 'システムの導入・運用・保守を担う',
  },
  {
    code: 'advanced_tech_engineer',
    no: 10,
    name: '先端技術エンジニア',
    description: 'AI，ブロックチェーンなどの先進的な技術を担う',
  },
] as const;

export type JobTypeCode = (typeof JOB_TYPES)[number]['code'];

export const JOB_TYPE_CODES: readonly JobTypeCode[] = JOB_TYPES.map((j) => j.code);

const BY_CODE = new Map<string, (typeof JOB_TYPES)[number]>(JOB_TYPES.map((j) => [j.code, j]));

/** The job type of a code, or undefined. */
export function jobTypeOf(code: string): (typeof JOB_TYPES)[number] | undefined {
  return BY_CODE.get(code);
}

/** Accepts a code or the Japanese name (as in a CSV) and answers the code, or undefined. */
export function parseJobType(text: string): JobTypeCode | undefined {
  const t = text.normalize('NFKC').trim();
  return JOB_TYPES.find((j) => j.code === t || j.name.normalize('NFKC') === t || String(j.no) === t)?.code;
}
