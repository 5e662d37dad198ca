import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { EMPTY_MARK, formatDate } from '../../../domain/japanese-date.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { formatYen } from '../inventory/inventory-labels.ts';
import { useOrgs } from '../orgs/orgs-queries.ts';
import { alertColumns, alertFilterText } from './alert-columns.tsx';
import { useAlerts, useCandidates, useJointSystems } from './procurement-queries.ts';
import { SavingsRateForm } from './SavingsRateForm.tsx';

const WINDOWS = [6, 12, 18, 24, 36];
const AHEAD = [3, 6, 12, 24];

const ALERT_SORTING = [{ id: 'contractEnd', desc: false }];

/**
 * 共同調達: groups of bodies whose systems of one business end their contracts in the same window
 * (candidates for a joint tender, current costs side by side), the user's body's expiry alerts, and
 * the joint-use systems of today (p.27).
 */
export function ProcurementPage() {
  const user = useCurrentUser();
  const orgs = useOrgs();
  const [params, setParams] = useSearchParams();
  const idBase = useId();
  const id = (key: string) => `${idBase}-${key}`;
  const windowMonths = Number(params.get('windowMonths') ?? '12') || 12;
  const monthsAhead = Number(params.get('monthsAhead') ?? '6') || 6;
  const body = params.get('orgCode') ?? '';
  const candidates = useCandidates(windowMonths);
  const alerts = useAlerts(monthsAhead, body);
  const joint = useJointSystems();
  const setParam = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeading title="共同利用・共同調達" />
      <p className="mt-2 text-std-16N-170 text-solid-gray-700">
        県・市・町で共通する事務のシステムを、共同で利用・調達するための情報です。
      </p>

      <section aria-labelledby={id('alerts')} className="mt-8">
        <h2 id={id('alerts')} className="text-std-24B-150">
          契約満了の予告
        </h2>
        <form onSubmit={(e) => e.preventDefault()} className="mt-2 flex flex-wrap gap-4">
          <div className="w-56">
            <label htmlFor={id('alert-org')} className={labelClass}>
              団体
            </label>
            <select
              id={id('alert-org')}
              value={body || user.body.code}
              onChange={(e) => setParam('orgCode', e.target.value === user.body.code ? '' : e.target.value)}
              className={controlClass}
            >
              {(orgs.data?.items ?? []).map((o) => (
                <option key={o.code} value={o.code}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <div className="w-40">
            <label htmlFor={id('ahead')} className={labelClass}>
              期間
            </label>
            <select
              id={id('ahead')}
              value={monthsAhead}
              onChange={(e) => setParam('monthsAhead', e.target.value)}
              className={controlClass}
            >
              {AHEAD.map((m) => (
                <option key={m} value={m}>
                  {m}か月先まで
                </option>
              ))}
            </select>
          </div>
        </form>
        {alerts.isPending ? <Loading /> : null}
        {alerts.isError ? <ErrorAlert error={alerts.error} /> : null}
        {alerts.data ? (
          <>
            <p role="status" className="mt-3">
              {alerts.data.orgName}: {formatDate(alerts.data.until)}までに契約が終わるもの{' '}
              {alerts.data.items.length}件
              {alerts.data.overdue.length > 0
                ? `、契約期間が過ぎたまま稼働中のもの ${alerts.data.overdue.length}件`
                : ''}
            </p>
            {alerts.data.items.length > 0 ? (
              <div className="mt-2">
                <DataTable
                  caption="契約満了の予告"
                  captionHidden
                  data={alerts.data.items}
                  columns={alertColumns}
                  getRowId={(a) => `${a.kind}-${a.id}`}
                  initialSorting={ALERT_SORTING}
                  filterText={alertFilterText}
                />
              </div>
            ) : null}
          </>
        ) : null}
      </section>

      <section aria-labelledby={id('candidates')} className="mt-10">
        <h2 id={id('candidates')} className="text-std-24B-150">
          共同調達の候補
        </h2>
        <p className="mt-1 text-solid-gray-700">
          同じ業務のシステムの契約が期間内に終わる団体のグループです。グループを開くと、各団体のシステムと現在の年間経費を並べて比べられます（自分の団体を含むグループは開いた状態で表示します）。
        </p>
        <div className="mt-2 w-56">
          <label htmlFor={id('window')} className={labelClass}>
            期間（今日から）
          </label>
          <select
            id={id('window')}
            value={windowMonths}
            onChange={(e) => setParam('windowMonths', e.target.value)}
            className={controlClass}
          >
            {WINDOWS.map((m) => (
              <option key={m} value={m}>
                {m}か月以内
              </option>
            ))}
          </select>
        </div>
        {candidates.isPending ? <Loading /> : null}
        {candidates.isError ? <ErrorAlert error={candidates.error} /> : null}
        {candidates.data ? (
          <>
            <p role="status" className="mt-3">
              {formatDate(candidates.data.until)}までに契約が終わる候補: {candidates.data.groups.length}
              グループ
            </p>
            <ul className="mt-3 flex flex-col gap-6">
              {candidates.data.groups.map((g) => (
                <li key={g.key}>
                  {/* Closed unless the user's own body is in the group: the page stays a list to scan. */}
                  <details
                    open={g.systems.some((s) => s.orgCode === user.body.code)}
                    className="rounded-8 border border-solid-gray-200"
                  >
                    <summary className="cursor-pointer px-4 py-3">
                      <span className="text-std-18B-160">{g.key}</span>
                      <span className="ml-3">
                        {g.bodies}団体・年間経費の合計 {formatYen(g.totalYearlyCost)}・契約終了{' '}
                        {formatDate(g.earliestEnd)}〜{formatDate(g.latestEnd)}・推定削減額（年額）{' '}
                        {formatYen(g.estimatedSavingsYen)}
                      </span>
                      {g.jointSystem ? (
                        <span className="ml-3 text-dns-14N-130">（共同利用中: {g.jointSystem.name}）</span>
                      ) : null}
                    </summary>
                    <section
                      aria-label={`候補: ${g.key}`}
                      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
                      tabIndex={0}
                      className="overflow-x-auto border-t border-solid-gray-200"
                    >
                      <table className="w-full border-collapse text-std-16N-170">
                        {/* The summary above shows the same line; the caption names the table for screen readers. */}
                        <caption className="sr-only">
                          <span className="text-std-18B-160">{g.key}</span>
                          <span className="ml-3">
                            {g.bodies}団体・年間経費の合計 {formatYen(g.totalYearlyCost)}・契約終了{' '}
                            {formatDate(g.earliestEnd)}〜{formatDate(g.latestEnd)}
                          </span>
                          {g.jointSystem ? (
                            <span className="ml-3 text-dns-14N-130">
                              （共同利用中: {g.jointSystem.name}）
                            </span>
                          ) : null}
                        </caption>
                        <thead className="bg-solid-gray-50">
                          <tr>
                            <th scope="col" className="px-3 py-2 text-left">
                              団体
                            </th>
                            <th scope="col" className="px-3 py-2 text-left">
                              システム
                            </th>
                            <th scope="col" className="px-3 py-2 text-left">
                              ベンダー・製品
                            </th>
                            <th scope="col" className="px-3 py-2 text-left">
                              契約終了日
                            </th>
                            <th scope="col" className="px-3 py-2 text-right">
                              年間経費
                            </th>
                          </tr>
                        </thead>
                        <tbody>
                          {g.systems.map((s) => (
                            <tr
                              key={s.id}
                              className={`border-t border-solid-gray-200 ${s.orgCode === user.body.code ? 'bg-blue-50' : ''}`}
                            >
                              <th scope="row" className="px-3 py-2 text-left font-normal">
                                {s.orgName}
                              </th>
                              <td className="px-3 py-2">{s.name}</td>
                              <td className="px-3 py-2">
                                {s.vendor ?? EMPTY_MARK}
                                {s.product ? (
                                  <span className="block text-dns-14N-130 text-solid-gray-700">
                                    {s.product}
                                  </span>
                                ) : null}
                              </td>
                              <td className="px-3 py-2">{formatDate(s.contractEnd)}</td>
                              <td className="px-3 py-2 text-right">{formatYen(s.yearlyCost)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                      <p className="border-t border-solid-gray-200 px-4 py-3">
                        <strong>推定削減額（年額）: {formatYen(g.estimatedSavingsYen)}</strong>
                        <span className="block text-dns-14N-130">計算: {g.savings.formula}</span>
                        {g.savings.uncostedSystems > 0 ? (
                          <span className="block text-dns-14N-130 text-solid-gray-700">
                            年間経費の登録がない{g.savings.uncostedSystems}件は合計に含めていません。
                          </span>
                        ) : null}
                      </p>
                    </section>
                  </details>
                </li>
              ))}
            </ul>
            <section aria-labelledby={id('savings')} className="mt-6 rounded-8 bg-solid-gray-50 p-4">
              <h3 id={id('savings')} className="text-std-18B-160">
                推定削減額の前提
              </h3>
              <ul className="mt-2 list-disc pl-6">
                {candidates.data.savingsAssumptions.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
              {user.role === 'admin' ? <SavingsRateForm /> : null}
            </section>
          </>
        ) : null}
      </section>

      <section aria-labelledby={id('joint')} className="mt-10">
        <h2 id={id('joint')} className="text-std-24B-150">
          共同利用・共同調達中のシステム
        </h2>
        {joint.isPending ? <Loading /> : null}
        {joint.isError ? <ErrorAlert error={joint.error} /> : null}
        <ul className="mt-3 flex flex-col gap-3">
          {(joint.data?.items ?? []).map((j) => (
            <li key={j.id} className="rounded-8 border border-solid-gray-200 p-3">
              <p className="text-std-16B-170">{j.name}</p>
              <p className="text-dns-14N-130 text-solid-gray-700">
                代表: {j.leadOrgName}・{j.tenderMethod}・{j.vendor ?? EMPTY_MARK}・契約{' '}
                {formatDate(j.contractStart)}〜{formatDate(j.contractEnd)}・参加 {j.participants.length}
                団体・年間経費の合計 {formatYen(j.totalYearlyCost)}
              </p>
              {j.note ? <p className="mt-1">{j.note}</p> : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
