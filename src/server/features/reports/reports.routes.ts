import { createRoute, z } from '@hono/zod-openapi';
import { formatFiscalYearShort } from '../../../domain/fiscal-year.ts';
import { requireActor } from '../../platform/actor.ts';
import { createRouter, errorResponses } from '../../platform/http.ts';
import { todayInJapan } from '../community/today.ts';
import { buildAnnualReport } from './annual-report.ts';
import { renderReportDocument } from './report-html.ts';
import { renderReportXlsx } from './report-xlsx.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const QuerySchema = z.object({
  fiscalYear: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ example: 2024, description: '年度（開始年の西暦）' }),
  format: z
    .enum(['html', 'xlsx'])
    .default('html')
    .openapi({ description: 'html: A4 印刷用、xlsx: 表ごとのシート' }),
});

const annualRoute = createRoute({
  method: 'get',
  path: '/reports/annual',
  tags: ['reports'],
  summary:
    '年次報告（沿革と資料 p.12〜p.28 の表をデータから作成：体制・配属・目指す組織体制・採用・CDOフォーラム・情報共有アプリ・担当者会議・共同調達と推定削減額・研修）: A4 印刷用 HTML または Excel',
  request: { query: QuerySchema },
  responses: {
    200: {
      description: '年次報告',
      content: {
        'text/html': { schema: z.string() },
        [XLSX]: { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    400: errorResponses[400],
    401: errorResponses[401],
  },
});

/** Reports: aggregate tables without names, readable by every signed-in role. */
export function reportsRoutes() {
  return createRouter().openapi(annualRoute, async (c) => {
    requireActor(c.get('actor'));
    const { fiscalYear, format } = c.req.valid('query');
    const report = await buildAnnualReport(c.get('db'), fiscalYear);
    if (format === 'xlsx') {
      const name = `DXShip年次報告_${formatFiscalYearShort(fiscalYear)}.xlsx`;
      return c.body(new Uint8Array(await renderReportXlsx(report)), 200, {
        'Content-Type': XLSX,
        'Content-Disposition': `attachment; filename="dxship-annual-report-${fiscalYear}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        'Cache-Control': 'private, no-store',
      });
    }
    return c.body(renderReportDocument(report, todayInJapan()), 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, no-store',
    });
  });
}
