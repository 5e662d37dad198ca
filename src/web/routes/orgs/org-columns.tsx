import { constructSortFn } from '@tanstack/react-table';
import { Link } from 'react-router';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { BODY_TYPES } from '../../../domain/roles.ts';
import { type DataTableColumns, dataTableColumnHelper } from '../../components/data-table-columns.ts';
import type { Org } from './orgs-queries.ts';
import { ParticipationMark } from './ParticipationMark.tsx';
import { participates } from './participation.ts';

const helper = dataTableColumnHelper<Org>();

const BODY_TYPE_ORDER = new Map<unknown, number>(BODY_TYPES.map((type, index) => [type, index]));

/** 県, then 市, then 町 (not code-point order). */
const byBodyType = constructSortFn({
  sort: (a: unknown, b: unknown) => (BODY_TYPE_ORDER.get(a) ?? 0) - (BODY_TYPE_ORDER.get(b) ?? 0),
});

const fixedColumns = helper.columns([
  helper.accessor('code', { header: '団体コード', sortFn: 'alphanumeric' }),
  helper.accessor('kana', {
    id: 'name',
    header: '団体名',
    sortFn: 'japanese',
    meta: { rowHeader: true },
    cell: (info) => {
      const org = info.row.original;
      return (
        <>
          <Link to={`/orgs/${org.code}`} className="text-std-16B-170">
            {org.name}
          </Link>
          <span className="block text-dns-14N-130 text-solid-gray-700">{org.kana}</span>
        </>
      );
    },
  }),
  helper.accessor('type', { header: '区分', sortFn: byBodyType, meta: { align: 'center' } }),
]);

/** The bodies table's columns: code, name (with kana), 区分, and one ●/— column per 年度. */
export function orgColumns(fiscalYears: readonly number[]): DataTableColumns<Org> {
  const yearColumns = fiscalYears.map((fiscalYear) =>
    helper.accessor((org) => (participates(org, fiscalYear) ? 1 : 0), {
      id: `fy${fiscalYear}`,
      header: formatFiscalYear(fiscalYear),
      sortFn: 'basic',
      sortDescFirst: true,
      meta: { align: 'center' },
      cell: (info) => <ParticipationMark participates={info.getValue() === 1} />,
    }),
  );
  return helper.columns([...fixedColumns, ...yearColumns]);
}
