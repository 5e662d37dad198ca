import { Link } from 'react-router';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { formatDate, formatDateTime } from '../../../domain/japanese-date.ts';
import { canAccess } from '../../auth/access.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { useFiscalYear, useFiscalYearSearch } from '../../components/fiscal-year.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { resumePathOf, useOpenImports } from '../imports/open-imports-queries.ts';
import { useCommitments } from '../meetings/meetings-queries.ts';
import { useOwnPerson } from '../people/people-queries.ts';
import { useAlerts } from '../procurement/procurement-queries.ts';
import { tasksOf } from './home-tasks.ts';

/** Roles whose body keeps a 台帳: their contracts that end soon need attention. */
const BODY_ROLES = new Set(['admin', 'municipal_manager', 'municipal_staff']);

/**
 * 対応が必要なこと: overdue commitments, contracts of the user's body that end within 6 months, and the
 * user's own uploads left previewed but not committed (they expire a day after reading).
 */
function Attention() {
  const user = useCurrentUser();
  const overdue = useCommitments('overdue');
  const seesAlerts = BODY_ROLES.has(user.role);
  const alerts = useAlerts(6, '');
  const imports = useOpenImports(canAccess(user.role, 'imports') || canAccess(user.role, 'peopleImport'));
  const items: { key: string; to: string; text: string }[] = [];
  for (const open of imports.data?.items ?? []) {
    const to = resumePathOf(open.kind, open.batchId);
    if (!to) continue;
    const problems = open.errorCount > 0 ? `・エラー ${open.errorCount}件` : '';
    items.push({
      key: `import-${open.batchId}`,
      to,
      text: `取り込み待ちの${open.label}「${open.filename ?? '名前のないファイル'}」（${open.totalRows}行${problems}）— ${formatDateTime(open.expiresAt)}までに取り込まないと破棄されます`,
    });
  }
  if (overdue.data && overdue.data.items.length > 0) {
    items.push({
      key: 'overdue',
      to: '/meetings/commitments?status=overdue',
      text: `期限を過ぎたコミットメント ${overdue.data.items.length}件`,
    });
  }
  if (seesAlerts && alerts.data && alerts.data.items.length > 0) {
    items.push({
      key: 'alerts',
      to: '/procurement',
      text: `${alerts.data.orgName}の契約が${formatDate(alerts.data.until)}までに終わるシステム ${alerts.data.items.length}件`,
    });
  }
  if (seesAlerts && alerts.data && alerts.data.overdue.length > 0) {
    items.push({
      key: 'expired',
      to: '/procurement',
      text: `契約期間が過ぎたまま稼働中のシステム ${alerts.data.overdue.length}件`,
    });
  }
  const pending = overdue.isPending || (seesAlerts && alerts.isPending) || imports.isLoading;
  return (
    <section aria-labelledby="home-attention" className="mt-8">
      <h2 id="home-attention" className="text-std-20B-150">
        対応が必要なこと
      </h2>
      {pending ? <Loading /> : null}
      {overdue.isError ? <ErrorAlert error={overdue.error} /> : null}
      {!pending && items.length === 0 ? <p className="mt-2">いま対応が必要なことはありません。</p> : null}
      {items.length > 0 ? (
        <ul className="mt-3 flex flex-col gap-2">
          {items.map((item) => (
            <li key={item.key} className="rounded-8 border-l-4 border-orange-600 bg-orange-50 px-4 py-2">
              <Link to={item.to}>{item.text}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** ホーム: a greeting with the 年度, the role's most frequent tasks as direct links, and what needs attention. */
export function HomePage() {
  const user = useCurrentUser();
  const { fiscalYear } = useFiscalYear();
  const search = useFiscalYearSearch();
  const own = useOwnPerson(user.role === 'member');
  const tasks = tasksOf({ role: user.role, bodyCode: user.body.code, ownPersonId: own.data?.id ?? null });
  return (
    <>
      <PageHeading title="ホーム" />
      <p className="mt-4 text-std-18N-160">
        {user.displayName}さん、ようこそ。表示している年度は<strong>{formatFiscalYear(fiscalYear)}</strong>
        です。
      </p>
      <section aria-labelledby="home-tasks" className="mt-8">
        <h2 id="home-tasks" className="text-std-20B-150">
          よく使う機能
        </h2>
        <ul className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {tasks.map((task) => (
            <li key={task.to}>
              <Link
                to={{
                  pathname: task.to.split('?')[0],
                  search: task.to.includes('?') ? `?${task.to.split('?')[1]}&${search.slice(1)}` : search,
                }}
                className="block h-full rounded-12 border border-solid-gray-200 bg-white px-5 py-4 no-underline shadow-1 hover:bg-blue-50"
              >
                <span className="block text-std-18B-160 text-blue-1000 underline">{task.label}</span>
                <span className="block text-dns-14N-130 text-solid-gray-700">{task.detail}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {canAccess(user.role, 'meetings') ? <Attention /> : null}
    </>
  );
}
