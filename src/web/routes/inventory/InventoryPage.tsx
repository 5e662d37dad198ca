import { useId, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../auth/current-user.ts';
import { secondaryButtonClass } from '../../components/button-styles.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Pager } from '../../components/Pager.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { useOrgs } from '../orgs/orgs-queries.ts';
import { InventoryTabs } from './InventoryTabs.tsx';
import { BUSINESS_CHOICES, HOSTING_CHOICES } from './inventory-labels.ts';
import { type SystemsQuery, systemsExportUrl, useSystems } from './inventory-queries.ts';
import { bodySystemColumns } from './system-columns.tsx';

const PAGE_SIZE = 100;
const INITIAL_SORTING = [{ id: 'name', desc: false }];
/** The orgCode value meaning "every body". */
const ALL = 'all';

/**
 * 情報システム台帳 — one body's systems (the user's own by default; every body's 台帳 is shared for
 * reading), filtered on the server, with export to CSV (UTF-8 / Shift_JIS) and Excel.
 */
export function InventoryPage() {
  const user = useCurrentUser();
  const orgs = useOrgs();
  const [params, setParams] = useSearchParams();
  const idBase = useId();
  const id = (key: string) => `${idBase}-${key}`;
  const body = params.get('orgCode') ?? user.body.code;
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const query: SystemsQuery = {
    ...(body !== ALL ? { orgCode: body } : {}),
    ...(params.get('business') ? { business: params.get('business') ?? '' } : {}),
    ...(params.get('hosting') ? { hosting: params.get('hosting') ?? '' } : {}),
    ...(params.get('q') ? { q: params.get('q') ?? '' } : {}),
    limit: String(PAGE_SIZE),
    offset: String((page - 1) * PAGE_SIZE),
  } as SystemsQuery;
  const systems = useSystems(query);
  const items = systems.data?.items;
  const data = useMemo(() => items ?? [], [items]);
  const pages = systems.data ? Math.max(1, Math.ceil(systems.data.total / PAGE_SIZE)) : 1;

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
      <PageHeading title="情報システム台帳" />
      <p className="mt-2 text-std-16N-170 text-solid-gray-700">
        県と23市町の情報システムの台帳です。すべての団体の台帳を閲覧でき、各団体は自団体の台帳を登録・更新します。
      </p>
      <InventoryTabs />

      <search className="mt-6 block">
        <form
          onSubmit={(e) => e.preventDefault()}
          className="grid gap-4 rounded-8 bg-solid-gray-50 p-4 sm:grid-cols-2 lg:grid-cols-4"
        >
          <div>
            <label htmlFor={id('org')} className={labelClass}>
              団体
            </label>
            <select
              id={id('org')}
              value={body}
              onChange={(e) => setParam('orgCode', e.target.value)}
              className={controlClass}
            >
              <option value={ALL}>すべての団体</option>
              {(orgs.data?.items ?? []).map((o) => (
                <option key={o.code} value={o.code}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={id('business')} className={labelClass}>
              業務
            </label>
            <select
              id={id('business')}
              value={params.get('business') ?? ''}
              onChange={(e) => setParam('business', e.target.value)}
              className={controlClass}
            >
              <option value="">すべて</option>
              {BUSINESS_CHOICES.map((b) => (
                <option key={b} value={b}>
                  {b}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={id('hosting')} className={labelClass}>
              稼働環境
            </label>
            <select
              id={id('hosting')}
              value={params.get('hosting') ?? ''}
              onChange={(e) => setParam('hosting', e.target.value)}
              className={controlClass}
            >
              <option value="">すべて</option>
              {HOSTING_CHOICES.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={id('q')} className={labelClass}>
              システム名・ベンダー・製品・担当課
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

      <div className="mt-4 flex flex-wrap items-center gap-3">
        <span className="text-std-16B-170">書き出し（表示中の条件）</span>
        <a href={systemsExportUrl('csv', query)} download className={`${secondaryButtonClass} no-underline`}>
          CSV
        </a>
        <a
          href={systemsExportUrl('csv-cp932', query)}
          download
          className={`${secondaryButtonClass} no-underline`}
        >
          CSV（Shift_JIS）
        </a>
        <a href={systemsExportUrl('xlsx', query)} download className={`${secondaryButtonClass} no-underline`}>
          Excel
        </a>
      </div>

      {systems.isPending ? <Loading /> : null}
      {systems.isError ? <ErrorAlert error={systems.error} /> : null}
      {systems.data ? (
        <>
          <p role="status" className="mt-6 mb-2 text-std-16N-170">
            <strong className="text-std-18B-160">{systems.data.total}件</strong>
            {pages > 1 ? `（${page} / ${pages}ページ）` : null}
          </p>
          <DataTable
            caption="情報システムの一覧"
            captionHidden
            data={data}
            columns={bodySystemColumns}
            getRowId={(s) => String(s.id)}
            initialSorting={INITIAL_SORTING}
            emptyMessage="条件に合うシステムはありません。"
            paged={false}
          />
          <Pager page={page} pages={pages} onPage={(next) => setParam('page', String(next))} />
        </>
      ) : null}
    </>
  );
}
