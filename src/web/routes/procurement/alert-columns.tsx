import { Link } from 'react-router';
import { EMPTY_MARK, formatDate } from '../../../domain/japanese-date.ts';
import { type DataTableColumns, dataTableColumnHelper } from '../../components/data-table-columns.ts';
import { formatYen } from '../inventory/inventory-labels.ts';
import type { Alerts } from './procurement-queries.ts';

/** One contract that ends soon: a 台帳 system or a joint-use system. */
export type AlertItem = Alerts['items'][number];

const helper = dataTableColumnHelper<AlertItem>();

/** The columns of the 契約満了の予告: sortable, the system named and linked when it is a 台帳 record. */
export const alertColumns: DataTableColumns<AlertItem> = helper.columns([
  helper.accessor('name', {
    header: 'システム',
    sortFn: 'japanese',
    meta: { rowHeader: true },
    cell: (info) => {
      const a = info.row.original;
      return a.kind === 'joint' ? (
        <>
          {a.name}
          <span className="ml-2 text-dns-14N-130">（共同利用）</span>
        </>
      ) : (
        <Link to={`/inventory/${a.id}`}>{a.name}</Link>
      );
    },
  }),
  helper.accessor((a) => a.vendor ?? '', {
    id: 'vendor',
    header: 'ベンダー',
    sortFn: 'japanese',
    cell: (info) => info.row.original.vendor ?? EMPTY_MARK,
  }),
  helper.accessor('contractEnd', {
    header: '契約終了日',
    sortFn: 'alphanumeric',
    cell: (info) => <span className="whitespace-nowrap">{formatDate(info.getValue())}</span>,
  }),
  helper.accessor('daysLeft', {
    header: '残り日数',
    sortFn: 'basic',
    meta: { align: 'end' },
    cell: (info) => <span className="whitespace-nowrap">{info.getValue()}日</span>,
  }),
  helper.accessor((a) => a.yearlyCost ?? -1, {
    id: 'yearlyCost',
    header: '年間経費',
    sortFn: 'basic',
    meta: { align: 'end' },
    cell: (info) => <span className="whitespace-nowrap">{formatYen(info.row.original.yearlyCost)}</span>,
  }),
]);

/** The text an alert is found by in the 絞り込み box. */
export const alertFilterText = (a: AlertItem) => `${a.name} ${a.vendor ?? ''}`;
