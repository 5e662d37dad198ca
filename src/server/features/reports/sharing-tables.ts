import { count, eq, ne, sql } from 'drizzle-orm';
import { orgs, practices, systems } from '../../../db/schema/index.ts';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { PRACTICE_CATEGORY_VALUES } from '../../../domain/practice-values.ts';
import type { Db } from '../../platform/db.ts';
import { findCandidates } from '../procurement/find-candidates.ts';
import { listJointSystems } from '../procurement/list-joint-systems.ts';
import { noneRow, num, type ReportTable, text, yen } from './report-table.ts';

const PREFECTURE = '340006';

/**
 * p.25: what the sharing app holds — the 台帳's systems of the prefecture and of the 市町 (455 / 465),
 * and the DX施策・好事例 database by register (44 / 1 / 17 / 1 in the document) — as registered when
 * the report is made.
 */
export async function sharingTable(db: Db): Promise<ReportTable> {
  const [[pref], [municipal], byCategory] = await Promise.all([
    db.select({ n: count() }).from(systems).where(eq(systems.orgCode, PREFECTURE)),
    db.select({ n: count() }).from(systems).where(ne(systems.orgCode, PREFECTURE)),
    db
      .select({
        category: practices.category,
        n: count(),
        years: sql<number[]>`array_agg(DISTINCT ${practices.fiscalYear} ORDER BY ${practices.fiscalYear})`,
      })
      .from(practices)
      .groupBy(practices.category),
  ]);
  const municipalities = await db.select({ n: count() }).from(orgs).where(ne(orgs.type, '県'));
  const categoryRows = PRACTICE_CATEGORY_VALUES.flatMap((category) => {
    const found = byCategory.find((c) => c.category === category);
    if (!found) return [];
    const years = found.years.map(Number);
    const label = years.length === 1 ? `${category}（${formatFiscalYear(years[0]!)}）` : category;
    return [[text('DX施策/好事例データベース'), text(label), num(Number(found.n), '件')]];
  });
  return {
    key: 'sharing',
    caption: '県・市町 情報共有アプリの登録状況（報告の作成時点、資料 p.25）',
    head: [['区分', '件名', '登録数']],
    rows: [
      [text('情報システム台帳'), text('県 情報システム'), num(Number(pref?.n ?? 0), '件')],
      [
        text('情報システム台帳'),
        text(`${municipalities[0]?.n ?? 23}市町 情報システム`),
        num(Number(municipal?.n ?? 0), '件'),
      ],
      ...categoryRows,
    ],
    mergeFirstColumn: true,
    numericFrom: 2,
    notes: ['登録数は報告を作成した時点のものです。'],
  };
}

/** p.27: the systems used and procured jointly, with their participants and total yearly cost. */
export async function jointSystemsTable(db: Db): Promise<ReportTable> {
  const joint = await listJointSystems(db);
  return {
    key: 'jointSystems',
    caption: 'システムの共同利用・共同調達（資料 p.27）',
    head: [['システム', '区分', '幹事団体・入札', '参加団体', '契約期間', '年間経費の合計']],
    rows:
      joint.length > 0
        ? joint.map(({ system, leadOrgName, participants }) => [
            text(system.name),
            text(system.service),
            text(`${leadOrgName}（${system.tenderMethod}）`),
            num(participants.length, '団体'),
            text(`${system.contractStart}〜${system.contractEnd}`),
            yen(participants.reduce((s, p) => s + (p.yearlyCost ?? 0), 0)),
          ])
        : [noneRow(6)],
    numericFrom: 3,
    notes: ['県が共同利用を前提に入札し、参加団体が落札者と個別に契約しています。'],
  };
}

/**
 * p.27: candidates for joint procurement — bodies whose systems of one business end their contracts
 * within the 年度 — with the estimated savings and the formula behind each.
 */
export async function jointCandidatesTable(db: Db, fiscalYear: number): Promise<ReportTable> {
  const found = await findCandidates(db, { windowMonths: 12, asOf: `${fiscalYear}-04-01`, minBodies: 2 });
  return {
    key: 'jointCandidates',
    caption: `共同調達の候補と推定削減額（${formatFiscalYear(fiscalYear)}中に契約が終わるもの、資料 p.27）`,
    head: [['業務', '団体数', '年間経費の合計', '推定削減額（年額）', '計算']],
    rows:
      found.groups.length > 0
        ? found.groups.map((g) => [
            text(g.jointSystem ? `${g.key}（共同利用中: ${g.jointSystem.name}）` : g.key),
            num(g.bodies, '団体'),
            yen(g.totalYearlyCost),
            yen(g.estimatedSavingsYen),
            text(g.savings.formula),
          ])
        : [noneRow(5, 'この年度に契約が終わる候補はありません')],
    numericFrom: 1,
    notes: found.savingsAssumptions,
  };
}
