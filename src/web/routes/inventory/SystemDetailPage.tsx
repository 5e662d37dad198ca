import { Link, useNavigate, useParams } from 'react-router';
import { EMPTY_MARK, formatDate, formatDateTime } from '../../../domain/japanese-date.ts';
import { mayEditRecordOf } from '../../auth/access.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { Facts } from '../../components/Facts.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RecordActions } from '../../components/RecordActions.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { formatYen } from './inventory-labels.ts';
import { type SystemDetail, useDeleteSystem, useSystem } from './inventory-queries.ts';
import { SYSTEM_FIELD_LABELS as L } from './system-form.ts';

const orDash = (value: string | number | null) => (value === null || value === '' ? EMPTY_MARK : value);

/** Every field of a system, under the 台帳's own names, dates in 和暦 and money in yen. */
function SystemFacts({ s }: { s: SystemDetail }) {
  return (
    <Facts
      rows={[
        [L.orgCode, s.orgName],
        [L.name, s.name],
        [L.business, s.standardBusiness ? `${s.business}（標準化対象業務）` : s.business],
        [L.category, orDash(s.category)],
        [L.unit, orDash(s.unit)],
        [L.vendor, orDash(s.vendor)],
        [L.product, orDash(s.product)],
        [L.hosting, s.hosting],
        [L.contractStart, formatDate(s.contractStart)],
        [L.contractEnd, formatDate(s.contractEnd)],
        ['年間経費', formatYen(s.yearlyCost)],
        [L.users, s.users === null ? EMPTY_MARK : `${s.users.toLocaleString('ja-JP')}人`],
        [L.personalData, s.personalData ? 'あり' : 'なし'],
        [L.status, s.status],
        ...(s.standardBusiness
          ? ([
              [L.migrationStep, orDash(s.migrationStep)],
              [L.migrationTargetDate, formatDate(s.migrationTargetDate)],
            ] as const)
          : []),
        [
          L.note,
          <span key="note" className="whitespace-pre-wrap">
            {orDash(s.note)}
          </span>,
        ],
        ['最終更新', formatDateTime(s.updatedAt)],
      ]}
    />
  );
}

/**
 * A system of the 台帳 (/inventory/:id): readable by everyone signed in; its body's editors (admins:
 * every body's) may correct it or delete it after confirming.
 */
export function SystemDetailPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const system = useSystem(id);
  const remove = useDeleteSystem(id, system.data?.version);
  const navigate = useNavigate();
  const s = system.data;
  const name = s?.name ?? '情報システム';
  const mayEdit = s !== undefined && mayEditRecordOf(user, s.orgCode);

  return (
    <>
      <Breadcrumbs items={[{ label: '情報システム台帳', to: '/inventory' }, { label: name }]} />
      <PageHeading title={name} />
      {system.isPending ? <Loading /> : null}
      {system.isError ? <ErrorAlert error={system.error} /> : null}
      {s ? (
        <>
          <p className="mt-2 text-std-16N-170 text-solid-gray-700">{s.orgName}の情報システム台帳</p>
          {mayEdit ? (
            <RecordActions
              editTo={`/inventory/${s.id}/edit`}
              confirmTitle="この情報システムを削除しますか？"
              remove={remove}
              onDeleted={() => navigate(`/inventory?orgCode=${s.orgCode}`, { replace: true })}
            >
              <p>
                {s.orgName}の台帳から「{s.name}」を削除します。元に戻せません。操作は監査ログに記録されます。
              </p>
            </RecordActions>
          ) : null}
          <SystemFacts s={s} />
          <p className="mt-6">
            <Link to={`/inventory?orgCode=${s.orgCode}`}>{s.orgName}の台帳に戻る</Link>
          </p>
        </>
      ) : null}
    </>
  );
}
