import { useMemo } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../../domain/japanese-date.ts';
import { ROLE_LABELS, seesAllBodies } from '../../../domain/roles.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { primaryButtonClass } from '../../components/button-styles.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { dataTableColumnHelper } from '../../components/data-table-columns.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { useOrgs } from '../orgs/orgs-queries.ts';
import { type User, useUsers } from './users-queries.ts';

/** A row of the users table: the account with its role label and body name resolved. */
type UserRow = User & { roleLabel: string; orgName: string };

const helper = dataTableColumnHelper<UserRow>();

const columns = helper.columns([
  helper.accessor('displayName', {
    header: '氏名',
    sortFn: 'japanese',
    meta: { rowHeader: true },
    cell: (info) => <Link to={`/users/${info.row.original.id}`}>{info.getValue()}</Link>,
  }),
  helper.accessor('login', { header: 'ログインID', sortFn: 'alphanumeric' }),
  helper.accessor('roleLabel', { header: '権限', sortFn: 'japanese' }),
  helper.accessor('orgName', { header: '所属団体', sortFn: 'japanese' }),
  helper.accessor('disabled', {
    header: '状態',
    sortFn: 'basic',
    cell: (info) =>
      info.getValue() ? <span className="font-bold text-error-2">停止中</span> : <span>利用可</span>,
  }),
  helper.accessor('mfaEnabled', {
    header: '2段階認証',
    sortFn: 'basic',
    cell: (info) => (info.getValue() ? '設定済み' : '－'),
  }),
  helper.accessor('createdAt', {
    header: '登録日',
    sortFn: 'alphanumeric',
    cell: (info) => formatDateTime(info.getValue()),
  }),
]);

const INITIAL_SORTING = [{ id: 'login', desc: false }];

/** 利用者: the accounts the signed-in user may see, with role and body. */
export function UsersPage() {
  const user = useCurrentUser();
  const users = useUsers();
  const orgs = useOrgs();

  const rows = useMemo<UserRow[]>(() => {
    const names = new Map((orgs.data?.items ?? []).map((o) => [o.code, o.name]));
    return (users.data?.items ?? []).map((u) => ({
      ...u,
      roleLabel: ROLE_LABELS[u.role],
      orgName: names.get(u.orgCode) ?? u.orgCode,
    }));
  }, [users.data, orgs.data]);

  return (
    <>
      <PageHeading title="利用者" />
      {user.role === 'admin' ? (
        <p className="mt-4">
          <Link to="/users/new" className={`${primaryButtonClass} no-underline`}>
            利用者を登録する
          </Link>
        </p>
      ) : null}
      <p className="mt-2 text-std-16N-170 text-solid-gray-700">
        {seesAllBodies(user.role)
          ? 'すべての団体の利用者を表示しています。'
          : `${user.body.name}の利用者を表示しています。`}
      </p>
      {users.isPending ? <Loading /> : null}
      {users.isError ? <ErrorAlert error={users.error} /> : null}
      {users.data ? (
        <>
          <p role="status" className="mt-6 mb-2 text-std-16N-170">
            <strong className="text-std-18B-160">{rows.length}人</strong>
          </p>
          <DataTable
            caption="利用者の一覧"
            captionHidden
            data={rows}
            columns={columns}
            getRowId={(row) => row.id}
            initialSorting={INITIAL_SORTING}
            emptyMessage="表示できる利用者はいません。"
          />
        </>
      ) : null}
    </>
  );
}
