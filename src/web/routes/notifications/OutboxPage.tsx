import { useId, useState } from 'react';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { MailStatusNotice } from './MailStatusNotice.tsx';
import { type OutboxFilter, useOutbox } from './notifications-queries.ts';

const STATUS_LABELS: Record<Exclude<OutboxFilter, ''>, string> = {
  pending: '送信待ち・再試行待ち',
  sent: '送信済み',
  failed: '失敗',
  skipped: '送信せず（メール無効）',
};

const time = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' }) : '—';

/** メール送信キュー (admins): what was sent, what waits for a retry and what failed, with the error. */
export function OutboxPage() {
  const id = useId();
  const [status, setStatus] = useState<OutboxFilter>('failed');
  const outbox = useOutbox(status);
  return (
    <>
      <PageHeading title="メール送信キュー" />
      <MailStatusNotice />
      <label htmlFor={`${id}-status`} className={labelClass}>
        状態
      </label>
      <select
        id={`${id}-status`}
        value={status}
        onChange={(event) => setStatus(event.target.value as OutboxFilter)}
        className={`${controlClass} mt-1 w-72`}
      >
        <option value="">すべて</option>
        {Object.entries(STATUS_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {outbox.isPending ? <Loading /> : null}
      {outbox.isError ? <ErrorAlert error={outbox.error} title="送信キューを読み込めませんでした。" /> : null}
      {outbox.data ? (
        <>
          <p role="status" className="my-4 text-std-16N-170">
            送信済み {outbox.data.counts.sent} 通・送信待ち {outbox.data.counts.pending} 通・失敗{' '}
            {outbox.data.counts.failed} 通・送信せず {outbox.data.counts.skipped} 通（差出人{' '}
            {outbox.data.from}）
          </p>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-std-16N-170">
              <thead>
                <tr className="border-b border-solid-gray-600">
                  <th className="p-2">番号</th>
                  <th className="p-2">宛先</th>
                  <th className="p-2">件名</th>
                  <th className="p-2">状態</th>
                  <th className="p-2">試行</th>
                  <th className="p-2">次の試行・送信日時</th>
                  <th className="p-2">エラー</th>
                </tr>
              </thead>
              <tbody>
                {outbox.data.items.map((m) => (
                  <tr key={m.id} className="border-b border-solid-gray-200">
                    <td className="p-2">{m.id}</td>
                    <td className="p-2 break-all">{m.recipient}</td>
                    <td className="p-2">{m.subject}</td>
                    <td className="p-2">{STATUS_LABELS[m.status]}</td>
                    <td className="p-2">{m.attempts}</td>
                    <td className="p-2">{m.status === 'sent' ? time(m.sentAt) : time(m.nextAttemptAt)}</td>
                    <td className="p-2 break-all">{m.lastError ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </>
  );
}
