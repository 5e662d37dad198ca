/**
 * The posts of the program document p.13 (and the prefecture's own DX posts), as demo data.
 * `key` links posts to the assignments of people-demo-data.ts. Budgets are illustrative. Unit and
 * title are the deck's: 竹原市 gives only its 課 (「企画政策課」), 坂町 neither (shown as 未定).
 */
export type DemoPost = {
  key: string;
  org: string;
  unit: string;
  title: string;
  duties: string;
  wantedJobType: string;
  fromFiscalYear: number;
  note?: string;
};

/** p.13: the 15 市町 posts filled by 県情報職等 共通人材 (R4〜R6). */
export const MUNICIPAL_POSTS: DemoPost[] = [
  {
    key: 'kure',
    org: '呉市',
    unit: '行政改革デジタル推進第２課',
    title: '課長補佐',
    duties: '業務改革（BPR）の推進／業務改善ツール活用の技術的支援',
    wantedJobType: 'business_designer',
    fromFiscalYear: 2024,
  },
  {
    key: 'takehara',
    org: '竹原市',
    unit: '企画政策課',
    title: '',
    duties: 'DX推進方針に基づく取組の推進（窓口改革）／庁舎移転に係る基盤整備、各種情報システムの更新等',
    wantedJobType: 'project_manager',
    fromFiscalYear: 2024,
  },
  {
    key: 'fuchu-shi',
    org: '府中市',
    unit: 'DX推進課',
    title: 'プロセス改革担当監',
    duties: '情報政策にかかる企画立案業務／市民サービスの向上に向けたICT導入推進',
    wantedJobType: 'business_designer',
    fromFiscalYear: 2024,
  },
  {
    key: 'shobara',
    org: '庄原市',
    unit: '企画課',
    title: '専門員',
    duties:
      '庄原市地域情報化計画の見直し及び各事業のマネジメント／基幹システムの標準化支援、情報セキュリティ基準の改定等',
    wantedJobType: 'service_manager',
    fromFiscalYear: 2024,
  },
  {
    key: 'fuchu-cho',
    org: '府中町',
    unit: '情報管理課',
    title: '専門員',
    duties: 'DX推進計画の策定、DX推進部門の体制整理／オンライン申請推進、デジタル技術を活用した事務改善等',
    wantedJobType: 'business_designer',
    fromFiscalYear: 2024,
  },
  {
    key: 'kumano',
    org: '熊野町',
    unit: '政策企画課',
    title: '専門員',
    duties: '基幹業務システムの標準化支援／各課業務のデジタル化、法改正対応支援',
    wantedJobType: 'service_manager',
    fromFiscalYear: 2024,
  },
  {
    key: 'saka',
    org: '坂町',
    unit: '',
    title: '',
    duties: 'DX推進計画の策定（見直し）及び実装／DX関連業務及び情報システム管理業務',
    wantedJobType: 'project_manager',
    fromFiscalYear: 2024,
    note: '年度中途',
  },
  {
    key: 'kitahiroshima',
    org: '北広島町',
    unit: '総務課',
    title: 'DX推進監',
    duties: '「北広島町ＤＸ加速化戦略」の推進／デジタル広報の構築等',
    wantedJobType: 'business_designer',
    fromFiscalYear: 2024,
  },
  {
    key: 'mihara',
    org: '三原市',
    unit: 'デジタル化戦略課',
    title: '主幹',
    duties: '業務改善活動実施支援／デジタル化推進、ITガバナンスに係る支援等',
    wantedJobType: 'project_manager',
    fromFiscalYear: 2022,
  },
  {
    key: 'etajima',
    org: '江田島市',
    unit: 'デジタル推進室',
    title: 'CIO補佐官',
    duties: '江田島市デジタルビジョンの推進／業務効率化、職員研修の実施等',
    wantedJobType: 'business_designer',
    fromFiscalYear: 2022,
  },
  {
    key: 'hatsukaichi',
    org: '廿日市市',
    unit: 'デジタル推進課',
    title: '課長',
    duties: 'ＤＸ推進計画掲載事業の進行管理／オープンデータ推進の方向性の企画及び調整',
    wantedJobType: 'project_manager',
    fromFiscalYear: 2022,
  },
  {
    key: 'otake',
    org: '大竹市',
    unit: '企画財政課',
    title: '課長補佐',
    duties: 'ＤＸ推進計画の策定／セキュリティポリシーの改定',
    wantedJobType: 'security_specialist',
    fromFiscalYear: 2023,
  },
  {
    key: 'kaita',
    org: '海田町',
    unit: 'デジタル推進課',
    title: '課長',
    duties: 'ＤＸ推進計画の策定／デジタルツールを活用した業務改革の推進',
    wantedJobType: 'business_designer',
    fromFiscalYear: 2023,
  },
  {
    key: 'akiota',
    org: '安芸太田町',
    unit: '企画課',
    title: '主幹',
    duties: 'デジタルツールを活用した業務改革の推進／デジタル化推進に係る職員の育成',
    wantedJobType: 'business_designer',
    fromFiscalYear: 2023,
  },
  {
    key: 'osakikamijima',
    org: '大崎上島町',
    unit: '企画課',
    title: '課長補佐',
    duties: 'ＤＸ推進計画の策定／職員間連携基盤（ゼロトラスト環境）構築',
    wantedJobType: 'infrastructure_engineer',
    fromFiscalYear: 2023,
  },
];

/** Posts of the three 先行市町 filled by their own staff registered as 共通人材 (市町情報職相当, p.20). */
export const MUNICIPAL_OWN_POSTS: DemoPost[] = ['三原市', '江田島市', '廿日市市'].flatMap((org, i) =>
  [1, 2].map((n) => ({
    key: `own-${i}-${n}`,
    org,
    unit: org === '江田島市' ? 'デジタル推進室' : org === '三原市' ? 'デジタル化戦略課' : 'デジタル推進課',
    title: n === 1 ? '主任（情報システム）' : '主事（情報システム）',
    duties:
      n === 1
        ? '基幹業務システムの標準化・ガバメントクラウド移行'
        : '庁内ネットワーク・端末管理、業務アプリの内製',
    wantedJobType: n === 1 ? 'service_manager' : 'infrastructure_engineer',
    fromFiscalYear: 2024,
  })),
);

/** The prefecture's own posts for 情報職 (DX推進チーム and the 情報システム部門). */
export const PREFECTURE_POSTS: DemoPost[] = [
  ['DX推進チーム', 'DX企画担当', 'business_designer'],
  ['DX推進チーム', '市町DX支援担当', 'project_manager'],
  ['DX推進チーム', 'データ利活用担当', 'data_scientist'],
  ['DX推進チーム', 'AI・先端技術担当', 'advanced_tech_engineer'],
  ['情報システム課', 'システム最適化担当', 'system_architect'],
  ['情報システム課', '共同調達担当', 'project_manager'],
  ['情報システム課', 'ネットワーク担当', 'infrastructure_engineer'],
  ['情報システム課', '基盤運用担当', 'service_manager'],
  ['情報セキュリティ対策室', 'セキュリティ監視担当', 'security_specialist'],
  ['情報セキュリティ対策室', 'ポリシー担当', 'security_specialist'],
  ['デジタル県庁推進課', '電子申請担当', 'application_engineer'],
  ['デジタル県庁推進課', 'UI/UX改善担当', 'ux_designer'],
  ['デジタル県庁推進課', '内製開発担当', 'application_engineer'],
  ['健康福祉局 DX担当', 'システム調整担当', 'system_architect'],
  ['商工労働局 DX担当', 'データ分析担当', 'data_scientist'],
  ['DX推進チーム', '人材育成担当', 'business_designer'],
  ['情報システム課', '標準化・ガバクラ担当', 'service_manager'],
].map(([unit, title, job], i) => ({
  key: `pref-${i + 1}`,
  org: '広島県',
  unit: unit ?? '',
  title: title ?? '',
  duties: `${unit}における${title}の業務`,
  wantedJobType: job ?? 'business_designer',
  fromFiscalYear: 2021,
}));
