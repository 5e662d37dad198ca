import { useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { MEETING_KIND_LABELS, MEETING_KINDS, type MeetingKind } from '../../../domain/community.ts';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { primaryButtonClass } from '../../components/button-styles.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { dataTableColumnHelper } from '../../components/data-table-columns.ts';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { type MeetingSummary, useMeetings } from './meetings-queries.ts';

const helper = dataTableColumnHelper<MeetingSummary>();
const columns = helper.columns([
  helper.accessor('heldOn', {
    header: '開催日',
    sortFn: 'alphanumeric',
    meta: { rowHeader: true },
    cell: (info) => info.row.original.heldOnLabel,
  }),
  helper.accessor('kindLabel', { header: '種別', sortFn: 'japanese' }),
  helper.accessor('title', {
    header: '会議名・テーマ',
    sortFn: 'japanese',
    cell: (info) => (
      <>
        <Link to={`/meetings/${info.row.original.id}`}>{info.getValue()}</Link>
        {info.row.original.theme ? (
          <span className="block text-dns-14N-130">テーマ：{info.row.original.theme}</span>
        ) : null}
      </>
    ),
  }),
  helper.accessor('fiscalYear', {
    header: '年度',
    sortFn: 'basic',
    cell: (info) => formatFiscalYear(info.getValue()),
  }),
  helper.accessor('attendeeCount', {
    header: '出席',
    sortFn: 'basic',
    meta: { align: 'end' },
    cell: (i) => `${i.getValue()}`,
  }),
  helper.accessor('materialCount', { header: '資料', sortFn: 'basic', meta: { align: 'end' } }),
  helper.accessor('openCommitments', { header: '対応中', sortFn: 'basic', meta: { align: 'end' } }),
]);

const INITIAL_SORTING = [{ id: 'heldOn', desc: true }];

const isKind = (v: string | null): v is MeetingKind =>
  v !== null && (MEETING_KINDS as readonly string[]).includes(v);

/** 会議: the CDO forum, the DX加速サイクル and the 担当者会議, newest first, filterable by kind. */
export function MeetingsPage() {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const raw = params.get('kind');
  const kind = isKind(raw) ? raw : undefined;
  const meetings = useMeetings(kind);
  const selectId = useId();
  const items = useMemo(() => meetings.data?.items ?? [], [meetings.data]);
  const mayRecord = user.role === 'admin' || user.role === 'talent_officer';

  return (
    <>
      <PageHeading title="会議" />
      <p className="mt-2 text-std-16N-170 text-solid-gray-700">
        県・市町CDOフォーラム、ひろしまDX加速サイクル、担当者会議の記録（議題・議事録・出席・資料・決定事項）です。
      </p>
      <div className="mt-4 flex flex-wrap items-end gap-4">
        <div className="w-72">
          <label htmlFor={selectId} className={labelClass}>
            種別
          </label>
          <select
            id={selectId}
            className={controlClass}
            value={kind ?? ''}
            onChange={(e) => setParams(e.target.value ? { kind: e.target.value } : {}, { replace: true })}
          >
            <option value="">すべて</option>
            {MEETING_KINDS.map((k) => (
              <option key={k} value={k}>
                {MEETING_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <Link to="/meetings/commitments">決定事項・コミットメントの一覧</Link>
        <Link to="/meetings/forum">CDOフォーラムのメンバー</Link>
        <Link to="/meetings/cases">好事例・課題</Link>
        {mayRecord ? (
          <Link to="/meetings/new" className={`${primaryButtonClass} ml-auto no-underline`}>
            会議を記録
          </Link>
        ) : null}
      </div>
      {meetings.isPending ? <Loading /> : null}
      {meetings.isError ? <ErrorAlert error={meetings.error} /> : null}
      {meetings.data ? (
        <>
          <p role="status" className="mt-6 mb-2">
            <strong className="text-std-18B-160">{items.length}件</strong>
          </p>
          <DataTable
            caption="会議の一覧"
            captionHidden
            data={items}
            columns={columns}
            getRowId={(m) => m.id}
            initialSorting={INITIAL_SORTING}
            emptyMessage="記録された会議はありません。"
          />
        </>
      ) : null}
    </>
  );
}
