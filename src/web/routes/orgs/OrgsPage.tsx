import { useId, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { BODY_TYPES } from '../../../domain/roles.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { orgColumns } from './org-columns.tsx';
import { filterOrgs, readOrgFilter } from './org-filter.ts';
import { useOrgs } from './orgs-queries.ts';
import { participationYears } from './participation.ts';

const INITIAL_SORTING = [{ id: 'code', desc: false }];

/** 団体: the 24 bodies with their participation per 年度, filterable by 区分 and name/kana. */
export function OrgsPage() {
  const orgs = useOrgs();
  const [params, setParams] = useSearchParams();
  const { type, text } = readOrgFilter(params);
  const ids = { type: useId(), text: useId(), textHint: useId() };

  const items = orgs.data?.items;
  // `items` keeps its identity until the data changes (structural sharing), so these stay stable.
  const columns = useMemo(() => orgColumns(participationYears(items ?? [])), [items]);
  const visible = useMemo(() => filterOrgs(items ?? [], { type, text }), [items, type, text]);

  const setParam = (key: 'type' | 'q', value: string) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  };

  return (
    <>
      <PageHeading title="団体" />
      <p className="mt-2 text-std-16N-170 text-solid-gray-700">
        広島県と県内23市町の一覧です。●は、その年度に人材シェアへ参画したことを示します。団体名を選ぶと詳細を表示します。
      </p>

      <search className="mt-6 block">
        <form
          onSubmit={(e) => e.preventDefault()}
          className="flex flex-wrap items-start gap-4 rounded-8 bg-solid-gray-50 p-4"
        >
          <div className="w-40">
            <label htmlFor={ids.type} className={labelClass}>
              区分
            </label>
            <select
              id={ids.type}
              value={type ?? ''}
              onChange={(e) => setParam('type', e.target.value)}
              className={controlClass}
            >
              <option value="">すべて</option>
              {BODY_TYPES.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </div>
          <div className="min-w-64 flex-1">
            <label htmlFor={ids.text} className={labelClass}>
              団体名・ふりがなで絞り込み
            </label>
            <input
              id={ids.text}
              type="search"
              value={text}
              onChange={(e) => setParam('q', e.target.value)}
              aria-describedby={ids.textHint}
              className={controlClass}
            />
            <p id={ids.textHint} className="mt-1 text-dns-14N-130 text-solid-gray-700">
              例：江田島、えたじま（入力すると一覧がすぐに絞り込まれます）
            </p>
          </div>
        </form>
      </search>

      {orgs.isPending ? <Loading /> : null}
      {orgs.isError ? <ErrorAlert error={orgs.error} /> : null}
      {orgs.data ? (
        <>
          <p role="status" className="mt-6 mb-2 text-std-16N-170">
            <strong className="text-std-18B-160">{visible.length}団体</strong>
            {visible.length !== orgs.data.total ? `（全${orgs.data.total}団体中）` : null}
          </p>
          <DataTable
            caption="団体の一覧"
            captionHidden
            data={visible}
            columns={columns}
            getRowId={(org) => org.code}
            initialSorting={INITIAL_SORTING}
            emptyMessage="条件に合う団体はありません。"
          />
        </>
      ) : null}
    </>
  );
}
