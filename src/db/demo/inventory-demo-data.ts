/**
 * Vocabulary of the demo 情報システム台帳. Every vendor and product here is invented (marked 架空);
 * the shapes — a few core-package vendors per 市町, shared services, many departmental systems at the
 * prefecture — follow what such 台帳 look like, not any real market share.
 */

/** Systems per 市町: 465 in all (seed p.25), larger cities more. */
export const MUNICIPAL_SYSTEM_COUNTS: Readonly<Record<string, number>> = {
  広島市: 38,
  福山市: 32,
  呉市: 27,
  東広島市: 25,
  尾道市: 24,
  廿日市市: 22,
  三原市: 22,
  三次市: 20,
  府中市: 19,
  庄原市: 19,
  大竹市: 18,
  竹原市: 18,
  安芸高田市: 18,
  江田島市: 18,
  府中町: 18,
  海田町: 17,
  熊野町: 16,
  坂町: 15,
  安芸太田町: 15,
  北広島町: 17,
  大崎上島町: 15,
  世羅町: 16,
  神石高原町: 16,
};

/** Systems of the prefecture (seed p.25). */
export const PREFECTURE_SYSTEM_COUNT = 455;

/** Core-package vendors of the 20 businesses, with weights (invented shares). */
export const CORE_VENDORS: readonly { vendor: string; product: string; weight: number }[] = [
  { vendor: '瀬戸内システム株式会社（架空）', product: 'せとうち住民情報 V5', weight: 30 },
  { vendor: '中国情報開発株式会社（架空）', product: 'まちの窓 標準準拠版', weight: 22 },
  { vendor: '芸予データサービス株式会社（架空）', product: 'GEIYO 行政基幹', weight: 15 },
  { vendor: '安芸ソフトウェア株式会社（架空）', product: 'AKI-Gov 基幹', weight: 12 },
  { vendor: '備後コンピュータ株式会社（架空）', product: 'びんご総合行政システム', weight: 12 },
  { vendor: '宮島ITソリューションズ株式会社（架空）', product: 'MIYAJIMA 自治体クラウド', weight: 9 },
];

/** Businesses often run on a separate product from the core package. */
export const SEPARATE_PRODUCT_BUSINESSES = ['健康管理', '就学', '子ども・子育て支援', '生活保護'] as const;

/** Vendors of departmental and shared systems. */
export const OTHER_VENDORS: readonly string[] = [
  'しまなみ情報サービス株式会社（架空）',
  '太田川ネットワークス株式会社（架空）',
  '県央データ株式会社（架空）',
  'もみじクラウド株式会社（架空）',
  '鞆の浦ソリューションズ株式会社（架空）',
  '帝釈峡テクノロジー株式会社（架空）',
  '中国情報開発株式会社（架空）',
  '瀬戸内システム株式会社（架空）',
  '音戸システムズ合同会社（架空）',
  '三段峡データ株式会社（架空）',
];

/** Systems outside the 20 that a 市町 keeps: category, unit, hosting, personal data, cost range (yen). */
export type OtherSystem = {
  name: string;
  category: string;
  unit: string;
  hosting: 'オンプレミス' | 'クラウド' | 'LGWAN-ASP';
  personalData: boolean;
  cost: readonly [number, number];
};

export const MUNICIPAL_OTHER_SYSTEMS: readonly OtherSystem[] = [
  {
    name: '財務会計システム',
    category: '財務会計',
    unit: '財政課',
    hosting: 'オンプレミス',
    personalData: true,
    cost: [3e6, 18e6],
  },
  {
    name: '人事給与システム',
    category: '人事給与',
    unit: '総務課',
    hosting: 'オンプレミス',
    personalData: true,
    cost: [2e6, 12e6],
  },
  {
    name: '文書管理・電子決裁システム',
    category: '文書管理',
    unit: '総務課',
    hosting: 'LGWAN-ASP',
    personalData: false,
    cost: [1e6, 8e6],
  },
  {
    name: '電子申請システム',
    category: '電子申請',
    unit: 'デジタル推進課',
    hosting: 'LGWAN-ASP',
    personalData: true,
    cost: [3e5, 2e6],
  },
  {
    name: '公共施設予約システム',
    category: '公共施設予約',
    unit: '生涯学習課',
    hosting: 'クラウド',
    personalData: true,
    cost: [2e5, 1.5e6],
  },
  {
    name: '電子入札システム',
    category: '電子入札',
    unit: '契約管財課',
    hosting: 'クラウド',
    personalData: false,
    cost: [3e5, 2e6],
  },
  {
    name: 'グループウェア',
    category: 'グループウェア',
    unit: '情報政策課',
    hosting: 'LGWAN-ASP',
    personalData: false,
    cost: [5e5, 4e6],
  },
  {
    name: '例規データベース',
    category: '例規',
    unit: '総務課',
    hosting: 'LGWAN-ASP',
    personalData: false,
    cost: [3e5, 1.5e6],
  },
  {
    name: '統合型GIS',
    category: 'GIS',
    unit: '都市計画課',
    hosting: 'クラウド',
    personalData: false,
    cost: [1e6, 6e6],
  },
  {
    name: '図書館システム',
    category: '図書館',
    unit: '図書館',
    hosting: 'クラウド',
    personalData: true,
    cost: [1e6, 7e6],
  },
  {
    name: '上下水道料金システム',
    category: '上下水道料金',
    unit: '上下水道課',
    hosting: 'オンプレミス',
    personalData: true,
    cost: [2e6, 10e6],
  },
  {
    name: '滞納整理システム',
    category: '収納・滞納',
    unit: '収納課',
    hosting: 'オンプレミス',
    personalData: true,
    cost: [1e6, 5e6],
  },
  {
    name: 'ホームページCMS',
    category: 'ホームページ',
    unit: '広報課',
    hosting: 'クラウド',
    personalData: false,
    cost: [5e5, 3e6],
  },
  {
    name: '議会会議録検索システム',
    category: '議会',
    unit: '議会事務局',
    hosting: 'クラウド',
    personalData: false,
    cost: [3e5, 1.2e6],
  },
  {
    name: '庁内ネットワーク・端末管理',
    category: 'ネットワーク',
    unit: '情報政策課',
    hosting: 'オンプレミス',
    personalData: false,
    cost: [3e6, 2e7],
  },
  {
    name: 'AI-OCR・RPA',
    category: 'RPA',
    unit: 'デジタル推進課',
    hosting: 'LGWAN-ASP',
    personalData: true,
    cost: [5e5, 3e6],
  },
  {
    name: '住民向けチャットボット',
    category: 'チャットボット',
    unit: 'デジタル推進課',
    hosting: 'クラウド',
    personalData: false,
    cost: [2e5, 1.5e6],
  },
  {
    name: '防災情報システム',
    category: '防災',
    unit: '危機管理課',
    hosting: 'クラウド',
    personalData: true,
    cost: [1e6, 8e6],
  },
  {
    name: '戸別受信機管理システム',
    category: '防災',
    unit: '危機管理課',
    hosting: 'オンプレミス',
    personalData: true,
    cost: [3e5, 2e6],
  },
  {
    name: '書かない窓口システム',
    category: '窓口',
    unit: '市民課',
    hosting: 'LGWAN-ASP',
    personalData: true,
    cost: [1e6, 5e6],
  },
];

/** Units of a 市町 that run each of the 20 businesses. */
export const STANDARD_UNITS: Readonly<Record<string, string>> = {
  住民基本台帳: '市民課',
  戸籍: '市民課',
  戸籍の附票: '市民課',
  印鑑登録: '市民課',
  選挙人名簿管理: '選挙管理委員会事務局',
  固定資産税: '税務課',
  個人住民税: '税務課',
  法人住民税: '税務課',
  軽自動車税: '税務課',
  国民健康保険: '保険年金課',
  国民年金: '保険年金課',
  障害者福祉: '福祉課',
  後期高齢者医療: '保険年金課',
  介護保険: '高齢者福祉課',
  児童手当: '子育て支援課',
  生活保護: '福祉課',
  健康管理: '健康増進課',
  就学: '教育総務課',
  児童扶養手当: '子育て支援課',
  '子ども・子育て支援': '子育て支援課',
};

/** The prefecture's departments (局) and their sections (課), for its 455 departmental systems. */
export const PREFECTURE_UNITS: readonly { bureau: string; sections: readonly string[] }[] = [
  { bureau: '総務局', sections: ['総務課', '人事課', '財政課', '税務課', '情報システム課'] },
  { bureau: 'デジタル推進本部', sections: ['DX推進チーム', 'デジタル基盤課'] },
  { bureau: '健康福祉局', sections: ['医療介護政策課', '健康危機管理課', '障害者支援課', 'こども家庭課'] },
  { bureau: '環境県民局', sections: ['環境保全課', '産業廃棄物対策課', '県民活動課'] },
  { bureau: '商工労働局', sections: ['産業政策課', '雇用労働政策課', '観光課'] },
  { bureau: '農林水産局', sections: ['農業経営発展課', '森林保全課', '水産課'] },
  {
    bureau: '土木建築局',
    sections: ['道路整備課', '河川課', '砂防課', '都市計画課', '建築課', '港湾振興課'],
  },
  { bureau: '教育委員会', sections: ['教職員課', '学校経営企画課', '生涯学習課'] },
  { bureau: '会計管理部', sections: ['会計課'] },
  { bureau: '危機管理監', sections: ['危機管理課', '消防保安課'] },
];

/** Kinds of departmental system the prefecture runs, with typical hosting and costs. */
export const PREFECTURE_SYSTEM_KINDS: readonly {
  name: string;
  category: string;
  hosting: 'オンプレミス' | 'クラウド' | 'LGWAN-ASP';
  personalData: boolean;
  cost: readonly [number, number];
}[] = [
  {
    name: '業務管理システム',
    category: '業務管理',
    hosting: 'オンプレミス',
    personalData: true,
    cost: [1e6, 2e7],
  },
  {
    name: '申請受付システム',
    category: '電子申請',
    hosting: 'クラウド',
    personalData: true,
    cost: [5e5, 5e6],
  },
  {
    name: '台帳管理システム',
    category: '台帳管理',
    hosting: 'オンプレミス',
    personalData: false,
    cost: [1e6, 1.5e7],
  },
  {
    name: '情報提供システム',
    category: '情報提供',
    hosting: 'クラウド',
    personalData: false,
    cost: [3e5, 4e6],
  },
  { name: 'GIS', category: 'GIS', hosting: 'クラウド', personalData: false, cost: [1e6, 1e7] },
  {
    name: '統計・分析システム',
    category: 'データ分析',
    hosting: 'クラウド',
    personalData: false,
    cost: [5e5, 6e6],
  },
  {
    name: '監視・観測システム',
    category: '監視・観測',
    hosting: 'オンプレミス',
    personalData: false,
    cost: [2e6, 4e7],
  },
  {
    name: '補助金交付管理システム',
    category: '補助金',
    hosting: 'LGWAN-ASP',
    personalData: true,
    cost: [5e5, 5e6],
  },
  {
    name: '許認可管理システム',
    category: '許認可',
    hosting: 'オンプレミス',
    personalData: true,
    cost: [1e6, 1.2e7],
  },
  { name: '予約・受付システム', category: '予約', hosting: 'クラウド', personalData: true, cost: [2e5, 2e6] },
];

/** What each of the prefecture's sections looks after, to name its systems. */
export const PREFECTURE_SUBJECTS: Readonly<Record<string, readonly string[]>> = {
  総務課: ['公文書', '情報公開', '私学振興'],
  人事課: ['人事給与', '勤務管理', '研修'],
  財政課: ['予算編成', '財務会計', '県有財産'],
  税務課: ['県税総合', '自動車税', '個人事業税'],
  情報システム課: ['庁内ネットワーク', '共通基盤', 'セキュリティ監視'],
  DX推進チーム: ['データ連携基盤', 'オープンデータ', 'ひろしまサンドボックス'],
  デジタル基盤課: ['電子申請', '電子入札', '公共施設予約'],
  医療介護政策課: ['医療機関情報', '介護事業所指定', '救急医療情報'],
  健康危機管理課: ['感染症情報', '食品衛生', '薬事'],
  障害者支援課: ['障害福祉サービス事業所', '手帳交付'],
  こども家庭課: ['児童相談', '保育所指導', 'ひとり親支援'],
  環境保全課: ['大気監視', '水質測定', '環境影響評価'],
  産業廃棄物対策課: ['産業廃棄物処理業許可', 'マニフェスト監視'],
  県民活動課: ['NPO法人', '旅券発給'],
  産業政策課: ['企業立地', '中小企業支援'],
  雇用労働政策課: ['職業訓練', '就労支援'],
  観光課: ['観光情報', '宿泊統計'],
  農業経営発展課: ['農地情報', '担い手支援', '鳥獣被害'],
  森林保全課: ['森林GIS', '林地開発許可'],
  水産課: ['漁業許可', '漁獲統計'],
  道路整備課: ['道路台帳', '道路占用', '橋梁点検'],
  河川課: ['河川情報', '水位観測', 'ダム管理'],
  砂防課: ['土砂災害警戒', '砂防設備台帳'],
  都市計画課: ['都市計画基礎調査', '開発許可'],
  建築課: ['建築確認', '県営住宅'],
  港湾振興課: ['港湾施設', '港湾利用'],
  教職員課: ['教職員人事', '教職員給与'],
  学校経営企画課: ['校務支援', '学習用端末管理', '入学者選抜'],
  生涯学習課: ['県立図書館', '社会教育施設予約'],
  会計課: ['出納', '物品調達'],
  危機管理課: ['防災情報', '災害時情報共有', '避難所情報'],
  消防保安課: ['火薬類許可', '高圧ガス保安'],
};
