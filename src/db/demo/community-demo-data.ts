/**
 * The community of the program document as demo data: the CDO forum (p.24), the 担当者会議 (p.26) and
 * the ひろしまDX加速サイクル topics (p.19). Dates, agendas and titles are the seed's; cases are invented
 * from the posts' duties of p.13–16 and marked as demo.
 */

/** 県・市町CDOフォーラムのメンバー (p.24): 24 bodies and the two associations, with their titles. */
export const FORUM_MEMBERS: readonly (readonly [string, string])[] = [
  ['広島県', 'ＤＸ審議官'],
  ['広島市', '企画総務局長'],
  ['呉市', '副市長'],
  ['竹原市', '副市長'],
  ['三原市', 'デジタル化戦略監'],
  ['尾道市', '参事（スマートシティ推進担当）'],
  ['福山市', 'デジタル化担当部長'],
  ['府中市', '情報戦略統括監'],
  ['三次市', '副市長（ＣＤＯ）'],
  ['庄原市', '副市長'],
  ['大竹市', '副市長'],
  ['東広島市', 'ＤＸ推進監'],
  ['廿日市市', '副市長'],
  ['安芸高田市', '企画部長'],
  ['江田島市', '副市長'],
  ['府中町', '副町長'],
  ['海田町', '副町長'],
  ['熊野町', '副町長'],
  ['坂町', '政策監'],
  ['安芸太田町', '副町長'],
  ['北広島町', '副町長'],
  ['大崎上島町', '副町長'],
  ['世羅町', '副町長'],
  ['神石高原町', '副町長'],
  ['市長会', '事務局長'],
  ['町村会', '事務局長'],
];

type ForumMeeting = {
  heldOn: string;
  agenda: readonly string[];
  minutes: string;
  commitment?: {
    input: { title: string; detail: string; dueOn: string };
    done: { closedOn: string; resolution: string };
  };
};

/** 令和5年度開催実績 (p.24). */
export const CDO_FORUM_R5: readonly ForumMeeting[] = [
  {
    heldOn: '2023-05-12',
    agenda: ['DXShipの取組状況の共有', '意見交換'],
    minutes:
      '意見交換の結果、「書かない窓口」及び「自治体ネットワークの在り方」に係る担当者会議の設置についてコミットした。',
    commitment: {
      input: {
        title: '「書かない窓口」及び「自治体ネットワークの在り方」に係る担当者会議を設置する',
        detail: '県が事務局となり、市町の実務担当者による担当者会議を設置する（p.26）。',
        dueOn: '2023-10-31',
      },
      done: {
        closedOn: '2023-10-02',
        resolution:
          '担当者会議を設置し開催（書かない窓口：令和5年7月4日、自治体ネットワークのあり方：令和5年10月2日に初回）。',
      },
    },
  },
  {
    heldOn: '2023-10-31',
    agenda: ['DXShipの取組状況の共有', '生成AIの試行状況の共有', '窓口業務改革への取組状況', '意見交換'],
    minutes: '',
  },
  {
    heldOn: '2024-03-27',
    agenda: ['DXShipの取組状況の共有（Ｒ５年度総括及びＲ６年度の進め方）', '意見交換'],
    minutes: '令和6年度は3回程度開催する予定。',
  },
];

/** The 担当者会議 of p.26 (令和5年度実施状況). The network group met on 2023-10-02 and monthly after. */
export const WORKING_GROUPS_R5 = [
  {
    theme: '基幹業務システムの標準化',
    title: '自治体ＤＸ推進に係る広島県・市町担当者連絡調整会議（標準化）',
    agenda: ['「標準化」に関しての各市町間での意見交換、情報共有', 'デジタル庁職員による講演・助言'],
    dates: ['2023-07-04', '2023-12-08', '2024-02-29'],
  },
  {
    theme: '書かない窓口、ワンストップサービス、生成系AI',
    title: '自治体ＤＸ推進に係る広島県・市町担当者連絡調整会議（窓口業務改革）',
    agenda: [
      '窓口業務改革（書かない窓口）に関しての各市町間での意見交換',
      'デジタル庁の講演',
      '生成系AIの勉強会（特別企画）',
    ],
    dates: ['2023-07-04', '2023-10-02', '2024-01-26'],
  },
  {
    theme: '自治体ネットワークのあるべき姿',
    title: '「自治体ネットワークのあり方」に係る意見交換会',
    agenda: ['理想のネットワーク（あるべき姿）と現在の課題等に関する意見交換'],
    // 2023-10-02, then monthly (計６回); the days after the first are illustrative.
    dates: ['2023-10-02', '2023-11-06', '2023-12-04', '2024-01-15', '2024-02-05', '2024-03-04'],
  },
] as const;

/** Topics of the ひろしまDX加速サイクル, in turn. */
export const ACCELERATION_TOPICS = [
  '標準化・ガバメントクラウド移行の進捗共有',
  '電子申請の利用促進の工夫',
  '生成AIの庁内活用',
  'RPA・ローコードツールによる業務改善',
  '情報セキュリティポリシーの改定',
] as const;

/** Cases and problems reported from the posts (invented, demo). */
export const DEMO_CASES: readonly {
  org: string;
  kind: 'good_case' | 'problem';
  title: string;
  body: string;
  reportedOn: string;
  cycle?: number;
  resolvedOn?: string;
  /** Taken up since: the response so far and the good practice (by title) that answers it. */
  taken?: { status: 'in_progress' | 'resolved'; response: string; practiceTitle: string };
}[] = [
  {
    org: '江田島市',
    kind: 'good_case',
    title: 'DX計画の策定で職員からデジタル活用の提案を募集',
    body: 'アイデア募集に職員から162件の提案が寄せられ、DX計画に反映した（資料 p.15）。（デモ）',
    reportedOn: '2024-04-10',
    cycle: 0,
  },
  {
    org: '江田島市',
    kind: 'good_case',
    title: '市民アンケートでデジタル機器の利用状況とニーズを把握',
    body: '約700人の市民へのアンケートでニーズを把握し、デジタルビジョンに反映した（資料 p.16）。（デモ）',
    reportedOn: '2024-05-08',
    cycle: 2,
  },
  {
    org: '三原市',
    kind: 'good_case',
    title: '業務改善ツールで庁内申請をペーパーレス化',
    body: '総務系の庁内申請をローコードツールで電子化し、押印と紙の回覧をなくした。（デモ）',
    reportedOn: '2024-06-12',
    cycle: 4,
  },
  {
    org: '熊野町',
    kind: 'problem',
    title: '標準化対応で移行スケジュールの確定が遅れている',
    body: 'ベンダーからの移行計画の提示が遅れ、庁内調整が進まない。他市町の進め方を知りたい。（デモ）',
    reportedOn: '2024-06-26',
    cycle: 5,
    taken: {
      status: 'in_progress',
      response:
        '東広島市の進め方（Fit & Gap 分析と業務フローの見直しを先行）を紹介し、分析シートの様式を共有した。（デモ）',
      practiceTitle: '標準準拠システムへの移行計画の進め方',
    },
  },
  {
    org: '大崎上島町',
    kind: 'problem',
    title: 'ゼロトラスト環境構築に向けたネットワーク分離の見直し',
    body: '三層分離の見直しで、端末管理とログ監視の体制が不足している。（デモ）',
    reportedOn: '2024-07-10',
    cycle: 6,
    taken: {
      status: 'in_progress',
      response:
        '三原市の無線化の事例を紹介し、担当者会議（自治体ネットワークのあるべき姿）で取り上げることにした。（デモ）',
      practiceTitle: '庁内ネットワークの無線化とテレワーク',
    },
  },
  {
    org: '府中町',
    kind: 'problem',
    title: 'オンライン申請の利用が伸びない',
    body: '申請フォームを公開したが利用が少ない。周知の方法を相談したい。（デモ）',
    reportedOn: '2024-05-22',
    cycle: 3,
    resolvedOn: '2024-07-24',
    taken: {
      status: 'resolved',
      response:
        '呉市の取組を参考に、窓口での利用案内と広報紙の二次元コードで周知したところ、利用件数が増えた。（デモ）',
      practiceTitle:
        'デジタル田園都市国家構想交付金 実施計画書（呉市：書かない窓口とオンライン申請による住民サービスの向上）',
    },
  },
];
