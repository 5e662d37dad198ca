import { loadPractices, type PracticeLoad } from '../../server/features/practices/load-practices.ts';
import type { Actor } from '../../server/platform/actor.ts';
import type { Db } from '../../server/platform/db.ts';
import { readBodies } from '../reference/load-reference-data.ts';
import { DIGIDEN_PLANS, GOOD_CASES, PREFECTURE_PROJECTS } from './practices-demo-data.ts';
import { pick, seededRandom } from './seeded-random.ts';

const PREFECTURE = '340006';
const R5 = 2023;
const DIGIDEN = 'デジタル田園都市国家構想交付金';

/**
 * The demo DX施策・好事例: p.25's registers with their counts (県DX関連事業 44, 交付決定事業一覧 1,
 * 実施計画書 17, 総務省調査 1 — 63 in all, 令和5年度), then good cases of 市町 with adoptions.
 */
export function buildPracticesDemo(): PracticeLoad[] {
  const random = seededRandom(20230825);
  const codeOf = new Map(readBodies().map((b) => [b.name, b.code]));
  const code = (name: string) => {
    const c = codeOf.get(name);
    if (!c) throw new Error(`unknown body ${name}`);
    return c;
  };
  const items: PracticeLoad[] = PREFECTURE_PROJECTS.map(([title, themes, section]) => ({
    orgCode: PREFECTURE,
    title,
    category: '県DX関連事業',
    fiscalYear: R5,
    themes: [...themes],
    funding: pick(random, ['県単独', '県単独', DIGIDEN, '国庫補助']),
    status: pick(random, ['実施中', '実施中', '完了']),
    summary: `${title}として、${themes.join('・')}の分野で県の業務と県民サービスのデジタル化を進める（令和5年度県DX関連事業）。`,
    outcome: null,
    contact: `広島県 ${section}`,
  }));
  items.push({
    orgCode: PREFECTURE,
    title: 'デジタル田園都市国家構想交付金 交付決定事業一覧（令和5年度）',
    category: 'デジ田交付金 交付決定事業',
    fiscalYear: R5,
    themes: ['データ活用'],
    funding: DIGIDEN,
    status: '完了',
    summary: '県及び県内市町のデジタル田園都市国家構想交付金（デジタル実装タイプ）の交付決定事業の一覧。',
    outcome: null,
    contact: '広島県 DX推進チーム',
  });
  items.push({
    orgCode: PREFECTURE,
    title: 'デジタル田園都市国家構想交付金 実施計画書（広島県）',
    category: 'デジ田交付金 実施計画書',
    fiscalYear: R5,
    themes: ['データ活用', 'オンライン申請'],
    funding: DIGIDEN,
    status: '実施中',
    summary: '県のデジタル実装の実施計画書（KPI、事業内容、スケジュール）。',
    outcome: null,
    contact: '広島県 DX推進チーム',
  });
  for (const [body, plan, themes] of DIGIDEN_PLANS) {
    items.push({
      orgCode: code(body),
      title: `デジタル田園都市国家構想交付金 実施計画書（${body}：${plan}）`,
      category: 'デジ田交付金 実施計画書',
      fiscalYear: R5,
      themes: [...themes],
      funding: DIGIDEN,
      status: '実施中',
      summary: `${body}のデジタル実装の実施計画書。${plan}に取り組む。`,
      outcome: null,
      contact: `${body} デジタル推進担当`,
    });
  }
  items.push({
    orgCode: PREFECTURE,
    title: '令和5年度地域社会のデジタル化に係る取組状況調査（総務省）',
    category: '総務省調査',
    fiscalYear: R5,
    themes: ['データ活用'],
    funding: null,
    status: '完了',
    summary: '総務省が実施した、県及び県内市町のデジタル化の取組状況の調査結果。',
    outcome: null,
    contact: '広島県 DX推進チーム',
  });
  for (const g of GOOD_CASES) {
    items.push({
      orgCode: code(g.body),
      title: g.title,
      category: '好事例',
      fiscalYear: 2024,
      themes: [...g.themes],
      funding: pick(random, ['単独費', DIGIDEN]),
      status: '実施中',
      summary: g.summary,
      outcome: g.outcome,
      contact: `${g.body} デジタル推進担当`,
      adoptedBy: g.adoptedBy.map((b) => ({ orgCode: code(b), note: null })),
      comments: g.comments.map(([b, body]) => ({
        orgCode: code(b),
        authorName: `${b} DX担当（デモ）`,
        body,
      })),
    });
  }
  return items;
}

/** Loads the demo initiatives (one transaction, one audit entry). */
export function loadPracticesDemo(db: Db, actor: Actor): Promise<void> {
  return loadPractices(db, actor, buildPracticesDemo(), 'demo');
}
