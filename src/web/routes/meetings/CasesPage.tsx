import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCurrentUser } from '../../auth/current-user.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { CaseForm } from './CaseForm.tsx';
import { useCases } from './cases-queries.ts';

const FILTERS = [
  ['all', 'すべて'],
  ['good_case', '好事例'],
  ['open', '未解決の課題'],
] as const;
type Filter = (typeof FILTERS)[number][0];
const isFilter = (v: string | null): v is Filter => FILTERS.some(([f]) => f === v);

/** 好事例・課題: what the posts share in the ひろしまDX加速サイクル (p.19), newest first. */
export function CasesPage() {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const raw = params.get('show');
  const filter: Filter = isFilter(raw) ? raw : 'all';
  const cases = useCases(filter);
  const selectId = useId();
  const mayReport = user.role !== 'viewer';
  return (
    <>
      <Breadcrumbs items={[{ to: '/meetings', label: '会議' }, { label: '好事例・課題' }]} />
      <PageHeading title="好事例・課題" />
      <p className="mt-2 text-solid-gray-700">
        配属先の好事例や課題を共有し、解決のヒントを持ち帰る取組（ひろしまDX加速サイクル）の記録です。
      </p>
      <div className="mt-4 w-56">
        <label htmlFor={selectId} className={labelClass}>
          表示
        </label>
        <select
          id={selectId}
          className={controlClass}
          value={filter}
          onChange={(e) => setParams({ show: e.target.value }, { replace: true })}
        >
          {FILTERS.map(([f, l]) => (
            <option key={f} value={f}>
              {l}
            </option>
          ))}
        </select>
      </div>
      {cases.isPending ? <Loading /> : null}
      {cases.isError ? <ErrorAlert error={cases.error} /> : null}
      {cases.data ? (
        <>
          <p role="status" className="mt-6">
            <strong className="text-std-18B-160">{cases.data.total}件</strong>
          </p>
          <ul className="mt-2 space-y-3">
            {cases.data.items.map((c) => (
              <li key={c.id} className="rounded-8 border border-solid-gray-200 p-4">
                <h2 className="text-std-18B-160">
                  <span className="mr-2 rounded-4 bg-solid-gray-100 px-2 py-0.5 text-dns-14N-130">
                    {c.kindLabel}
                  </span>
                  <Link to={`/meetings/cases/${c.id}`}>{c.title}</Link>
                </h2>
                <p className="mt-1 text-dns-14N-130 text-solid-gray-700">
                  {c.orgName}・{c.reportedOnLabel}・{c.reporterName}・対応状況：{c.statusLabel}
                  {c.resolvedOnLabel ? `（${c.resolvedOnLabel}解決）` : ''}
                </p>
                <p className="mt-2 whitespace-pre-wrap">{c.body}</p>
                {c.practice ? (
                  <p className="mt-2">
                    結び付いた好事例：<Link to={`/practices/${c.practice.id}`}>{c.practice.title}</Link>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {mayReport ? (
        <section aria-labelledby="case-new" className="mt-10">
          <h2 id="case-new" className="text-std-20B-150">
            好事例・課題を登録
          </h2>
          <CaseForm />
        </section>
      ) : null}
    </>
  );
}
