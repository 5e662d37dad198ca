import { type RowData, type SortingState, useTable } from '@tanstack/react-table';
import { type ReactNode, useDeferredValue, useId, useMemo, useState } from 'react';
import { normalise } from '../../search/index.ts';
import { type DataTableColumns, dataTableFeatures } from './data-table-columns.ts';
import { controlClass, labelClass } from './form-styles.ts';
import { Pager } from './Pager.tsx';
import { ScrollRegion } from './ScrollRegion.tsx';

/** Props of {@link DataTable}. */
export type DataTableProps<TData extends RowData> = {
  /** The table's caption: its accessible name. */
  caption: string;
  /** Hide the caption visually (it stays available to screen readers). */
  captionHidden?: boolean;
  /** Rows; keep the array stable between renders (from a query or useMemo). */
  data: TData[];
  /** Columns from `dataTableColumnHelper<TData>().columns([...])`, defined at module scope. */
  columns: DataTableColumns<TData>;
  /** A stable id per row. */
  getRowId: (row: TData) => string;
  /** The order shown first. */
  initialSorting?: SortingState;
  /** Shown in place of rows when there are none. */
  emptyMessage?: ReactNode;
  /**
   * The text a row is found by in the 絞り込み box (shown when the list can pass {@link pageSize});
   * matched as the search does (かな/カナ, 全角/半角 and 異体字 folded).
   */
  filterText?: (row: TData) => string;
  /** Rows per page; a longer list gets a pager (default 50). */
  pageSize?: number;
  /**
   * False when the page loads rows in pages of its own (the audit log's さらに読み込む): every row
   * loaded is shown, and there is no second pager. Default true.
   */
  paged?: boolean;
};

/** The rows of one page and the pager's facts. */
function pageOf<T>(rows: T[], page: number, size: number) {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((current - 1) * size, current * size), pages, current };
}

const ALIGN_CLASS = { start: 'text-left', center: 'text-center', end: 'text-right' } as const;

function SortIcon({ direction }: { direction: false | 'asc' | 'desc' }) {
  const symbol = direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '⇅';
  return (
    <span aria-hidden="true" className={`ml-1 text-dns-14N-120 ${direction ? '' : 'text-solid-gray-536'}`}>
      {symbol}
    </span>
  );
}

/**
 * An accessible data table on TanStack Table: a caption, column headers with sort buttons and
 * aria-sort on the sorted column, optional row headers; in a {@link ScrollRegion} (a scroll hint when
 * it is wider than the page, the header row sticky when it is long); past `pageSize` rows a pager and,
 * with `filterText`, a 絞り込み box.
 */
export function DataTable<TData extends RowData>({
  caption,
  captionHidden = false,
  data,
  columns,
  getRowId,
  initialSorting = [],
  emptyMessage = '該当するデータはありません。',
  filterText,
  pageSize: requestedPageSize = 50,
  paged = true,
}: DataTableProps<TData>) {
  const pageSize = paged ? requestedPageSize : Number.POSITIVE_INFINITY;
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState(1);
  const deferredFilter = useDeferredValue(filter);
  const filtered = useMemo(() => {
    const wanted = normalise(deferredFilter.trim());
    if (!filterText || wanted === '') return data;
    return data.filter((row) => normalise(filterText(row)).includes(wanted));
  }, [data, deferredFilter, filterText]);
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: filtered,
    getRowId,
    initialState: { sorting: initialSorting },
    enableSortingRemoval: false,
  });
  const sorted = table.getRowModel().rows;
  const { rows, pages, current } = pageOf(sorted, page, pageSize);
  const columnCount = table.getAllLeafColumns().length;
  const long = data.length > pageSize;

  return (
    <div>
      {long && filterText ? (
        <div className="mb-3 w-80 max-w-full">
          <label htmlFor={filterId} className={labelClass}>
            絞り込み
          </label>
          <input
            id={filterId}
            type="search"
            value={filter}
            onChange={(e) => {
              setFilter(e.target.value);
              setPage(1);
            }}
            className={controlClass}
          />
        </div>
      ) : null}
      {long ? (
        <p role="status" className="mb-2 text-dns-14N-130 text-solid-gray-700">
          {sorted.length === 0
            ? '0件'
            : `${sorted.length}件中 ${(current - 1) * pageSize + 1}〜${Math.min(current * pageSize, sorted.length)}件目`}
        </p>
      ) : null}
      <ScrollRegion label={caption} tall={rows.length > 15}>
        <table className="w-full border-collapse text-std-16N-170">
          <caption className={captionHidden ? 'sr-only' : 'px-4 py-3 text-left text-std-18B-160'}>
            {caption}
          </caption>
          <thead className="bg-solid-gray-50">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const align = ALIGN_CLASS[header.column.columnDef.meta?.align ?? 'start'];
                  const sorted = header.column.getIsSorted();
                  const canSort = header.column.getCanSort();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={
                        sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                      }
                      className={`border-b-2 border-solid-gray-600 px-4 py-2 font-bold whitespace-nowrap ${align}`}
                    >
                      {header.isPlaceholder ? null : canSort ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className="inline-flex items-center rounded-4 px-1 py-1 font-bold hover:bg-solid-gray-100 hover:underline"
                        >
                          <table.FlexRender header={header} />
                          <SortIcon direction={sorted} />
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columnCount} className="px-4 py-6 text-center text-solid-gray-700">
                  {emptyMessage}
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={row.id} className="border-b border-solid-gray-200 even:bg-solid-gray-50/50">
                  {row.getAllCells().map((cell) => {
                    const meta = cell.column.columnDef.meta;
                    const className = `px-4 py-2 align-top ${ALIGN_CLASS[meta?.align ?? 'start']}`;
                    return meta?.rowHeader ? (
                      <th key={cell.id} scope="row" className={`${className} font-normal`}>
                        <table.FlexRender cell={cell} />
                      </th>
                    ) : (
                      <td key={cell.id} className={className}>
                        <table.FlexRender cell={cell} />
                      </td>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </ScrollRegion>
      {pages > 1 ? <Pager page={current} pages={pages} onPage={setPage} /> : null}
    </div>
  );
}
