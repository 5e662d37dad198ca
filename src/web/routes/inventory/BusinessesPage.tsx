import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EMPTY_MARK, formatDate } from '../../../domain/japanese-date.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { InventoryTabs } from './InventoryTabs.tsx';
import { formatYen } from './inventory-labels.ts';
import { type SystemsQuery, useBusinessSummary, useSystems } from './inventory-queries.ts';
import { businessSystemColumns } from './system-columns.tsx';

const INITIAL_SORTING = [{ id: 'contractEnd', desc: false }];

/**
 * The 台帳 per business across bodies: the summary of every business, and for the chosen one who
 * runs what, from whom, until when, at what cost.
 */
export function BusinessesPage() {
  const summary = useBusinessSummary();
  const [params] = useSearchParams();
  const business = params.get('business');
  const query = { business: business ?? '', limit: '500', sort: 'contractEnd' } as SystemsQuery;
  const systems = useSystems(query, business !== null);
  const items = systems.data?.items;
  const data = useMemo(() => items ?? [], [items]);

  return (
    <>
      <PageHeading title="業務ごとの台帳（団体横断）" />
      <InventoryTabs />
      {summary.isPending ? <Loading /> : null}
      {summary.isError ? <ErrorAlert error={summary.error} /> : null}
      {summary.data ? (
        <section
          aria-label="業務ごとの集計"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
          tabIndex={0}
          className="mt-6 overflow-x-auto rounded-8 border border-solid-gray-200"
        >
          <table className="w-full border-collapse text-std-16N-170">
            <caption className="px-4 py-3 text-left text-std-18B-160">業務ごとの集計（廃止を除く）</caption>
            <thead className="bg-solid-gray-50">
              <tr>
                <th scope="col" className="px-3 py-2 text-left">
                  業務
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  システム
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  団体
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  年間経費の合計
                </th>
                <th scope="col" className="px-3 py-2 text-left">
                  主なベンダー
                </th>
                <th scope="col" className="px-3 py-2 text-left">
                  最も早い契約終了
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.data.items.map((b) => (
                <tr key={b.business} className="border-t border-solid-gray-200">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    <Link
                      to={`/inventory/businesses?business=${encodeURIComponent(b.business)}`}
                      aria-current={business === b.business ? 'true' : undefined}
                      className={business === b.business ? 'text-std-16B-170' : undefined}
                    >
                      {b.business}
                    </Link>
                  </th>
                  <td className="px-3 py-2 text-right">{b.systems}</td>
                  <td className="px-3 py-2 text-right">{b.bodies}</td>
                  <td className="px-3 py-2 text-right">{formatYen(b.yearlyCost)}</td>
                  <td className="px-3 py-2">
                    {b.vendors.map((v) => `${v.vendor}（${v.systems}）`).join('、') || EMPTY_MARK}
                  </td>
                  <td className="px-3 py-2">{formatDate(b.earliestContractEnd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {business !== null ? (
        <section aria-labelledby="business-systems" className="mt-8">
          <h2 id="business-systems" className="text-std-24B-150">
            {business}のシステム（全団体）
          </h2>
          {systems.isPending ? <Loading /> : null}
          {systems.isError ? <ErrorAlert error={systems.error} /> : null}
          {systems.data ? (
            <>
              <p role="status" className="mt-2 mb-2">
                {systems.data.total}件（契約終了の早い順）
              </p>
              <DataTable
                caption={`${business}のシステム`}
                captionHidden
                data={data}
                columns={businessSystemColumns}
                getRowId={(s) => String(s.id)}
                initialSorting={INITIAL_SORTING}
              />
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
