import { Link } from 'react-router';
import { currentFiscalYear, formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { canAccess } from '../../auth/access.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { useOrgs } from '../orgs/orgs-queries.ts';
import { municipalParticipationCounts } from '../orgs/participation.ts';

/** ホーム: a welcome with the current 年度 in 和暦 and how many 市町 took part in each 年度. */
export function HomePage() {
  const user = useCurrentUser();
  const orgs = useOrgs();
  const counts = orgs.data ? municipalParticipationCounts(orgs.data.items) : [];

  return (
    <>
      <PageHeading title="ホーム" />
      <p className="mt-4 text-std-18N-160">
        {user.displayName}さん、ようこそ。現在は<strong>{formatFiscalYear(currentFiscalYear())}</strong>です。
      </p>

      <section aria-labelledby="home-participation" className="mt-8">
        <h2 id="home-participation" className="text-std-20B-150">
          人材シェアに参画している市町の数
        </h2>
        {orgs.isPending ? <Loading /> : null}
        {orgs.isError ? <ErrorAlert error={orgs.error} /> : null}
        {orgs.data ? (
          counts.length === 0 ? (
            <p className="mt-3">参画の記録はまだありません。</p>
          ) : (
            <ul className="mt-4 flex flex-wrap gap-4">
              {counts.map((c) => (
                <li
                  key={c.fiscalYear}
                  className="min-w-48 rounded-12 border border-solid-gray-200 bg-white px-6 py-4 shadow-1"
                >
                  <span className="block text-std-16B-170 text-solid-gray-700">{c.label}</span>
                  <span className="block text-std-32B-150 text-blue-1000">{c.count}市町</span>
                </li>
              ))}
            </ul>
          )
        ) : null}
      </section>

      <section aria-labelledby="home-links" className="mt-10">
        <h2 id="home-links" className="text-std-20B-150">
          メニュー
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          <li>
            <Link to="/orgs">団体</Link>：県・23市町の一覧と年度ごとの参画状況
          </li>
          {canAccess(user.role, 'users') ? (
            <li>
              <Link to="/users">利用者</Link>：このシステムの利用者の一覧
            </li>
          ) : null}
          {canAccess(user.role, 'audit') ? (
            <li>
              <Link to="/audit">監査ログ</Link>：誰が・いつ・何を変更したかの記録
            </li>
          ) : null}
        </ul>
      </section>
    </>
  );
}
