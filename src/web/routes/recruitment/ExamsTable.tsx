import { EMPTY_MARK } from '../../../domain/japanese-date.ts';
import { formatPlannedHires, RECRUITMENT_ROUTES } from '../../../domain/recruitment.ts';
import type { ExamList } from './recruitment-queries.ts';

/** The table of p.21: per route, applicants and final passers (or the plan) for every 採用年度. */
export function ExamsTable({ data }: { data: ExamList }) {
  const planYear = (fy: number) =>
    data.items
      .filter((e) => e.fiscalYear === fy)
      .every((e) => e.applicants === null && e.finalPassers === null);
  const cell = (route: string, fy: number, kind: 'applicants' | 'passers') => {
    const e = data.items.find((x) => x.route === route && x.fiscalYear === fy);
    if (!e) return EMPTY_MARK;
    if (kind === 'applicants') return e.applicants === null ? EMPTY_MARK : String(e.applicants);
    if (e.finalPassers !== null) return String(e.finalPassers);
    if (e.plannedHires !== null)
      return [formatPlannedHires(e.plannedHires), e.note].filter(Boolean).join(' ');
    return EMPTY_MARK;
  };
  return (
    <div
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      className="mt-3 overflow-x-auto rounded-8 border border-solid-gray-200"
    >
      <table className="w-full border-collapse text-std-16N-170">
        <caption className="px-3 py-2 text-left text-std-16B-170">採用実績・計画（資料 p.21）</caption>
        <thead className="bg-solid-gray-50">
          <tr>
            <th scope="col" className="px-3 py-2 text-left">
              区分
            </th>
            <th scope="col" className="px-3 py-2 text-left">
              項目
            </th>
            {data.years.map((y) => (
              <th key={y.fiscalYear} scope="col" className="px-3 py-2 text-right whitespace-nowrap">
                {planYear(y.fiscalYear) ? y.label.replace('採用', '(予定)') : y.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {RECRUITMENT_ROUTES.flatMap((r) =>
            (['applicants', 'passers'] as const).map((kind) => (
              <tr key={`${r.code}-${kind}`} className="border-t border-solid-gray-200">
                {kind === 'applicants' ? (
                  <th scope="rowgroup" rowSpan={2} className="px-3 py-1 text-left align-top font-normal">
                    {r.name}
                  </th>
                ) : null}
                <th scope="row" className="px-3 py-1 text-left font-normal">
                  {kind === 'applicants' ? r.applicantsLabel : '採用者数（最終合格）'}
                </th>
                {data.years.map((y) => (
                  <td key={y.fiscalYear} className="px-3 py-1 text-right">
                    {cell(r.code, y.fiscalYear, kind)}
                  </td>
                ))}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
