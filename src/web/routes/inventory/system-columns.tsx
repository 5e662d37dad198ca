import { Link } from 'react-router';
import { EMPTY_MARK, formatDate } from '../../../domain/japanese-date.ts';
import { type DataTableColumns, dataTableColumnHelper } from '../../components/data-table-columns.ts';
import { formatYen } from './inventory-labels.ts';
import type { SystemItem } from './inventory-queries.ts';

const helper = dataTableColumnHelper<SystemItem>();

const name = helper.accessor('name', {
  header: 'システム名',
  sortFn: 'japanese',
  meta: { rowHeader: true },
  cell: (info) => {
    const s = info.row.original;
    return (
      <>
        <Link to={`/inventory/${s.id}`} className="text-std-16B-170">
          {s.name}
        </Link>
        {s.category ? <span className="block text-dns-14N-130 text-solid-gray-700">{s.category}</span> : null}
      </>
    );
  },
});

const business = helper.accessor('business', { header: '業務', sortFn: 'japanese' });

const common = [
  helper.accessor((s) => s.vendor ?? '', {
    id: 'vendor',
    header: 'ベンダー・製品',
    sortFn: 'japanese',
    cell: (info) => {
      const s = info.row.original;
      return (
        <>
          {s.vendor ?? EMPTY_MARK}
          {s.product ? <span className="block text-dns-14N-130 text-solid-gray-700">{s.product}</span> : null}
        </>
      );
    },
  }),
  helper.accessor('hosting', { header: '稼働環境', sortFn: 'japanese' }),
  helper.accessor((s) => s.contractEnd ?? '', {
    id: 'contractEnd',
    header: '契約終了日',
    sortFn: 'alphanumeric',
    cell: (info) => formatDate(info.row.original.contractEnd),
  }),
  helper.accessor((s) => s.yearlyCost ?? -1, {
    id: 'yearlyCost',
    header: '年間経費',
    sortFn: 'basic',
    meta: { align: 'end' },
    cell: (info) => formatYen(info.row.original.yearlyCost),
  }),
  helper.accessor((s) => s.migrationStep ?? '', {
    id: 'migrationStep',
    header: '標準化・移行',
    sortFn: 'japanese',
    cell: (info) => info.row.original.migrationStep ?? EMPTY_MARK,
  }),
];

/** Columns of one body's 台帳. */
export const bodySystemColumns: DataTableColumns<SystemItem> = helper.columns([
  name,
  helper.accessor((s) => s.unit ?? '', { id: 'unit', header: '担当課', sortFn: 'japanese' }),
  business,
  ...common,
]);

/** Columns of one business's systems across bodies: the body first. */
export const businessSystemColumns: DataTableColumns<SystemItem> = helper.columns([
  helper.accessor('orgName', { header: '団体', sortFn: 'japanese' }),
  name,
  ...common,
]);
