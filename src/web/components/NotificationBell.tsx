import { Link } from 'react-router';
import { useUnreadCount } from '../routes/notifications/notifications-queries.ts';

/**
 * The header's bell: a link to the inbox with the number of unread notifications. The count shown is a
 * word of its own in the name (通知 未読 3 件): words in parentheses do not count as part of a name
 * (WCAG 2.5.3, as axe-core checks it).
 */
export function NotificationBell() {
  const unread = useUnreadCount().data ?? 0;
  const shown = unread > 99 ? '99+' : String(unread);
  const label = unread > 0 ? `通知 未読 ${shown} 件` : '通知 未読なし';
  return (
    <Link
      to="/notifications"
      aria-label={label}
      title={label}
      className="relative inline-flex items-center rounded-8 border border-solid-gray-420 px-3 py-2 text-blue-1000 no-underline hover:bg-blue-50"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" fill="currentColor">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      {unread > 0 ? (
        <span
          data-testid="unread-count"
          className="absolute -top-2 -right-2 min-w-6 rounded-full bg-red-900 px-1.5 text-center text-dns-14B-130 text-white"
        >
          {shown}
        </span>
      ) : null}
    </Link>
  );
}
