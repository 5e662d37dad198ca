import type { ImportPreview } from './import-client.ts';

const ENCODING_LABELS: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8（BOM付き）',
  cp932: 'Shift_JIS（CP932）',
};

function RowsTable({
  caption,
  preview,
  rows,
}: {
  caption: string;
  preview: ImportPreview;
  rows: ImportPreview['sample'];
}) {
  return (
    <section
      aria-label={caption}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      className="mt-4 overflow-x-auto rounded-8 border border-solid-gray-200"
    >
      <table className="w-full border-collapse text-dns-14N-130">
        <caption className="px-4 py-3 text-left text-std-18B-160">{caption}</caption>
        <thead className="bg-solid-gray-50">
          <tr>
            <th scope="col" className="px-2 py-2 text-right">
              行
            </th>
            {preview.headers.map((h, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat; their position is their identity
              <th key={i} scope="col" className="px-2 py-2 text-left">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.row} className={`border-t border-solid-gray-200 ${r.flagged ? 'bg-red-50' : ''}`}>
              <th scope="row" className="px-2 py-2 text-right font-normal">
                {r.row}
                {r.flagged ? <span className="sr-only">（エラーあり）</span> : null}
              </th>
              {preview.headers.map((_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are aligned with the headers by position
                <td key={i} className="whitespace-pre-wrap px-2 py-2">
                  {r.cells[i] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** What the server read from the file: counts, encoding, the column mapping, errors and rows. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const mapped = preview.columns.filter((c) => c.field !== null);
  return (
    <section aria-labelledby="preview-heading" className="mt-8">
      <h2 id="preview-heading" className="text-std-24B-150">
        読み込み結果（プレビュー）
      </h2>
      <p role="status" className="mt-2 text-std-16N-170">
        {preview.totalRows}行を読み込みました（正常 {preview.validRows}行、エラーのある行{' '}
        {preview.invalidRows}行）。
      </p>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-bold">ファイル</dt>
        <dd>{preview.filename ?? '（名前なし）'}</dd>
        <dt className="font-bold">形式</dt>
        <dd>{preview.format === 'xlsx' ? 'Excel（.xlsx）' : 'CSV'}</dd>
        {preview.encoding ? (
          <>
            <dt className="font-bold">文字コード</dt>
            <dd>{ENCODING_LABELS[preview.encoding] ?? preview.encoding}</dd>
          </>
        ) : null}
        <dt className="font-bold">取り込み方法</dt>
        <dd>{preview.mode === 'replace' ? '自団体の分を置き換える' : '追加する'}</dd>
        <dt className="font-bold">列の対応</dt>
        <dd>
          {mapped.map((c) => (c.header === c.label ? c.header : `${c.header} → ${c.label}`)).join('、')}
        </dd>
        {preview.ignoredHeaders.length > 0 ? (
          <>
            <dt className="font-bold">使わない列</dt>
            <dd>{preview.ignoredHeaders.join('、')}</dd>
          </>
        ) : null}
      </dl>

      {preview.invalidRows > 0 ? (
        <>
          <div
            role="alert"
            className="mt-6 rounded-8 border-2 border-error-1 bg-red-50 px-4 py-3 text-error-2"
          >
            <p className="font-bold">
              エラーのある行が{preview.invalidRows}行あります。このままでは取り込めません。
            </p>
            <p>ファイルを修正して、もう一度選んでください（何も登録していません）。</p>
          </div>
          <section
            aria-label="エラーの一覧"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
            tabIndex={0}
            className="mt-4 overflow-x-auto rounded-8 border border-solid-gray-200"
          >
            <table className="w-full border-collapse text-std-16N-170">
              <caption className="px-4 py-3 text-left text-std-18B-160">
                エラーの一覧（{preview.errorCount}件
                {preview.errors.length < preview.errorCount ? `、先頭${preview.errors.length}件を表示` : ''}）
              </caption>
              <thead className="bg-solid-gray-50">
                <tr>
                  <th scope="col" className="px-3 py-2 text-right">
                    行
                  </th>
                  <th scope="col" className="px-3 py-2 text-left">
                    列
                  </th>
                  <th scope="col" className="px-3 py-2 text-left">
                    内容
                  </th>
                </tr>
              </thead>
              <tbody>
                {preview.errors.map((e) => (
                  <tr key={`${e.row}:${e.column}:${e.message}`} className="border-t border-solid-gray-200">
                    <td className="px-3 py-2 text-right">{e.row}</td>
                    <td className="px-3 py-2">{e.column}</td>
                    <td className="px-3 py-2">{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <RowsTable caption="エラーのある行" preview={preview} rows={preview.flagged} />
        </>
      ) : (
        <RowsTable
          caption={`取り込む内容（先頭${preview.sample.length}行）`}
          preview={preview}
          rows={preview.sample}
        />
      )}
    </section>
  );
}
