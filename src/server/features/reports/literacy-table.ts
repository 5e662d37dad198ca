import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import type { Db } from '../../platform/db.ts';
import { summariseParticipation } from '../literacy/summarise-participation.ts';
import { noneRow, num, type ReportTable, text } from './report-table.ts';

/** p.28: literacy training of the 年度 — per course the bodies and participants (R5: 9市町 164名, 12市町 799名). */
export async function literacyTable(db: Db, fiscalYear: number): Promise<ReportTable> {
  const summary = await summariseParticipation(db, fiscalYear);
  return {
    key: 'literacy',
    caption: `デジタルリテラシー向上研修の参加実績（${formatFiscalYear(fiscalYear)}、資料 p.28）`,
    head: [['研修名', '参加団体', '参加者']],
    rows:
      summary.courses.length > 0
        ? summary.courses.map((c) => [text(c.name), num(c.bodies, '市町'), num(c.participants, '名')])
        : [noneRow(3, 'この年度の参加の記録はありません')],
    numericFrom: 1,
    notes: ['各団体が記録した参加者数の合計です。'],
  };
}
