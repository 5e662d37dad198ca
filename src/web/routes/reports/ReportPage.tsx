import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { primaryButtonClass, secondaryButtonClass } from '../../components/button-styles.ts';
import { DataYearNotice, useFiscalYear } from '../../components/fiscal-year.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { reportXlsxUrl, useAnnualReport } from './report-queries.ts';

/**
 * When printing this page, only the report: the app's header, navigation, footer and this page's own
 * controls are hidden, and the main area uses the whole A4 width.
 */
const PRINT_CSS = `
@media print {
  body header, body nav, body footer, a[href="#main"], .report-screen-only { display: none !important; }
  body main { max-width: none !important; padding: 0 !important; margin: 0 !important; }
  .report-title { font-size: 16pt; margin: 0 0 4pt; }
}
.dxship-report .report-title { font-size: 1.5rem; font-weight: bold; margin: 0 0 0.25rem; }
`;

function Report({ fiscalYear }: { fiscalYear: number }) {
  const report = useAnnualReport(fiscalYear);
  if (report.isPending) return <Loading label="報告書を作成しています…" />;
  if (report.isError) return <ErrorAlert error={report.error} />;
  return (
    <>
      <style>{report.data.css + PRINT_CSS}</style>
      <div
        className="mt-6 rounded-8 border border-solid-gray-200 p-6 print:mt-0 print:border-0 print:p-0"
        // The server builds this HTML from the data and escapes every value (report-html.ts).
        // biome-ignore lint/security/noDangerouslySetInnerHtml: server-rendered, escaped report
        dangerouslySetInnerHTML={{ __html: report.data.html }}
      />
    </>
  );
}

/** 年次報告: the seed's tables of p.13, p.20, p.21 and p.22 for a 年度, printable on A4 and as .xlsx. */
export function ReportPage() {
  const { fiscalYear } = useFiscalYear();
  return (
    <>
      <div className="report-screen-only">
        <PageHeading title="年次報告" />
        <p className="mt-2 text-std-16N-170 text-solid-gray-700">
          資料の p.13・p.20・p.21・p.22 の表を、このシステムのデータから作成します。氏名は掲載しません。A4
          で印刷できます。
        </p>
      </div>
      <div className="report-screen-only">
        <DataYearNotice area="participation" what="参画の記録" />
      </div>
      {
        <>
          <div className="report-screen-only mt-4 flex flex-wrap items-end gap-4">
            <button type="button" className={primaryButtonClass} onClick={() => window.print()}>
              印刷
            </button>
            <a className={`${secondaryButtonClass} no-underline`} href={reportXlsxUrl(fiscalYear)} download>
              Excel（.xlsx）をダウンロード
            </a>
          </div>
          <p className="sr-only" aria-live="polite">
            {formatFiscalYear(fiscalYear)}の年次報告を表示しています。
          </p>
          <Report fiscalYear={fiscalYear} />
        </>
      }
    </>
  );
}
