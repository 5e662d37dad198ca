import { orgs } from '../../../db/schema/index.ts';
import { formatFiscalYear, formatFiscalYearShort } from '../../../domain/fiscal-year.ts';
import { formatPlannedHires, RECRUITMENT_ROUTES } from '../../../domain/recruitment.ts';
import type { Db } from '../../platform/db.ts';
import { type BodyPlacementRow, summarisePlacement } from '../placement/summarise-placement.ts';
import { ratioTable } from '../recruitment/compute-ratios.ts';
import { type ExamRow, examYears, listExams } from '../recruitment/list-exams.ts';
import { forumMeetingsTable, forumMembersTable, workingGroupsTable } from './community-tables.ts';
import { literacyTable } from './literacy-table.ts';
import { listPlacedPosts, type PlacedPost } from './placed-posts.ts';
import { frameworkTable, targetsTable, timelineTable } from './programme-tables.ts';
import { type Cell, DASH, num, people, type ReportTable, text } from './report-table.ts';
import { jointCandidatesTable, jointSystemsTable, sharingTable } from './sharing-tables.ts';

export type AnnualReport = {
  fiscalYear: number;
  title: string;
  tables: ReportTable[];
};

/** p.13: who does what where (no names). */
function postsTable(fiscalYear: number, posts: PlacedPost[]): ReportTable {
  return {
    key: 'posts',
    caption: `人材シェア制度参画市町への共通人材配属状況（${formatFiscalYear(fiscalYear)}、資料 p.13）`,
    head: [['団体名', '配属先（所属・職）', '配属開始', '主要業務']],
    rows: posts.map((p) => [
      text(p.orgName),
      text(`${p.unit}${p.title}`),
      text(`${formatFiscalYearShort(p.fromFiscalYear)}年度${p.note.includes('年度中途') ? '中途' : ''}～`),
      text(p.duties.map((d) => `・${d}`).join('\n')),
    ]),
    notes: ['氏名は掲載していません。'],
  };
}

/** p.20: placement by body, previous and current 年度, with the totals rows of the seed. */
function placementTable(
  codeOf: (name: string) => string,
  fiscalYear: number,
  previous: Awaited<ReturnType<typeof summarisePlacement>>,
  current: Awaited<ReturnType<typeof summarisePlacement>>,
): ReportTable {
  const prev = new Map(previous.municipalities.map((r) => [r.orgCode, r]));
  const cur = new Map(current.municipalities.map((r) => [r.orgCode, r]));
  const order = [
    ...previous.municipalities.filter((r) => r.prefFte > 0),
    ...current.municipalities.filter((r) => !prev.has(r.orgCode) || prev.get(r.orgCode)!.prefFte === 0),
  ]
    .map((r) => r.orgCode)
    .filter((code, i, all) => all.indexOf(code) === i);
  const name = (code: string) => (cur.get(code) ?? prev.get(code))!.orgName;
  const curCell = (r: BodyPlacementRow | undefined) =>
    r && r.prefFte > 0 ? num(r.prefFte, `名${r.midYear ? '（年度中途）' : ''}`) : text(DASH);
  const rows: Cell[][] = order.map((code) => [
    text(name(code)),
    people(prev.get(code)?.prefFte ?? 0),
    curCell(cur.get(code)),
    people(cur.get(code)?.municipalCount ?? 0),
  ]);
  const p = current.prefecture;
  rows.push(
    [
      text('計'),
      text(`${previous.totals.municipalityCount}市町${previous.totals.municipalPrefFte}名`),
      text(`${current.totals.municipalityCount}市町${current.totals.municipalPrefFte}名`),
      num(current.totals.municipalCount, '名'),
    ],
    [
      text('広島県'),
      text(DASH),
      num(p.prefFte, '名'),
      p.municipalCount > 0
        ? num(
            p.municipalCount,
            `名（${[...p.municipalEmployers].sort((a, b) => codeOf(a).localeCompare(codeOf(b))).join('、')}）`,
          )
        : text(DASH),
    ],
    [text('合計'), text(DASH), num(current.totals.prefFte, '名'), num(current.totals.municipalTotal, '名')],
  );
  const y = formatFiscalYearShort(fiscalYear);
  const py = formatFiscalYearShort(fiscalYear - 1);
  return {
    key: 'placement',
    caption: `共通人材の配属状況（${py}・${y}年度、資料 p.20）`,
    head: [
      [
        '配属団体',
        `${py}年度 県情報職等`,
        `${y}年度 共通人材（県情報職等）`,
        `${y}年度 共通人材（市町情報職相当）`,
      ],
    ],
    rows,
    totalRows: [rows.length - 3, rows.length - 2, rows.length - 1],
    numericFrom: 1,
    notes: ['配属の実績（年度内の配属）から集計しています。0.4名・0.6名は兼務の按分です。'],
  };
}

/** p.21: exams per route and 採用年度 — results and plans. */
function examsTable(exams: ExamRow[]): ReportTable {
  const years = examYears(exams);
  const isPlanYear = (fy: number) =>
    exams.filter((e) => e.fiscalYear === fy).every((e) => e.applicants === null && e.finalPassers === null);
  const head = [
    '区分',
    '内訳',
    ...years.map((fy) => `${formatFiscalYearShort(fy)}${isPlanYear(fy) ? '(予定)' : '採用'}`),
  ];
  const rows: Cell[][] = [];
  for (const route of RECRUITMENT_ROUTES) {
    const at = (fy: number) => exams.find((e) => e.route === route.code && e.fiscalYear === fy);
    rows.push([
      text(route.name),
      text(route.applicantsLabel),
      ...years.map((fy) => {
        const e = at(fy);
        return e?.applicants != null ? num(e.applicants) : text(DASH);
      }),
    ]);
    rows.push([
      text(route.name),
      text('採用者数'),
      ...years.map((fy) => {
        const e = at(fy);
        if (e?.finalPassers != null) return num(e.finalPassers);
        if (e?.plannedHires != null) {
          return {
            text: [formatPlannedHires(e.plannedHires), e.note].filter(Boolean).join('\n'),
            value: e.plannedHires,
          };
        }
        return text(DASH);
      }),
    ]);
  }
  return {
    key: 'exams',
    caption: '人材の確保（採用実績・計画、資料 p.21）',
    head: [head],
    rows,
    mergeFirstColumn: true,
    numericFrom: 2,
    notes: ['採用者数は最終合格者数です。予定年度は採用予定数（程度）を示します。'],
  };
}

/** p.22: the competition ratios, computed. */
function ratiosTable(exams: ExamRow[]): ReportTable {
  const table = ratioTable(exams);
  return {
    key: 'ratios',
    caption: '情報職採用試験の競争倍率（受験者数÷最終合格者数、資料 p.22）',
    head: [['区分', ...table.years.map((y) => y.label)]],
    numericFrom: 1,
    rows: table.routes.map((r) => [
      text(r.name),
      ...r.items.map((i) => (i.ratio === null ? text(i.text) : { text: i.text, value: i.ratio })),
    ]),
    notes: ['受験者数÷最終合格者数（小数第1位まで、四捨五入）。試験がなかった年度は「－」です。'],
  };
}

/** Looks up a body's code by its name (unknown names sort last). */
function codeOfName(bodies: { code: string; name: string }[]): (name: string) => string {
  const codes = new Map(bodies.map((b) => [b.name, b.code]));
  return (name) => codes.get(name) ?? '999999';
}

/**
 * The yearly report of the whole programme document for a 年度, every table computed from the data:
 * the 沿革 first, then in the document's order 体制 and participation (p.12), posts (p.13), the target
 * organisations (p.14, p.18), placement (p.20), recruitment and ratios (p.21–22), the CDO forum with
 * its commitments (p.24), the sharing app's counts (p.25), the 担当者会議 (p.26), joint use and
 * procurement with estimated savings (p.27) and literacy training (p.28). No person is named.
 */
export async function buildAnnualReport(db: Db, fiscalYear: number): Promise<AnnualReport> {
  const [bodies, posts, previous, current, exams] = await Promise.all([
    db.select({ code: orgs.code, name: orgs.name }).from(orgs),
    listPlacedPosts(db, fiscalYear),
    summarisePlacement(db, fiscalYear - 1),
    summarisePlacement(db, fiscalYear),
    listExams(db),
  ]);
  // One after another: PGlite serves one query at a time, and the order keeps the report's.
  const timeline = await timelineTable(db, fiscalYear);
  const framework = await frameworkTable(db, fiscalYear);
  const targets = await targetsTable(db, fiscalYear);
  const forumMembers = await forumMembersTable(db);
  const forumMeetings = await forumMeetingsTable(db, fiscalYear);
  const sharing = await sharingTable(db);
  const workingGroups = await workingGroupsTable(db, fiscalYear);
  const jointSystems = await jointSystemsTable(db);
  const jointCandidates = await jointCandidatesTable(db, fiscalYear);
  const literacy = await literacyTable(db, fiscalYear);
  return {
    fiscalYear,
    title: `DXShip（デジシップ）ひろしま ${formatFiscalYear(fiscalYear)} 年次報告`,
    tables: [
      timeline,
      framework,
      postsTable(fiscalYear, posts),
      targets,
      placementTable(codeOfName(bodies), fiscalYear, previous, current),
      examsTable(exams),
      ratiosTable(exams),
      forumMembers,
      forumMeetings,
      sharing,
      workingGroups,
      jointSystems,
      jointCandidates,
      literacy,
    ],
  };
}
