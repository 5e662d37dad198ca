import { useId, useMemo, useState } from 'react';
import { DataTable } from '../../components/DataTable.tsx';
import { dataTableColumnHelper } from '../../components/data-table-columns.ts';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { AuditChanges } from './AuditChanges.tsx';
import { actionLabel, ENTITY_TYPE_LABELS, entityTypeLabel, formatAuditTime } from './audit-labels.ts';
import { type AuditEntry, useAuditLog } from './audit-queries.ts';

const helper = dataTableColumnHelper<AuditEntry>();

const columns = helper.columns([
  helper.accessor('id', { header: '番号', sortFn: 'basic', meta: { align: 'end' } }),
  helper.accessor('at', {
    header: '日時',
    sortFn: 'alphanumeric',
    cell: (info) => <span className="whitespace-nowrap">{formatAuditTime(info.getValue())}</span>,
  }),
  helper.accessor('actorLogin', { header: '操作者', sortFn: 'alphanumeric' }),
  helper.accessor((entry) => actionLabel(entry.action), {
    id: 'action',
    header: '操作',
    sortFn: 'japanese',
    cell: (info) => <span className="whitespace-nowrap">{info.getValue()}</span>,
  }),
  helper.accessor((entry) => `${entityTypeLabel(entry.entityType)} ${entry.entityId}`, {
    id: 'entity',
    header: '対象',
    sortFn: 'alphanumeric',
    cell: (info) => (
      <>
        <span className="block">{entityTypeLabel(info.row.original.entityType)}</span>
        <span className="block font-mono text-dns-14N-130 break-all text-solid-gray-700">
          {info.row.original.entityId}
        </span>
      </>
    ),
  }),
  helper.display({
    id: 'changes',
    header: '変更内容',
    cell: (info) => <AuditChanges before={info.row.original.before} after={info.row.original.after} />,
  }),
]);

const INITIAL_SORTING = [{ id: 'id', desc: true }];

/** 監査ログ (admin): who changed what and when, newest first, with さらに読み込む for older entries. */
export function AuditPage() {
  const [entityType, setEntityType] = useState('');
  const audit = useAuditLog(entityType);
  const filterId = useId();
  const entries = useMemo(() => audit.data?.pages.flatMap((page) => page.items) ?? [], [audit.data]);

  return (
    <>
      <PageHeading title="監査ログ" />
      <p className="mt-2 text-std-16N-170 text-solid-gray-700">
        誰が・いつ・何を行ったかの記録です。新しいものから順に表示します。
      </p>

      <search className="mt-6 block">
        <div className="w-60">
          <label htmlFor={filterId} className={labelClass}>
            対象の種類
          </label>
          <select
            id={filterId}
            value={entityType}
            onChange={(e) => setEntityType(e.target.value)}
            className={controlClass}
          >
            <option value="">すべて</option>
            {Object.entries(ENTITY_TYPE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </search>

      {audit.isPending ? <Loading /> : null}
      {audit.isError && !audit.data ? <ErrorAlert error={audit.error} /> : null}
      {audit.data ? (
        <>
          <p role="status" className="mt-6 mb-2 text-std-16N-170">
            <strong className="text-std-18B-160">{entries.length}件</strong>
            {audit.hasNextPage ? '（さらに古い記録があります）' : '（すべて表示しています）'}
          </p>
          <DataTable
            caption="監査ログ"
            captionHidden
            data={entries}
            columns={columns}
            getRowId={(entry) => String(entry.id)}
            initialSorting={INITIAL_SORTING}
            emptyMessage="記録はありません。"
            paged={false}
          />
          {audit.hasNextPage ? (
            <p className="mt-4">
              <button
                type="button"
                onClick={() => audit.fetchNextPage()}
                disabled={audit.isFetchingNextPage}
                className="rounded-8 border border-blue-900 bg-white px-6 py-2 text-std-16B-170 text-blue-900 hover:bg-blue-50 disabled:border-solid-gray-400 disabled:text-solid-gray-700"
              >
                {audit.isFetchingNextPage ? '読み込んでいます…' : 'さらに読み込む'}
              </button>
            </p>
          ) : null}
          {audit.isFetchNextPageError ? <ErrorAlert error={audit.error} /> : null}
        </>
      ) : null}
    </>
  );
}
