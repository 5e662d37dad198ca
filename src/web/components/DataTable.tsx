import { type RowData, type SortingState, useTable } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { type DataTableColumns, dataTableFeatures } from './data-table-columns.ts';

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
};

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
 * aria-sort on the sorted column, optional row headers, horizontally scrollable on narrow screens.
 */
export function DataTable<TData extends RowData>({
  caption,
  captionHidden = false,
  data,
  columns,
  getRowId,
  initialSorting = [],
  emptyMessage = '該当するデータはありません。',
}: DataTableProps<TData>) {
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId,
    initialState: { sorting: initialSorting },
    enableSortingRemoval: false,
  });
  const rows = table.getRowModel().rows;
  const columnCount = table.getAllLeafColumns().length;

  return (
    <section
      aria-label={caption}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      className="overflow-x-auto rounded-8 border border-solid-gray-200"
    >
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
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
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
    </section>
  );
}
