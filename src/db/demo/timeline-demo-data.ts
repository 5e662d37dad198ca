import type { TimelinePrecision } from '../../domain/timeline.ts';

/**
 * 沿革: the events of the programme document (広島県, 令和6年8月) with their dates as precisely as the
 * document gives them and the page each comes from. Bodies by name.
 */
export const TIMELINE_EVENTS: readonly {
  occurredOn: string;
  precision: TimelinePrecision;
  title: string;
  detail: string;
  bodies: readonly string[];
  sourcePage: number;
}[] = [
  {
    occurredOn: '2021-04-01',
    precision: 'month',
    title: '県が「情報職」の採用を開始、県・市町情報人材研究会を設置',
    detail: '情報システム人材の確保・育成は県・市町共通の課題として研究会を設置。',
    bodies: ['広島県'],
    sourcePage: 4,
  },
  {
    occurredOn: '2021-04-01',
    precision: 'fiscal_year',
    title: '研究会（WEB会議・4回）と全23市町の個別ヒアリング',
    detail: '小規模自治体では人材の確保・育成・ローテーションが困難という課題を把握。',
    bodies: [],
    sourcePage: 4,
  },
  {
    occurredOn: '2022-04-01',
    precision: 'fiscal_year',
    title: '県が採用した情報システム人材2名を3市へモデル的に配属',
    detail: '三原市（0.4名）・江田島市（0.6名）・廿日市市（1名）。23市町と施策・人材像・育成方法を議論。',
    bodies: ['三原市', '江田島市', '廿日市市'],
    sourcePage: 5,
  },
  {
    occurredOn: '2022-04-01',
    precision: 'fiscal_year',
    title: '江田島市がデジタル推進室を新設し、県シェア制度でデジタル人材を確保',
    detail: '',
    bodies: ['江田島市'],
    sourcePage: 14,
  },
  {
    occurredOn: '2022-09-01',
    precision: 'month',
    title: '江田島市が約700人の市民にアンケートを実施',
    detail: 'デジタル機器の利用状況やニーズを把握し、DX政策に反映。',
    bodies: ['江田島市'],
    sourcePage: 16,
  },
  {
    occurredOn: '2022-12-01',
    precision: 'month',
    title: '知事と市長・町長会議で議論し、「DXShipひろしま」の構築を決定',
    detail: '令和5年度から県・市・町共同で情報システム人材を採用・育成・活用する。',
    bodies: [],
    sourcePage: 5,
  },
  {
    occurredOn: '2023-01-01',
    precision: 'month',
    title: '江田島市デジタルビジョンを策定',
    detail: '「市民の利便性向上」「市役所業務の効率化」「デジタル人材の育成」の3つの方向性。',
    bodies: ['江田島市'],
    sourcePage: 17,
  },
  {
    occurredOn: '2023-03-01',
    precision: 'month',
    title: '「広島県情報システム人材育成プラン」を策定',
    detail: '情報職のキャリアパスや育成の方向性を具体化。',
    bodies: ['広島県'],
    sourcePage: 8,
  },
  {
    occurredOn: '2023-04-01',
    precision: 'fiscal_year',
    title: '「DXShip（デジシップ）ひろしま」の航海を開始、県と7市町に人材を配属',
    detail:
      '応用情報技術者試験等に合格した情報職への初任給調整手当（月額5万円・10年間）を開始。任期付職員の採用を開始。',
    bodies: ['三原市', '江田島市', '廿日市市', '大竹市', '海田町', '安芸太田町', '大崎上島町'],
    sourcePage: 3,
  },
  {
    occurredOn: '2023-05-12',
    precision: 'day',
    title: '県・市町CDOフォーラム（令和5年度第1回）',
    detail: '「書かない窓口」及び「自治体ネットワークの在り方」に係る担当者会議の設置についてコミット。',
    bodies: [],
    sourcePage: 24,
  },
  {
    occurredOn: '2023-06-01',
    precision: 'month',
    title: '情報共有アプリ「情報システム台帳」をリリース',
    detail: '',
    bodies: [],
    sourcePage: 25,
  },
  {
    occurredOn: '2023-08-01',
    precision: 'month',
    title: '情報共有アプリ「DX施策/好事例データベース」をリリース',
    detail: '',
    bodies: [],
    sourcePage: 25,
  },
  {
    occurredOn: '2024-04-01',
    precision: 'month',
    title: '電子申請システム・公共施設予約システムの共同利用（新システム）を開始',
    detail: '県が共同利用を前提に入札し、参加市町と落札者が個別に契約。',
    bodies: ['広島県'],
    sourcePage: 27,
  },
  {
    occurredOn: '2024-04-01',
    precision: 'fiscal_year',
    title: '参画市町を15市町に拡大、共通人材（三原市・廿日市市）の県への配属を開始',
    detail: '県・市町共通人材38名（県情報職30名、市町職員8名）。',
    bodies: ['三原市', '廿日市市'],
    sourcePage: 20,
  },
  {
    occurredOn: '2024-06-01',
    precision: 'month',
    title: '任期付職員（高度経験者）の募集を開始',
    detail: '',
    bodies: ['広島県'],
    sourcePage: 21,
  },
];
