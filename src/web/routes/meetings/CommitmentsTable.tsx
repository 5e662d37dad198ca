import { Link } from 'react-router';
import { EMPTY_MARK, formatDate } from '../../../domain/japanese-date.ts';
import { CommitmentActions } from './CommitmentActions.tsx';
import type { Commitment } from './meetings-queries.ts';

/** Commitments with owner, due date, state and — for those allowed — the actions that close them. */
export function CommitmentsTable({
  items,
  caption,
  showMeeting = false,
}: {
  items: readonly Commitment[];
  caption: string;
  showMeeting?: boolean;
}) {
  return (
    <div
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      className="mt-3 overflow-x-auto rounded-8 border border-solid-gray-200"
    >
      <table className="w-full border-collapse text-std-16N-170">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-solid-gray-50">
          <tr>
            <th scope="col" className="px-3 py-2 text-left">
              内容
            </th>
            {showMeeting ? (
              <th scope="col" className="px-3 py-2 text-left">
                会議
              </th>
            ) : null}
            <th scope="col" className="px-3 py-2 text-left">
              担当団体
            </th>
            <th scope="col" className="px-3 py-2 text-left">
              期限
            </th>
            <th scope="col" className="px-3 py-2 text-left">
              状態
            </th>
            <th scope="col" className="px-3 py-2 text-left">
              操作
            </th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 ? (
            <tr>
              <td colSpan={showMeeting ? 6 : 5} className="px-3 py-4 text-center text-solid-gray-700">
                該当するコミットメントはありません。
              </td>
            </tr>
          ) : null}
          {items.map((c) => (
            <tr key={c.id} className="border-t border-solid-gray-200 align-top">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {c.title}
                {c.resolution ? (
                  <span className="block text-dns-14N-130 text-solid-gray-700">対応結果：{c.resolution}</span>
                ) : null}
              </th>
              {showMeeting ? (
                <td className="px-3 py-2">
                  {c.meetingId ? (
                    <Link to={`/meetings/${c.meetingId}`}>
                      {c.meetingTitle}
                      {c.meetingHeldOn ? `（${formatDate(c.meetingHeldOn)}）` : ''}
                    </Link>
                  ) : (
                    EMPTY_MARK
                  )}
                </td>
              ) : null}
              <td className="px-3 py-2">{c.ownerOrgName}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                {c.dueOnLabel}
                {c.overdue ? <strong className="block text-error-2">期限超過</strong> : null}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                {c.statusLabel}
                {c.closedOn ? <span className="block text-dns-14N-130">{formatDate(c.closedOn)}</span> : null}
              </td>
              <td className="px-3 py-2">
                <CommitmentActions c={c} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
