import { useQuery } from '@tanstack/react-query';
import { api, toApiError } from '../../api/client.ts';

/** The report split for showing inside the app: its stylesheet and its article. */
export type ReportParts = { css: string; html: string; title: string };

/**
 * Takes the standalone report document apart: the <style> and the <article>, with the report's h1
 * turned into an h2 (the page has its own h1).
 */
export function splitReportDocument(documentHtml: string): ReportParts {
  const doc = new DOMParser().parseFromString(documentHtml, 'text/html');
  const css = [...doc.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
  const article = doc.querySelector('article');
  const h1 = article?.querySelector('h1');
  if (h1) {
    const h2 = doc.createElement('h2');
    h2.className = 'report-title';
    h2.innerHTML = h1.innerHTML;
    h1.replaceWith(h2);
  }
  return { css, html: article?.outerHTML ?? '', title: doc.title };
}

/** The annual report of a 年度 as HTML (GET /api/reports/annual?format=html). */
export function useAnnualReport(fiscalYear: number) {
  return useQuery({
    queryKey: ['reports', 'annual', fiscalYear],
    queryFn: async () => {
      const res = await api.reports.annual.$get({
        query: { fiscalYear: String(fiscalYear), format: 'html' },
      });
      if (!res.ok) throw await toApiError(res);
      return splitReportDocument(await res.text());
    },
  });
}

/** The URL of the report's .xlsx download. */
export function reportXlsxUrl(fiscalYear: number): string {
  return `/api/reports/annual?fiscalYear=${fiscalYear}&format=xlsx`;
}
