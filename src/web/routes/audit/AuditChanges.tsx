/** Pretty JSON of a recorded value; `null`/absent as 'なし'. */
function json(value: unknown): string {
  return value === null || value === undefined ? 'なし' : JSON.stringify(value, null, 2);
}

/** The before/after values of an audit entry, folded in a details element. */
export function AuditChanges({ before, after }: { before: unknown; after: unknown }) {
  if ((before === null || before === undefined) && (after === null || after === undefined)) {
    return <span className="text-solid-gray-700">記録なし</span>;
  }
  return (
    <details className="min-w-72 max-w-xl">
      <summary className="cursor-pointer text-blue-1000 underline underline-offset-3">
        変更前・変更後を表示
      </summary>
      <div className="mt-2 space-y-2">
        <div>
          <p className="text-dns-14B-130">変更前</p>
          <pre className="mt-1 rounded-4 bg-solid-gray-50 p-2 text-mono-14N-150 break-all whitespace-pre-wrap">
            {json(before)}
          </pre>
        </div>
        <div>
          <p className="text-dns-14B-130">変更後</p>
          <pre className="mt-1 rounded-4 bg-solid-gray-50 p-2 text-mono-14N-150 break-all whitespace-pre-wrap">
            {json(after)}
          </pre>
        </div>
      </div>
    </details>
  );
}
