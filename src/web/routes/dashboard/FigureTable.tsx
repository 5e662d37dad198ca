/** Props of {@link FigureTable}. */
export type FigureTableProps = {
  id?: string;
  caption: string;
  captionHidden?: boolean;
  head: readonly string[];
  rows: readonly (readonly (string | number)[])[];
};

/**
 * A small accessible table of figures (the first column as row headers, numbers right-aligned) — the
 * text alternative that goes with every chart.
 */
export function FigureTable({ id, caption, captionHidden = false, head, rows }: FigureTableProps) {
  return (
    <div
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      className="mt-3 overflow-x-auto rounded-8 border border-solid-gray-200"
    >
      <table id={id} className="w-full border-collapse text-std-16N-170">
        <caption className={captionHidden ? 'sr-only' : 'px-3 py-2 text-left text-std-16B-170'}>
          {caption}
        </caption>
        <thead className="bg-solid-gray-50">
          <tr>
            {head.map((h, i) => (
              <th key={h} scope="col" className={`px-3 py-2 ${i === 0 ? 'text-left' : 'text-right'}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={String(row[0])} className="border-t border-solid-gray-200">
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={head[i]} scope="row" className="px-3 py-1 text-left font-normal whitespace-nowrap">
                    {cell}
                  </th>
                ) : (
                  <td key={head[i]} className="px-3 py-1 text-right whitespace-nowrap">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
