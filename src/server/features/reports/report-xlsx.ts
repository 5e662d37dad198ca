import { loadExcel } from '../../platform/tabular/excel.ts';
import type { AnnualReport } from './annual-report.ts';
import type { ReportTableKey } from './report-table.ts';

const SHEET_NAMES: Readonly<Record<ReportTableKey, string>> = {
  timeline: '沿革',
  framework: '体制 p.12',
  posts: '配属先 p.13',
  targets: '目指す組織体制 p.18',
  placement: '配属状況 p.20',
  exams: '採用実績 p.21',
  ratios: '競争倍率 p.22',
  forumMembers: 'CDOフォーラム構成 p.24',
  forumMeetings: 'CDOフォーラム開催 p.24',
  sharing: '情報共有アプリ p.25',
  workingGroups: '担当者会議 p.26',
  jointSystems: '共同利用 p.27',
  jointCandidates: '共同調達の候補 p.27',
  literacy: 'リテラシー研修 p.28',
};

/** Columns of long text, printed wider. */
const WIDE = new Set([
  'timeline:1',
  'posts:3',
  'forumMeetings:1',
  'forumMeetings:2',
  'workingGroups:3',
  'jointCandidates:4',
]);

/** The report's tables as an .xlsx workbook, one sheet per table; numbers stay numbers. */
export async function renderReportXlsx(report: AnnualReport): Promise<Buffer> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'DXShip（デジシップ）ひろしま';
  workbook.title = report.title;
  for (const table of report.tables) {
    const sheet = workbook.addWorksheet(SHEET_NAMES[table.key], {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    sheet.addRow([table.caption]).font = { bold: true, size: 12 };
    for (const head of table.head) {
      const row = sheet.addRow(head);
      row.font = { bold: true };
      row.eachCell((cell) => {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
      });
    }
    for (const [i, cells] of table.rows.entries()) {
      const row = sheet.addRow(
        cells.map((c) => (c.value !== undefined && c.text === String(c.value) ? c.value : c.text)),
      );
      row.alignment = { vertical: 'top', wrapText: true };
      if (table.totalRows?.includes(i)) row.font = { bold: true };
      cells.forEach((c, col) => {
        if (table.key === 'ratios' && c.value !== undefined) {
          const cell = row.getCell(col + 1);
          cell.value = c.value;
          cell.numFmt = '0.0';
        }
      });
    }
    for (const note of table.notes) sheet.addRow([note]).font = { italic: true, size: 9 };
    sheet.columns.forEach((column, i) => {
      column.width = WIDE.has(`${table.key}:${i}`) ? 60 : i === 0 ? 22 : 24;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
