import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EMPTY_MARK, formatDate } from '../../../domain/japanese-date.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { primaryButtonClass, secondaryButtonClass } from '../../components/button-styles.ts';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { MatchedFields } from '../../components/Highlighted.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { type SearchQuery, type SearchResult, useSearch } from './search-queries.ts';

const PAGE_SIZE = 50;

/** Facet selects: the URL parameter, its label, and the facet of the answer that lists its values. */
const FACETS: readonly { param: string; label: string; facet: keyof SearchResult['facets'] }[] = [
  { param: 'orgCode', label: '団体', facet: 'body' },
  { param: 'business', label: '業務（台帳）', facet: 'business' },
  { param: 'hosting', label: '稼働環境（台帳）', facet: 'hosting' },
  { param: 'vendor', label: 'ベンダー（台帳）', facet: 'vendor' },
  { param: 'contractEndFy', label: '契約終了の年度（台帳）', facet: 'contractEndFiscalYear' },
  { param: 'theme', label: 'テーマ（施策）', facet: 'theme' },
  { param: 'fiscalYear', label: '年度（施策）', facet: 'fiscalYear' },
];

function toQuery(params: URLSearchParams): SearchQuery {
  const query: Record<string, string> = {};
  for (const key of [
    'q',
    'kind',
    'orgCode',
    'business',
    'hosting',
    'vendor',
    'theme',
    'fiscalYear',
    'offset',
  ]) {
    const value = params.get(key);
    if (value) query[key] = value;
  }
  const fy = Number(params.get('contractEndFy'));
  if (fy) {
    query.contractEndAfter = `${fy}-04-01`;
    query.contractEndBefore = `${fy + 1}-03-31`;
  }
  query.limit = String(PAGE_SIZE);
  return query as SearchQuery;
}

/**
 * 検索: one Japanese search over the 台帳 and the DX施策・好事例 — exact for any length of query (戸籍, 税),
 * narrowed by facets whose counts come with the answer.
 */
export function SearchPage() {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const idBase = useId();
  const id = (key: string) => `${idBase}-${key}`;
  const query = toQuery(params);
  const active = [...params.keys()].some((k) => k !== 'kind' && params.get(k));
  const search = useSearch(query, active);
  const offset = Number(params.get('offset') ?? '0');

  const setParam = (key: string, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value === '') next.delete(key);
      else next.set(key, value);
      if (key !== 'offset') next.delete('offset');
      return next;
    });

  const data = search.data;
  const total = data ? Math.max(data.systems.total, data.practices.total) : 0;

  return (
    <>
      <PageHeading title="検索" />
      <p className="mt-2 text-std-16N-170 text-solid-gray-700">
        情報システム台帳とDX施策・好事例をまとめて検索します。1〜2文字の語（例:
        税、戸籍）でも正確に見つかります。空白で区切るとすべてを含むものを探します。
      </p>
      <search className="mt-6 block">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const value = new FormData(e.currentTarget).get('q');
            setParam('q', typeof value === 'string' ? value.trim() : '');
          }}
          className="rounded-8 bg-solid-gray-50 p-4"
        >
          <label htmlFor={id('q')} className={labelClass}>
            検索語
          </label>
          <div className="mt-1 flex gap-2">
            <input
              id={id('q')}
              name="q"
              type="search"
              defaultValue={params.get('q') ?? ''}
              key={params.get('q') ?? ''}
              className={`${controlClass} mt-0`}
            />
            <button type="submit" className={`${primaryButtonClass} shrink-0 whitespace-nowrap`}>
              検索
            </button>
          </div>
          <fieldset className="mt-3">
            <legend className="sr-only">対象</legend>
            <div className="flex flex-wrap gap-4">
              {[
                ['', 'すべて'],
                ['system', '情報システム台帳'],
                ['practice', 'DX施策・好事例'],
              ].map(([value, label]) => (
                <label key={value} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name={id('kind')}
                    checked={(params.get('kind') ?? '') === value}
                    onChange={() => setParam('kind', value ?? '')}
                  />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {FACETS.map((f) => {
              const current = params.get(f.param) ?? '';
              const values = data?.facets[f.facet] ?? [];
              const known = values.some((v) => v.value === current);
              return (
                <div key={f.param}>
                  <label htmlFor={id(f.param)} className={labelClass}>
                    {f.label}
                  </label>
                  <select
                    id={id(f.param)}
                    value={current}
                    onChange={(e) => setParam(f.param, e.target.value)}
                    className={controlClass}
                  >
                    <option value="">すべて</option>
                    {current && !known ? <option value={current}>{current}</option> : null}
                    {values.map((v) => (
                      <option key={v.value} value={v.value}>
                        {v.label}（{v.count}）
                      </option>
                    ))}
                  </select>
                </div>
              );
            })}
          </div>
        </form>
      </search>

      {!active ? <p className="mt-6">検索語を入力するか、条件を選んでください。</p> : null}
      {active && search.isPending ? <Loading label="検索しています…" /> : null}
      {search.isError ? <ErrorAlert error={search.error} /> : null}
      {active && data ? (
        <>
          <p role="status" className="mt-6">
            情報システム {data.systems.total}件、DX施策・好事例 {data.practices.total}件
          </p>
          {data.expansions.length > 0 ? (
            <p className="mt-1 text-solid-gray-700">
              検索辞書により、
              {data.expansions
                .map((words) => `「${words[0]}」を「${words.slice(1).join('」「')}」`)
                .join('、')}
              でも探しました。
              {user.role === 'admin' ? <Link to="/search/synonyms">検索辞書を編集</Link> : null}
            </p>
          ) : null}
          {data.systems.total > 0 ? (
            <section aria-labelledby={id('systems')} className="mt-4">
              <h2 id={id('systems')} className="text-std-24B-150">
                情報システム（{data.systems.total}件）
              </h2>
              <ScrollRegion label="情報システムの検索結果" className="mt-2">
                <table className="w-full border-collapse text-std-16N-170">
                  <caption className="sr-only">情報システムの検索結果</caption>
                  <thead className="bg-solid-gray-50">
                    <tr>
                      <th scope="col" className="px-3 py-2 text-left">
                        システム名
                      </th>
                      <th scope="col" className="px-3 py-2 text-left">
                        団体
                      </th>
                      <th scope="col" className="px-3 py-2 text-left">
                        業務
                      </th>
                      <th scope="col" className="px-3 py-2 text-left">
                        ベンダー
                      </th>
                      <th scope="col" className="px-3 py-2 text-left">
                        稼働環境
                      </th>
                      <th scope="col" className="px-3 py-2 text-left">
                        契約終了日
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.systems.items.map((s) => (
                      <tr key={s.id} className="border-t border-solid-gray-200">
                        <th scope="row" className="px-3 py-2 text-left">
                          <Link to={`/inventory/${s.id}`}>{s.name}</Link>
                          {s.category ? (
                            <span className="block text-dns-14N-130 font-normal text-solid-gray-700">
                              {s.category}
                            </span>
                          ) : null}
                          <div className="font-normal">
                            <MatchedFields matches={s.matches} />
                          </div>
                        </th>
                        <td className="px-3 py-2">{s.orgName}</td>
                        <td className="px-3 py-2">{s.business}</td>
                        <td className="px-3 py-2">{s.vendor ?? EMPTY_MARK}</td>
                        <td className="px-3 py-2">{s.hosting}</td>
                        <td className="px-3 py-2 whitespace-nowrap">{formatDate(s.contractEnd)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            </section>
          ) : null}
          {data.practices.total > 0 ? (
            <section aria-labelledby={id('practices')} className="mt-8">
              <h2 id={id('practices')} className="text-std-24B-150">
                DX施策・好事例（{data.practices.total}件）
              </h2>
              <ul className="mt-2 flex flex-col gap-3">
                {data.practices.items.map((p) => (
                  <li key={p.id} className="rounded-8 border border-solid-gray-200 p-3">
                    <Link to={`/practices/${p.id}`} className="text-std-16B-170">
                      {p.title}
                    </Link>
                    <p className="text-dns-14N-130 text-solid-gray-700">
                      {p.orgName}・{p.fiscalYearLabel}・{p.category}
                      {p.themes.length > 0 ? `・${p.themes.join('、')}` : ''}
                    </p>
                    <MatchedFields matches={p.matches} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {total > PAGE_SIZE ? (
            <nav aria-label="ページ送り" className="mt-4 flex gap-3">
              <button
                type="button"
                disabled={offset <= 0}
                onClick={() => setParam('offset', String(Math.max(0, offset - PAGE_SIZE)))}
                className={secondaryButtonClass}
              >
                前へ
              </button>
              <button
                type="button"
                disabled={offset + PAGE_SIZE >= total}
                onClick={() => setParam('offset', String(offset + PAGE_SIZE))}
                className={secondaryButtonClass}
              >
                次へ
              </button>
            </nav>
          ) : null}
        </>
      ) : null}
    </>
  );
}
