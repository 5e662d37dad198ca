import { formatWareki } from '../../../domain/wareki.ts';
import type { AnnualReport } from './annual-report.ts';
import type { ReportTable } from './report-table.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

const cellHtml = (text: string) => escapeHtml(text).replaceAll('\n', '<br>');

/** The report's own styles, scoped to .dxship-report, with an A4 print layout. */
export const REPORT_CSS = `
.dxship-report { font-family: "Noto Sans JP", "Hiragino Sans", "Yu Gothic", sans-serif; color: #1a1a1c; line-height: 1.6; }
.dxship-report h1 { font-size: 1.5rem; margin: 0 0 0.25rem; }
.dxship-report .meta { color: #4d4d4d; margin: 0 0 1.5rem; font-size: 0.875rem; }
.dxship-report section { margin: 0 0 2rem; }
.dxship-report table { border-collapse: collapse; width: 100%; font-size: 0.875rem; }
.dxship-report caption { text-align: left; font-weight: bold; font-size: 1.05rem; padding: 0 0 0.5rem; }
.dxship-report th, .dxship-report td { border: 1px solid #767676; padding: 0.3rem 0.5rem; vertical-align: top; }
.dxship-report thead th { background: #f2f2f2; }
.dxship-report td.num { text-align: right; white-space: nowrap; }
.dxship-report tr.total th, .dxship-report tr.total td { font-weight: bold; background: #f8f8f8; }
.dxship-report .note { font-size: 0.8rem; color: #4d4d4d; margin: 0.25rem 0 0; }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  .dxship-report { font-size: 10.5pt; }
  .dxship-report section { break-inside: avoid-page; }
  .dxship-report table { font-size: 9pt; }
  .dxship-report thead { display: table-header-group; }
  .dxship-report tr { break-inside: avoid; }
}
`;

function tableHtml(t: ReportTable, index: number): string {
  const id = `report-table-${index + 1}`;
  const head = t.head
    .map((row) => `<tr>${row.map((h) => `<th scope="col">${cellHtml(h)}</th>`).join('')}</tr>`)
    .join('');
  const body = t.rows
    .map((row, r) => {
      const total = t.totalRows?.includes(r) ? ' class="total"' : '';
      const cells = row.map((cell, c) => {
        const cls = t.numericFrom !== undefined && c >= t.numericFrom ? ' class="num"' : '';
        if (c === 0) {
          if (t.mergeFirstColumn && r > 0 && t.rows[r - 1]?.[0]?.text === cell.text) return '';
          let span = 1;
          while (t.mergeFirstColumn && t.rows[r + span]?.[0]?.text === cell.text) span++;
          return `<th scope="row"${span > 1 ? ` rowspan="${span}"` : ''}>${cellHtml(cell.text)}</th>`;
        }
        return `<td${cls}>${cellHtml(cell.text)}</td>`;
      });
      return `<tr${total}>${cells.join('')}</tr>`;
    })
    .join('\n');
  const notes = t.notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('');
  return `<section aria-labelledby="${id}"><table id="${id}" data-table="${t.key}"><caption>${escapeHtml(t.caption)}</caption><thead>${head}</thead><tbody>\n${body}\n</tbody></table>${notes}</section>`;
}

/** The report as the body content (no <html>): the web page renders this inside the app. */
export function renderReportBody(report: AnnualReport, createdOn: string): string {
  return `<article class="dxship-report" lang="ja">
<h1>${escapeHtml(report.title)}</h1>
<p class="meta">${escapeHtml(formatWareki(createdOn))}作成・DXShip（デジシップ）ひろしま システムのデータから作成</p>
${report.tables.map(tableHtml).join('\n')}
</article>`;
}

/** The report as a standalone A4 HTML document with its print stylesheet. */
export function renderReportDocument(report: AnnualReport, createdOn: string): string {
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${renderReportBody(report, createdOn)}
</body>
</html>
`;
}
