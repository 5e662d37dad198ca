import { loadExcel } from '../../platform/tabular/excel.ts';
import type { AnnualReport } from './annual-report.ts';

const SHEET_NAMES = {
  posts: '配属先 p.13',
  placement: '配属状況 p.20',
  exams: '採用実績 p.21',
  ratios: '競争倍率 p.22',
} as const;

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
      column.width = i === 0 ? 22 : table.key === 'posts' && i === 3 ? 60 : 24;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
