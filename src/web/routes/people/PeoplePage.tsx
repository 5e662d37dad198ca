import { useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { seesAllBodies } from '../../../domain/roles.ts';
import { canAccess } from '../../auth/access.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { secondaryButtonClass } from '../../components/button-styles.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Pager } from '../../components/Pager.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { useOrgs } from '../orgs/orgs-queries.ts';
import { rosterColumns } from './people-columns.tsx';
import { FILTER_CHOICES, type FilterKey, PAGE_SIZE, readPeopleQuery } from './people-filter.ts';
import { exportUrl, usePeople } from './people-queries.ts';

const INITIAL_SORTING = [{ id: 'name', desc: false }];

const SELECT_FILTERS: readonly { key: Exclude<FilterKey, 'q' | 'orgCode'>; label: string }[] = [
  { key: 'category', label: '区分' },
  { key: 'jobType', label: 'ジョブタイプ' },
  { key: 'certification', label: '資格' },
  { key: 'status', label: '状態' },
];

/** Roles that may download the roster (GET /api/people/export). */
const EXPORTERS = new Set(['admin', 'talent_officer', 'municipal_manager']);

/**
 * 人材: the 共通人材 roster the user may see (all for talent officers, the body's own and hosted people
 * for a body's managers and staff), filtered on the server by name, body, 区分, job type, certification
 * and status, with export to CSV (UTF-8 / Shift_JIS) and Excel.
 */
export function PeoplePage() {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const query = readPeopleQuery(params);
  const people = usePeople(query);
  const orgs = useOrgs();
  const idBase = useId();
  const id = (key: string) => `${idBase}-${key}`;
  const items = people.data?.items;
  const data = useMemo(() => items ?? [], [items]);
  const page = Number(query.page);
  const pages = people.data ? Math.max(1, Math.ceil(people.data.total / PAGE_SIZE)) : 1;

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

  return (
    <>
      <PageHeading title="人材" />
      <p className="mt-2 text-std-16N-170 text-solid-gray-700">
        {seesAllBodies(user.role)
          ? '共通人材（ひろしま情報システム人材機構の名簿）を表示しています。'
          : `${user.body.name}が採用した人材と、${user.body.name}に配属されている共通人材を表示しています。`}
      </p>

      <search className="mt-6 block">
        <form
          onSubmit={(e) => e.preventDefault()}
          className="grid gap-4 rounded-8 bg-solid-gray-50 p-4 sm:grid-cols-2 lg:grid-cols-3"
        >
          <div>
            <label htmlFor={id('q')} className={labelClass}>
              氏名・ふりがな
            </label>
            <input
              id={id('q')}
              type="search"
              defaultValue={query.q ?? ''}
              onChange={(e) => setParam('q', e.target.value)}
              className={controlClass}
            />
          </div>
          <div>
            <label htmlFor={id('orgCode')} className={labelClass}>
              団体（採用団体・配属先）
            </label>
            <select
              id={id('orgCode')}
              value={query.orgCode ?? ''}
              onChange={(e) => setParam('orgCode', e.target.value)}
              className={controlClass}
            >
              <option value="">すべて</option>
              {(orgs.data?.items ?? []).map((o) => (
                <option key={o.code} value={o.code}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          {SELECT_FILTERS.map((f) => (
            <div key={f.key}>
              <label htmlFor={id(f.key)} className={labelClass}>
                {f.label}
              </label>
              <select
                id={id(f.key)}
                value={query[f.key] ?? ''}
                onChange={(e) => setParam(f.key, e.target.value)}
                className={controlClass}
              >
                <option value="">すべて</option>
                {FILTER_CHOICES[f.key].map(([code, label]) => (
                  <option key={code} value={code}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </form>
      </search>

      {EXPORTERS.has(user.role) ? (
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <span className="text-std-16B-170">書き出し（表示中の条件）</span>
          <a href={exportUrl('csv', query)} download className={`${secondaryButtonClass} no-underline`}>
            CSV
          </a>
          <a href={exportUrl('csv-cp932', query)} download className={`${secondaryButtonClass} no-underline`}>
            CSV（Shift_JIS）
          </a>
          <a href={exportUrl('xlsx', query)} download className={`${secondaryButtonClass} no-underline`}>
            Excel
          </a>
          {canAccess(user.role, 'peopleImport') ? (
            <Link to="/people/import" className="ml-4">
              ファイルから取り込む
            </Link>
          ) : null}
        </div>
      ) : null}

      {people.isPending ? <Loading /> : null}
      {people.isError ? <ErrorAlert error={people.error} /> : null}
      {people.data ? (
        <>
          <p role="status" className="mt-6 mb-2 text-std-16N-170">
            <strong className="text-std-18B-160">{people.data.total}人</strong>
            {pages > 1 ? `（${page} / ${pages}ページ）` : null}
            <span className="ml-2 text-solid-gray-700">
              配属先は{formatFiscalYear(people.data.fiscalYear)}のものです。
            </span>
          </p>
          <DataTable
            caption="人材の一覧"
            captionHidden
            data={data}
            columns={rosterColumns}
            getRowId={(p) => p.id}
            initialSorting={INITIAL_SORTING}
            emptyMessage="条件に合う人材はいません。"
          />
          <Pager page={page} pages={pages} onPage={(next) => setParam('page', String(next))} />
        </>
      ) : null}
    </>
  );
}
