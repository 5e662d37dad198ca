import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PRACTICE_CATEGORY_VALUES, SUGGESTED_THEMES } from '../../../domain/practice-values.ts';
import { canAccess, mayEditRecordOf } from '../../auth/access.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { secondaryButtonClass } from '../../components/button-styles.ts';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Pager } from '../../components/Pager.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { useOrgs } from '../orgs/orgs-queries.ts';
import { type PracticesQuery, usePractices } from './practices-queries.ts';

const PAGE_SIZE = 50;
/** DX施策・好事例: the initiatives of every body, by register (p.25), theme, 年度 and body. */
export function PracticesPage() {
  const user = useCurrentUser();
  const orgs = useOrgs();
  const [params, setParams] = useSearchParams();
  const idBase = useId();
  const id = (key: string) => `${idBase}-${key}`;
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const query: Record<string, string> = { limit: String(PAGE_SIZE), offset: String((page - 1) * PAGE_SIZE) };
  for (const key of ['category', 'theme', 'fiscalYear', 'orgCode', 'q']) {
    const value = params.get(key);
    if (value) query[key] = value;
  }
  const practices = usePractices(query as PracticesQuery);
  const data = practices.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const setParam = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '') next.delete(key);
        else next.set(key, value);
        if (key !== 'page') next.delete('page');
        return next;
      },
      { replace: true },
    );
  const select = (key: string, label: string, options: readonly (readonly [string, string])[]) => (
    <div>
      <label htmlFor={id(key)} className={labelClass}>
        {label}
      </label>
      <select
        id={id(key)}
        value={params.get(key) ?? ''}
        onChange={(e) => setParam(key, e.target.value)}
        className={controlClass}
      >
        <option value="">すべて</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <PageHeading title="DX施策・好事例" />
      <p className="mt-2 text-std-16N-170 text-solid-gray-700">
        県と市町のDX施策や好事例を共有し、横展開や共同の取組につなげます。「うちも導入しました」で再利用が数えられます。
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        {canAccess(user.role, 'records') ? (
          <Link to="/practices/new" className={`${secondaryButtonClass} no-underline`}>
            施策を登録
          </Link>
        ) : null}
        {canAccess(user.role, 'imports') ? (
          <Link to="/practices/import" className={`${secondaryButtonClass} no-underline`}>
            施策を取り込む（CSV・Excel）
          </Link>
        ) : null}
      </div>
      {data ? (
        <ul aria-label="登録区分ごとの件数" className="mt-4 flex flex-wrap gap-3">
          {data.categories.map((c) => (
            <li key={c.category} className="rounded-8 border border-solid-gray-200 px-3 py-1">
              {c.category} <strong>{c.count}</strong>件
            </li>
          ))}
        </ul>
      ) : null}
      <search className="mt-6 block">
        <form
          onSubmit={(e) => e.preventDefault()}
          className="grid gap-4 rounded-8 bg-solid-gray-50 p-4 sm:grid-cols-2 lg:grid-cols-5"
        >
          {select(
            'category',
            '登録区分',
            PRACTICE_CATEGORY_VALUES.map((c) => [c, c] as const),
          )}
          {select(
            'theme',
            'テーマ',
            SUGGESTED_THEMES.map((t) => [t, t] as const),
          )}
          {select(
            'fiscalYear',
            '年度',
            [2025, 2024, 2023, 2022].map((y) => [String(y), `令和${y - 2018}年度`] as const),
          )}
          {select(
            'orgCode',
            '団体',
            (orgs.data?.items ?? []).map((o) => [o.code, o.name] as const),
          )}
          <div>
            <label htmlFor={id('q')} className={labelClass}>
              件名・概要
            </label>
            <input
              id={id('q')}
              type="search"
              defaultValue={params.get('q') ?? ''}
              onChange={(e) => setParam('q', e.target.value)}
              className={controlClass}
            />
          </div>
        </form>
      </search>
      {practices.isPending ? <Loading /> : null}
      {practices.isError ? <ErrorAlert error={practices.error} /> : null}
      {data ? (
        <>
          <p role="status" className="mt-6">
            <strong className="text-std-18B-160">{data.total}件</strong>
            {pages > 1 ? `（${page} / ${pages}ページ）` : null}
          </p>
          <ul className="mt-3 flex flex-col gap-3">
            {data.items.map((p) => (
              <li key={p.id} className="rounded-8 border border-solid-gray-200 p-3">
                <Link to={`/practices/${p.id}`} className="text-std-16B-170">
                  {p.title}
                </Link>
                <p className="text-dns-14N-130 text-solid-gray-700">
                  {p.orgName}・{p.fiscalYearLabel}・{p.category}・{p.status}
                  {p.themes.length > 0 ? `・${p.themes.join('、')}` : ''}
                  {p.reuseCount > 0 ? `・導入 ${p.reuseCount}団体` : ''}
                  {p.commentCount > 0 ? `・コメント ${p.commentCount}` : ''}
                </p>
                {mayEditRecordOf(user, p.orgCode) ? (
                  <Link
                    to={`/practices/${p.id}/edit`}
                    aria-label={`編集：${p.title}`}
                    className="text-dns-14N-130"
                  >
                    編集
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
          <Pager page={page} pages={pages} onPage={(next) => setParam('page', String(next))} />
        </>
      ) : null}
    </>
  );
}
