import { Link, useParams } from 'react-router';
import { bodyStatusLabel } from '../../../domain/body-status.ts';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { EMPTY_MARK } from '../../../domain/japanese-date.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { useOrg, useOrgs } from './orgs-queries.ts';
import { participates, participationYears } from './participation.ts';

/** A body's detail (/orgs/:code): code, kana, romaji, 区分 and its participation per 年度 in 和暦. */
export function OrgDetailPage() {
  const { code = '' } = useParams();
  const org = useOrg(code);
  const all = useOrgs();
  const name = org.data?.name ?? '団体の詳細';

  // The 年度 to list: every year any body took part, plus this body's own.
  const years = org.data
    ? [...new Set([...participationYears(all.data?.items ?? []), ...participationYears([org.data])])].sort(
        (a, b) => a - b,
      )
    : [];

  return (
    <>
      <Breadcrumbs items={[{ label: 'ホーム', to: '/' }, { label: '団体', to: '/orgs' }, { label: name }]} />
      <PageHeading title={name} />
      {org.isPending ? <Loading /> : null}
      {org.isError ? <ErrorAlert error={org.error} /> : null}
      {org.data ? (
        <>
          <section aria-labelledby="org-basic" className="mt-6">
            <h2 id="org-basic" className="text-std-20B-150">
              基本情報
            </h2>
            <dl className="mt-3 grid max-w-2xl grid-cols-[10rem_1fr] border-t border-solid-gray-200">
              {[
                ['団体コード', org.data.code],
                ['団体名', org.data.name],
                ['ふりがな', org.data.kana],
                ['ローマ字', org.data.romaji],
                ['区分', org.data.type],
              ].map(([term, value]) => (
                <div key={term} className="col-span-2 grid grid-cols-subgrid border-b border-solid-gray-200">
                  <dt className="bg-solid-gray-50 px-4 py-2 font-bold">{term}</dt>
                  <dd className="px-4 py-2">{value}</dd>
                </div>
              ))}
            </dl>
          </section>

          <section aria-labelledby="org-participation" className="mt-8">
            <h2 id="org-participation" className="text-std-20B-150">
              人材シェアへの参画状況
            </h2>
            {years.length === 0 ? (
              <p className="mt-3">参画の記録はありません。</p>
            ) : (
              <table className="mt-3 border-collapse text-std-16N-170">
                <caption className="sr-only">年度ごとの参画状況</caption>
                <thead className="bg-solid-gray-50">
                  <tr>
                    <th scope="col" className="border-b-2 border-solid-gray-600 px-4 py-2 text-left">
                      年度
                    </th>
                    <th scope="col" className="border-b-2 border-solid-gray-600 px-4 py-2 text-left">
                      参画状況
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {years.map((fiscalYear) => {
                    const taking = participates(org.data, fiscalYear);
                    return (
                      <tr key={fiscalYear} className="border-b border-solid-gray-200">
                        <th scope="row" className="px-4 py-2 text-left font-normal">
                          {formatFiscalYear(fiscalYear)}
                        </th>
                        <td className="px-4 py-2">
                          <span
                            aria-hidden="true"
                            className={taking ? 'text-blue-900' : 'text-solid-gray-536'}
                          >
                            {taking ? '●' : EMPTY_MARK}
                          </span>
                          <span className="ml-2">{bodyStatusLabel(org.data, taking)}</span>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        </>
      ) : null}
      <p className="mt-8">
        <Link to="/orgs">団体の一覧へ戻る</Link>
      </p>
    </>
  );
}
