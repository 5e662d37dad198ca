import { useState } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/current-user.ts';
import { secondaryButtonClass, textButtonClass } from '../../components/button-styles.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Pager } from '../../components/Pager.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { MailStatusNotice } from './MailStatusNotice.tsx';
import {
  INBOX_PAGE_SIZE,
  type NotificationItem,
  useInbox,
  useMarkAllRead,
  useMarkRead,
} from './notifications-queries.ts';

const timeFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Asia/Tokyo',
});

function NotificationEntry({ item }: { item: NotificationItem }) {
  const markRead = useMarkRead();
  const unread = item.readAt === null;
  return (
    <li
      className={`rounded-8 border p-4 ${unread ? 'border-blue-900 bg-blue-50' : 'border-solid-gray-200 bg-white'}`}
    >
      <p className="text-dns-14N-130 text-solid-gray-700">
        {unread ? <span className="mr-2 font-bold text-blue-1000">未読</span> : null}
        {item.kindLabel}・{timeFormat.format(new Date(item.createdAt))}
      </p>
      <h2 className="mt-1 text-std-18B-160">{item.title}</h2>
      <p className="mt-2 whitespace-pre-wrap text-std-16N-170">{item.body}</p>
      <div className="mt-2 flex flex-wrap gap-4">
        {item.link ? (
          <Link
            to={item.link}
            onClick={() => unread && markRead.mutate(item.id)}
            className="text-blue-1000 underline underline-offset-3"
          >
            開く
          </Link>
        ) : null}
        {unread ? (
          <button
            type="button"
            className={textButtonClass}
            disabled={markRead.isPending}
            onClick={() => markRead.mutate(item.id)}
          >
            既読にする
          </button>
        ) : null}
      </div>
      {markRead.isError ? <ErrorAlert error={markRead.error} title="既読にできませんでした。" /> : null}
    </li>
  );
}

/** 通知: the signed-in person's inbox, unread first, with links to the settings (and the outbox for admins). */
export function InboxPage() {
  const user = useCurrentUser();
  const [page, setPage] = useState(1);
  const inbox = useInbox(page);
  const markAll = useMarkAllRead();
  return (
    <>
      <PageHeading title="通知" />
      <p className="mt-2 text-std-16N-170">
        <Link to="/notifications/settings" className="text-blue-1000 underline underline-offset-3">
          通知設定（受け取り方・予定表）
        </Link>
        {user.role === 'admin' ? (
          <>
            {' ・ '}
            <Link to="/notifications/outbox" className="text-blue-1000 underline underline-offset-3">
              メール送信キュー
            </Link>
          </>
        ) : null}
      </p>
      {user.role === 'admin' ? <MailStatusNotice /> : null}
      {inbox.isPending ? <Loading /> : null}
      {inbox.isError ? <ErrorAlert error={inbox.error} title="通知を読み込めませんでした。" /> : null}
      {inbox.data ? (
        <>
          <div className="my-4 flex flex-wrap items-center gap-4">
            <p role="status" className="text-std-16N-170">
              {inbox.data.total} 件（未読 {inbox.data.unread} 件）
            </p>
            <button
              type="button"
              className={secondaryButtonClass}
              disabled={inbox.data.unread === 0 || markAll.isPending}
              onClick={() => markAll.mutate()}
            >
              すべて既読にする
            </button>
          </div>
          {markAll.isError ? <ErrorAlert error={markAll.error} title="既読にできませんでした。" /> : null}
          {inbox.data.items.length === 0 ? (
            <p className="text-std-16N-170">通知はまだありません。</p>
          ) : (
            <ul className="space-y-3">
              {inbox.data.items.map((item) => (
                <NotificationEntry key={item.id} item={item} />
              ))}
            </ul>
          )}
          <Pager page={page} pages={Math.ceil(inbox.data.total / INBOX_PAGE_SIZE)} onPage={setPage} />
        </>
      ) : null}
    </>
  );
}
