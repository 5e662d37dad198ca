import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { formatAuditTime } from '../audit/audit-labels.ts';
import { type HistoryKind, useRecordHistory } from './history-queries.ts';

/**
 * A record's 変更履歴: who changed it when, and each changed field's value before and after.
 * Personal fields the reader may not see are listed as changed, without their values.
 */
export function HistoryPanel({ kind, id }: { kind: HistoryKind; id: string }) {
  const history = useRecordHistory(kind, id);
  if (history.isPending) return <Loading label="変更履歴を読み込んでいます…" />;
  if (history.isError) return <ErrorAlert error={history.error} />;
  if (history.data.items.length === 0) return <p className="mt-3">変更の記録はありません。</p>;
  return (
    <ol className="mt-3 space-y-4">
      {history.data.items.map((entry) => (
        <li key={entry.id} className="rounded-8 border border-solid-gray-200 p-4">
          <p>
            <strong>{entry.actionLabel}</strong>
            <span className="ml-3 text-solid-gray-700">
              {formatAuditTime(entry.at)}・{entry.actor.name}（{entry.actor.login}）
            </span>
          </p>
          {entry.changes.length > 0 ? (
            <table className="mt-2 w-full border-collapse text-std-16N-170">
              <caption className="sr-only">
                {formatAuditTime(entry.at)}の{entry.actionLabel}で変わった項目
              </caption>
              <thead className="bg-solid-gray-50">
                <tr>
                  <th scope="col" className="border-b border-solid-gray-600 px-3 py-1 text-left">
                    項目
                  </th>
                  <th scope="col" className="border-b border-solid-gray-600 px-3 py-1 text-left">
                    変更前
                  </th>
                  <th scope="col" className="border-b border-solid-gray-600 px-3 py-1 text-left">
                    変更後
                  </th>
                </tr>
              </thead>
              <tbody>
                {entry.changes.map((c) => (
                  <tr key={c.field} className="border-b border-solid-gray-200 align-top">
                    <th scope="row" className="px-3 py-1 text-left font-normal">
                      {c.label}
                    </th>
                    {c.masked ? (
                      <td colSpan={2} className="px-3 py-1 text-solid-gray-700">
                        変更あり（個人情報のため表示しません）
                      </td>
                    ) : (
                      <>
                        <td className="px-3 py-1 whitespace-pre-wrap">{c.before ?? '—'}</td>
                        <td className="px-3 py-1 whitespace-pre-wrap">{c.after ?? '—'}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
