/**
 * Joint-use, jointly procured systems of p.27: the prefecture tenders on the premise of joint use,
 * each participant contracts with the winner itself. The 電子申請 and 公共施設予約 contracts were
 * renewed for operation from 令和6年4月 (p.27); participants, vendors and products are invented.
 */
export type DemoJointSystem = {
  name: string;
  service: '電子申請' | '公共施設予約' | '電子入札';
  lead: string;
  tenderMethod: string;
  tenderDate: string;
  vendor: string;
  product: string;
  contractStart: string;
  contractEnd: string;
  /** 市町 (and the prefecture) taking part. */
  participants: readonly string[];
  note: string;
};

const ALL_MUNICIPALITIES = [
  '広島市',
  '呉市',
  '竹原市',
  '三原市',
  '尾道市',
  '福山市',
  '府中市',
  '三次市',
  '庄原市',
  '大竹市',
  '東広島市',
  '廿日市市',
  '安芸高田市',
  '江田島市',
  '府中町',
  '海田町',
  '熊野町',
  '坂町',
  '安芸太田町',
  '北広島町',
  '大崎上島町',
  '世羅町',
  '神石高原町',
];

export const JOINT_SYSTEMS: readonly DemoJointSystem[] = [
  {
    name: '広島県・市町共同 電子申請システム',
    service: '電子申請',
    lead: '広島県',
    tenderMethod: '一般競争入札（総合評価）',
    tenderDate: '2023-10-20',
    vendor: 'もみじクラウド株式会社（架空）',
    product: 'もみじ電子申請サービス',
    contractStart: '2024-04-01',
    contractEnd: '2029-03-31',
    participants: ['広島県', ...ALL_MUNICIPALITIES.filter((m) => m !== '広島市')],
    note: '契約満了に伴い部会で仕様を調整し更新。令和6年4月から新システム運用開始（p.27）',
  },
  {
    name: '広島県・市町共同 公共施設予約システム',
    service: '公共施設予約',
    lead: '広島県',
    tenderMethod: '一般競争入札（総合評価）',
    tenderDate: '2023-10-20',
    vendor: 'もみじクラウド株式会社（架空）',
    product: 'もみじ施設予約',
    contractStart: '2024-04-01',
    contractEnd: '2029-03-31',
    participants: [
      '広島県',
      '呉市',
      '竹原市',
      '三原市',
      '尾道市',
      '府中市',
      '三次市',
      '大竹市',
      '廿日市市',
      '江田島市',
      '海田町',
      '熊野町',
      '坂町',
      '北広島町',
      '世羅町',
    ],
    note: '電子申請システムと同時に更新。令和6年4月から新システム運用開始（p.27）',
  },
  {
    name: '広島県・市町共同 電子入札システム',
    service: '電子入札',
    lead: '広島県',
    tenderMethod: '公募型プロポーザル',
    tenderDate: '2021-11-15',
    vendor: '県央データ株式会社（架空）',
    product: '広島県市町共同 電子入札システム',
    contractStart: '2022-04-01',
    contractEnd: '2027-03-31',
    participants: ['広島県', ...ALL_MUNICIPALITIES.filter((m) => !['広島市', '福山市'].includes(m))],
    note: '県・市町で共同利用（p.27）。次期更新に向けて部会で検討',
  },
];
