import {
  type ColumnDef,
  constructSortFn,
  createColumnHelper,
  createSortedRowModel,
  metaHelper,
  type RowData,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';

/** Per-column options of DataTable. */
export type DataTableColumnMeta = {
  /** Render this column's cells as row headers (`<th scope="row">`), e.g. the name column. */
  rowHeader?: boolean;
  /** Horizontal alignment of header and cells (default start). */
  align?: 'start' | 'center' | 'end';
};

const japaneseCollator = new Intl.Collator('ja', { numeric: true, sensitivity: 'base' });

/** Sorts Japanese text in 五十音 order (for kana readings) with numbers compared as numbers. */
export const sortFn_japanese = constructSortFn({
  sort: (a: unknown, b: unknown) => japaneseCollator.compare(String(a ?? ''), String(b ?? '')),
});

/** The TanStack Table features every DataTable uses: client-side sorting. */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: {
    alphanumeric: sortFn_alphanumeric,
    text: sortFn_text,
    basic: sortFn_basic,
    datetime: sortFn_datetime,
    japanese: sortFn_japanese,
  },
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

/** The feature set type of DataTable's columns. */
export type DataTableFeatures = typeof dataTableFeatures;

/** Column definitions accepted by DataTable (build them with {@link dataTableColumnHelper}). */
export type DataTableColumns<TData extends RowData> = ColumnDef<DataTableFeatures, TData, unknown>[];

/** A column helper bound to DataTable's features; use `helper.columns([...])` at module scope. */
export function dataTableColumnHelper<TData extends RowData>() {
  return createColumnHelper<DataTableFeatures, TData>();
}
