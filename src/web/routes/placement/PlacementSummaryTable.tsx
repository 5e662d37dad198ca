import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { EMPTY_MARK } from '../../../domain/japanese-date.ts';
import { formatPeople } from './placement-format.ts';
import type { BodyPlacementRow, PlacementSummary } from './placement-queries.ts';

const th = 'border-b-2 border-solid-gray-600 px-4 py-2 font-bold';
const td = 'px-4 py-2 text-right tabular-nums whitespace-nowrap';
const rowTh = 'px-4 py-2 text-left font-normal whitespace-nowrap';

/** Props of {@link PlacementSummaryTable}. */
export type PlacementSummaryTableProps = {
  /** The 年度 shown. */
  current: PlacementSummary;
  /** The 年度 before, for the 県情報職等 column p.20 puts first (absent while loading or unavailable). */
  previous: PlacementSummary | undefined;
  /** 団体コード by name, to list employers in code order (三原市、廿日市市). */
  codeOfName: (name: string) => string;
};

/** 1名, or 1名（年度中途） for a placement that began after April. */
function prefCell(row: BodyPlacementRow | undefined): string {
  if (!row || row.prefFte === 0) return EMPTY_MARK;
  return `${formatPeople(row.prefFte)}${row.midYear ? '（年度中途）' : ''}`;
}

/**
 * The table of p.20 for any 年度, computed by the API from assignments: per 市町 the 共通人材
 * (県情報職等) in FTE and the 共通人材 (市町情報職相当), the 計 of 市町, the prefecture's row with the
 * bodies employing the municipal staff placed there, and the 合計 — with the previous 年度's
 * 県情報職等 beside it, as p.20 compares R5 with R6.
 */
export function PlacementSummaryTable({ current, previous, codeOfName }: PlacementSummaryTableProps) {
  const prevYear = formatFiscalYear(current.fiscalYear - 1);
  const year = current.label;
  const prevByCode = new Map(previous?.municipalities.map((r) => [r.orgCode, r]) ?? []);
  const currentByCode = new Map(current.municipalities.map((r) => [r.orgCode, r]));
  // p.20's order: the bodies of the year before first, then those that joined, each in code order.
  const codes = [
    ...[...prevByCode.keys()].sort(),
    ...[...currentByCode.keys()].filter((c) => !prevByCode.has(c)).sort(),
  ];
  const nameOf = (code: string) => currentByCode.get(code)?.orgName ?? prevByCode.get(code)?.orgName ?? code;
  const employers = [...current.prefecture.municipalEmployers].sort((a, b) =>
    codeOfName(a).localeCompare(codeOfName(b)),
  );
  const prev = (text: string) => (previous ? text : '…');

  return (
    <section
      aria-label={`表：共通人材の配属状況（${year}）`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      className="max-w-4xl overflow-x-auto rounded-8 border border-solid-gray-200"
    >
      <table className="w-full border-collapse text-std-16N-170">
        <caption className="sr-only">共通人材の配属状況（{year}）</caption>
        <thead className="bg-solid-gray-50">
          <tr>
            <th scope="col" rowSpan={2} className={`${th} text-left align-bottom`}>
              配属団体
            </th>
            <th scope="colgroup" className="border-b border-solid-gray-300 px-4 py-2 text-center font-bold">
              {prevYear}
            </th>
            <th
              scope="colgroup"
              colSpan={2}
              className="border-b border-solid-gray-300 px-4 py-2 text-center font-bold"
            >
              {year}
            </th>
          </tr>
          <tr>
            <th scope="col" className={`${th} text-right`}>
              県情報職等
            </th>
            <th scope="col" className={`${th} text-right`}>
              共通人材（県情報職等）
            </th>
            <th scope="col" className={`${th} text-right`}>
              共通人材（市町情報職相当）
            </th>
          </tr>
        </thead>
        <tbody>
          {codes.length === 0 ? (
            <tr>
              <td colSpan={4} className="px-4 py-6 text-center text-solid-gray-700">
                {year}に共通人材が配属された市町はありません。
              </td>
            </tr>
          ) : null}
          {codes.map((code) => {
            const cur = currentByCode.get(code);
            return (
              <tr key={code} className="border-b border-solid-gray-200">
                <th scope="row" className={rowTh}>
                  {nameOf(code)}
                </th>
                <td className={td}>{prev(prefCell(prevByCode.get(code)))}</td>
                <td className={td}>{prefCell(cur)}</td>
                <td className={td}>{formatPeople(cur?.municipalCount ?? 0)}</td>
              </tr>
            );
          })}
        </tbody>
        <tbody className="border-t-2 border-solid-gray-600">
          <tr className="border-b border-solid-gray-200 bg-solid-gray-50">
            <th scope="row" className={`${rowTh} font-bold`}>
              計
            </th>
            <td className={td}>
              {prev(
                previous
                  ? `${previous.totals.municipalityCount}市町${formatPeople(previous.totals.municipalPrefFte)}`
                  : '',
              )}
            </td>
            <td className={`${td} font-bold`}>
              {current.totals.municipalityCount}市町{formatPeople(current.totals.municipalPrefFte)}
            </td>
            <td className={`${td} font-bold`}>{formatPeople(current.totals.municipalCount)}</td>
          </tr>
          <tr className="border-b border-solid-gray-200">
            <th scope="row" className={rowTh}>
              {current.prefecture.orgName}
            </th>
            <td className={td}>{prev(previous ? formatPeople(previous.prefecture.prefFte) : '')}</td>
            <td className={td}>{formatPeople(current.prefecture.prefFte)}</td>
            <td className={td}>
              {formatPeople(current.prefecture.municipalCount)}
              {employers.length > 0 ? (
                <span className="block text-dns-14N-130 text-solid-gray-700">（{employers.join('、')}）</span>
              ) : null}
            </td>
          </tr>
          <tr className="bg-solid-gray-50">
            <th scope="row" className={`${rowTh} font-bold`}>
              合計
            </th>
            <td className={td}>{prev(previous ? formatPeople(previous.totals.prefFte) : '')}</td>
            <td className={`${td} font-bold`}>{formatPeople(current.totals.prefFte)}</td>
            <td className={`${td} font-bold`}>{formatPeople(current.totals.municipalTotal)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
