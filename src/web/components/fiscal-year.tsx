import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { currentFiscalYear, formatFiscalYear } from '../../domain/fiscal-year.ts';
import { api, readJson, type SuccessBody } from '../api/client.ts';
import { secondaryButtonClass } from './button-styles.ts';

/**
 * The one 年度 of the whole app. It lives in the URL as `?fy=2025` (so a link or a bookmark keeps it),
 * and is remembered for the browser tab, so a page opened without `?fy=` shows the 年度 chosen last;
 * with neither, today's 年度. The header's selector changes it; every page that shows figures by 年度
 * reads it with {@link useFiscalYear}.
 */

/** The URL parameter of the chosen 年度. */
export const FISCAL_YEAR_PARAM = 'fy';
const STORAGE_KEY = 'dxship.fiscalYear';

/** The 年度 the app offers and where each area's records end (GET /api/fiscal-years). */
export type DataYears = SuccessBody<Awaited<ReturnType<(typeof api)['fiscal-years']['$get']>>>;

/** An area whose records belong to a 年度 (see GET /api/fiscal-years). */
export type DataYearArea = keyof DataYears['areas'];

/** A plausible 年度 from text: an integer from 1989 (平成元年度) to 2100, else null. */
export function readFiscalYear(text: string | null | undefined): number | null {
  if (!text || !/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= 1989 && year <= 2100 ? year : null;
}

function remembered(): number | null {
  try {
    return readFiscalYear(sessionStorage.getItem(STORAGE_KEY));
  } catch {
    return null; // storage refused (privacy settings): fall back to today's
  }
}

function remember(fiscalYear: number): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, String(fiscalYear));
  } catch {
    // not kept across pages without storage; the URL still carries it
  }
}

/** The years the app offers and each area's span of records, cached for the session. */
export function useDataYears() {
  return useQuery({
    queryKey: ['fiscal-years'],
    queryFn: async () => readJson(await api['fiscal-years'].$get()),
    staleTime: 5 * 60_000,
  });
}

/**
 * The chosen 年度 and how to change it: `?fy=` when present (and then remembered), else the one
 * chosen last in this tab, else today's 年度.
 */
export function useFiscalYear(): { fiscalYear: number; setFiscalYear: (fiscalYear: number) => void } {
  const [params, setParams] = useSearchParams();
  const fromUrl = readFiscalYear(params.get(FISCAL_YEAR_PARAM));
  if (fromUrl !== null && fromUrl !== remembered()) remember(fromUrl);
  const fiscalYear = fromUrl ?? remembered() ?? currentFiscalYear();
  const setFiscalYear = useCallback(
    (next: number) => {
      remember(next);
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          updated.set(FISCAL_YEAR_PARAM, String(next));
          return updated;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return { fiscalYear, setFiscalYear };
}

/** `?fy=…` for a link, so the chosen 年度 goes with it. */
export function useFiscalYearSearch(): string {
  const { fiscalYear } = useFiscalYear();
  return `?${FISCAL_YEAR_PARAM}=${fiscalYear}`;
}

/** Every 年度 from `from` to `to`, inclusive. */
export function fiscalYearsFrom(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/**
 * The header's 年度 selector: from the first 年度 with records to next 年度, in 和暦 with the Western
 * year; the chosen one is kept in the URL and across pages.
 */
export function FiscalYearHeaderSelect() {
  const { fiscalYear, setFiscalYear } = useFiscalYear();
  const years = useDataYears();
  const now = currentFiscalYear();
  const from = Math.min(years.data?.first ?? now, fiscalYear);
  const to = Math.max(years.data?.last ?? now + 1, fiscalYear);
  return (
    <div className="flex items-center gap-x-2">
      <label htmlFor="app-fiscal-year" className="text-std-16B-170 whitespace-nowrap">
        年度
      </label>
      <select
        id="app-fiscal-year"
        value={fiscalYear}
        onChange={(e) => setFiscalYear(Number(e.target.value))}
        className="rounded-8 border border-solid-gray-600 bg-white px-2 py-1 text-std-16N-170 hover:border-solid-gray-900"
      >
        {fiscalYearsFrom(from, to).map((fy) => (
          <option key={fy} value={fy}>
            {formatFiscalYear(fy)}（{fy}年度）{fy === now ? '・今年度' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Says so when the chosen 年度 lies outside the records of `area` (none yet, or they end earlier), and
 * offers the latest 年度 with records. Renders nothing when the 年度 has records.
 */
export function DataYearNotice({ area, what }: { area: DataYearArea; what: string }) {
  const { fiscalYear, setFiscalYear } = useFiscalYear();
  const years = useDataYears();
  const span = years.data?.areas[area];
  if (!years.data || (span && fiscalYear >= span.first && fiscalYear <= span.last)) return null;
  const chosen = formatFiscalYear(fiscalYear);
  return (
    <div
      role="status"
      className="my-4 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-8 border border-yellow-700 bg-yellow-50 px-4 py-3"
    >
      <p>
        {span
          ? `${chosen}の${what}はありません。${what}は${formatFiscalYear(span.first)}から${formatFiscalYear(span.last)}まであります。`
          : `${what}はまだ登録されていません。`}
      </p>
      {span ? (
        <button type="button" className={secondaryButtonClass} onClick={() => setFiscalYear(span.last)}>
          {formatFiscalYear(span.last)}を表示
        </button>
      ) : null}
    </div>
  );
}
