import { EMPTY_MARK, formatDate } from '../../../domain/japanese-date.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { InventoryTabs } from './InventoryTabs.tsx';
import { useStandardisation } from './inventory-queries.ts';

const STEP_STYLE: Record<string, string> = {
  未着手: 'bg-red-50',
  計画策定: 'bg-yellow-50',
  事業者選定: 'bg-yellow-100',
  移行作業中: 'bg-blue-50',
  移行完了: 'bg-green-50',
};

/** Progress of the standardisation / ガバメントクラウド migration for the 20 businesses. */
export function StandardisationPage() {
  const progress = useStandardisation();
  const data = progress.data;
  return (
    <>
      <PageHeading title="標準化・ガバメントクラウド移行の進捗" />
      <InventoryTabs />
      {progress.isPending ? <Loading /> : null}
      {progress.isError ? <ErrorAlert error={progress.error} /> : null}
      {data ? (
        <>
          <p className="mt-4">
            標準化対象20業務のシステムの移行状況です（移行の目標期限: {formatDate(data.deadline)}）。
          </p>
          <section
            aria-label="業務ごとの進捗"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
            tabIndex={0}
            className="mt-4 overflow-x-auto rounded-8 border border-solid-gray-200"
          >
            <table className="w-full border-collapse text-std-16N-170">
              <caption className="px-4 py-3 text-left text-std-18B-160">業務ごとの進捗（システム数）</caption>
              <thead className="bg-solid-gray-50">
                <tr>
                  <th scope="col" className="px-3 py-2 text-left">
                    業務
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    システム
                  </th>
                  {data.steps.map((s) => (
                    <th key={s} scope="col" className="px-3 py-2 text-right">
                      {s}
                    </th>
                  ))}
                  <th scope="col" className="px-3 py-2 text-right">
                    完了率
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    期限後の目標
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.businesses.map((b) => (
                  <tr key={b.business} className="border-t border-solid-gray-200">
                    <th scope="row" className="px-3 py-2 text-left font-normal">
                      {b.business}
                    </th>
                    <td className="px-3 py-2 text-right">{b.systems}</td>
                    {data.steps.map((s) => (
                      <td key={s} className="px-3 py-2 text-right">
                        {b.bySteps[s] ?? 0}
                      </td>
                    ))}
                    <td className="px-3 py-2 text-right">
                      {b.systems === 0 ? EMPTY_MARK : `${Math.round((b.done / b.systems) * 100)}%`}
                    </td>
                    <td className="px-3 py-2 text-right">{b.beyondDeadline}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section
            aria-label="団体ごとの進捗"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
            tabIndex={0}
            className="mt-8 overflow-x-auto rounded-8 border border-solid-gray-200"
          >
            <table className="border-collapse text-dns-14N-130">
              <caption className="px-4 py-3 text-left text-std-18B-160">
                団体ごとの進捗（その業務のシステムのうち最も遅れている段階）
              </caption>
              <thead className="bg-solid-gray-50">
                <tr>
                  <th scope="col" className="sticky left-0 bg-solid-gray-50 px-2 py-2 text-left">
                    団体
                  </th>
                  {data.businesses.map((b) => (
                    <th key={b.business} scope="col" className="px-2 py-2 text-left">
                      {b.business}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.bodies.map((body) => (
                  <tr key={body.orgCode} className="border-t border-solid-gray-200">
                    <th scope="row" className="sticky left-0 bg-white px-2 py-2 text-left font-normal">
                      {body.orgName}
                    </th>
                    {data.businesses.map((b) => {
                      const step = body.steps[b.business] ?? null;
                      return (
                        <td key={b.business} className={`px-2 py-2 ${step ? (STEP_STYLE[step] ?? '') : ''}`}>
                          {step ?? EMPTY_MARK}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      ) : null}
    </>
  );
}
