import { and, desc, eq, inArray, lte } from 'drizzle-orm';
import { orgParticipation, orgProfiles, orgs } from '../../../db/schema/index.ts';
import { fiscalYearRange, formatFiscalYear } from '../../../domain/fiscal-year.ts';
import type { Db } from '../../platform/db.ts';
import { listTimeline } from '../programme/list-timeline.ts';
import { presentTimelineEvent } from '../programme/programme.presenter.ts';
import { getRosterSummary } from '../talent/get-roster-summary.ts';
import { computeTargetProgress } from '../workforce/compute-target-progress.ts';
import { DASH, noneRow, num, type ReportTable, text } from './report-table.ts';

/** 沿革, at the head of the report: the programme's events up to the end of the 年度. */
export async function timelineTable(db: Db, fiscalYear: number): Promise<ReportTable> {
  const { end } = fiscalYearRange(fiscalYear);
  const events = (await listTimeline(db)).filter((e) => e.occurredOn <= end).map(presentTimelineEvent);
  return {
    key: 'timeline',
    caption: `沿革（${formatFiscalYear(fiscalYear)}末まで）`,
    head: [['年月日', '出来事', '関係団体', '出典']],
    rows:
      events.length === 0
        ? [noneRow(4, '登録された出来事はありません')]
        : events.map((e) => [
            text(e.dateLabel),
            text(e.detail ? `${e.title}\n${e.detail}` : e.title),
            text(e.bodies.map((b) => b.name).join('、') || '全体'),
            text(e.sourcePage ? `資料 p.${e.sourcePage}` : DASH),
          ]),
    notes: ['日付は資料に記された精度（日・月・年度）で示しています。'],
  };
}

/** p.12: who takes part in the share in the 年度, and the 共通人材 by employer (R6: 県と15市町, 38 = 30 + 8). */
export async function frameworkTable(db: Db, fiscalYear: number): Promise<ReportTable> {
  const [participants, roster] = await Promise.all([
    db
      .select({ name: orgs.name })
      .from(orgParticipation)
      .innerJoin(orgs, eq(orgs.code, orgParticipation.orgCode))
      .where(eq(orgParticipation.fiscalYear, fiscalYear))
      .orderBy(orgs.code),
    getRosterSummary(db, fiscalYear),
  ]);
  const count = (type: 'prefecture' | 'municipality') =>
    roster.byEmployerType.find((t) => t.employerType === type)?.count ?? 0;
  return {
    key: 'framework',
    caption: `県・市町の情報システム人材シェアの枠組み（${formatFiscalYear(fiscalYear)}、資料 p.12）`,
    head: [['項目', '内容']],
    rows: [
      [
        text('参画団体'),
        participants.length > 0
          ? { text: `県と${participants.length}市町`, value: participants.length }
          : text(DASH),
      ],
      [text('参画市町'), text(participants.map((p) => p.name).join('、') || DASH)],
      [text('県・市町共通人材'), num(roster.total, '名')],
      [text('うち県情報職等'), num(count('prefecture'), '名')],
      [text('うち市町職員'), num(count('municipality'), '名')],
    ],
    numericFrom: 1,
    notes: ['共通人材は、その年度に配属の実績がある人を数えています（人材機構のデータベースから）。'],
  };
}

/** 目指す組織体制 against the people placed (p.14, p.18), each body with its profile of the 年度. */
export async function targetsTable(db: Db, fiscalYear: number): Promise<ReportTable> {
  const progress = await computeTargetProgress(db, fiscalYear);
  const codes = progress.bodies.map((b) => b.orgCode);
  const profiles =
    codes.length === 0
      ? []
      : await db
          .select()
          .from(orgProfiles)
          .where(and(inArray(orgProfiles.orgCode, codes), lte(orgProfiles.fiscalYear, fiscalYear)))
          .orderBy(desc(orgProfiles.fiscalYear));
  const bodyLabel = (code: string, name: string) => {
    const p = profiles.find((x) => x.orgCode === code);
    if (!p) return name;
    const facts = [
      p.population === null ? null : `人口 ${p.population.toLocaleString('ja-JP')}人`,
      p.staffCount === null ? null : `職員 ${p.staffCount.toLocaleString('ja-JP')}人`,
      p.dxUnit || null,
    ].filter(Boolean);
    return facts.length > 0 ? `${name}\n（${facts.join('・')}、${formatFiscalYear(p.fiscalYear)}）` : name;
  };
  const rows = progress.bodies.flatMap((b) => {
    const label = bodyLabel(b.orgCode, b.orgName);
    return [
      ...b.rows.map((r) => [
        text(label),
        text(b.targetLabel),
        text(
          r.staffKind === 'administrative' ? `${r.roleName}（行政職）` : `${r.roleName}（${r.jobTypeName}）`,
        ),
        num(r.target, '名'),
        r.actual === null ? text('対象外') : num(r.actual, '名'),
      ]),
      [
        text(label),
        text(b.targetLabel),
        text('情報システム人材 計'),
        num(b.totals.itTarget, '名'),
        num(b.totals.itActual, '名'),
      ],
    ];
  });
  return {
    key: 'targets',
    caption: `目指す組織体制と実績（${progress.label}の配属、資料 p.14・p.18）`,
    head: [['団体', '目標年度', '役割', '目標', '実績']],
    rows: rows.length > 0 ? rows : [noneRow(5, '目指す組織体制の登録はありません')],
    mergeFirstColumn: true,
    numericFrom: 3,
    notes: progress.assumptions,
  };
}
