import { formatWareki } from '../../../domain/wareki.ts';
import { textButtonClass } from '../../components/button-styles.ts';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { type OwnSession, useEndSession, useOwnSessions } from './account-queries.ts';

/** A timestamp as 和暦 date and time (e.g. 令和8年12月6日 14:05). */
function when(iso: string): string {
  const date = new Date(iso);
  const time = date.toLocaleTimeString('ja-JP', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Tokyo',
  });
  return `${formatWareki(date)} ${time}`;
}

/** A readable name of a browser from its user agent (the raw text stays available as a title). */
function browserOf(userAgent: string | null): string {
  if (!userAgent) return '不明';
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Chrome\//.test(userAgent)
      ? 'Chrome'
      : /Firefox\//.test(userAgent)
        ? 'Firefox'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : 'その他';
  const system = /Windows/.test(userAgent)
    ? 'Windows'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Android/.test(userAgent)
        ? 'Android'
        : /Mac OS/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : '';
  return system ? `${browser}（${system}）` : browser;
}

function SessionRow({ session }: { session: OwnSession }) {
  const end = useEndSession();
  return (
    <tr className="border-b border-solid-gray-200">
      <th scope="row" className="px-3 py-2 text-left font-normal">
        <span title={session.userAgent ?? undefined}>{browserOf(session.userAgent)}</span>
        {session.current ? <strong className="ml-2">（この端末）</strong> : null}
      </th>
      <td className="px-3 py-2">{session.ip ?? '不明'}</td>
      <td className="px-3 py-2">{session.method === 'oidc' ? 'シングルサインオン' : 'パスワード'}</td>
      <td className="px-3 py-2">{when(session.createdAt)}</td>
      <td className="px-3 py-2">{when(session.lastUsedAt)}</td>
      <td className="px-3 py-2">
        {session.current ? null : (
          <button
            type="button"
            className={textButtonClass}
            disabled={end.isPending}
            onClick={() => end.mutate(session.id)}
            aria-label={`${browserOf(session.userAgent)}（${session.ip ?? '不明'}）のログインを終了する`}
          >
            終了する
          </button>
        )}
        {end.isError ? <ErrorAlert error={end.error} /> : null}
      </td>
    </tr>
  );
}

/** The signed-in user's sessions (devices signed in), each but the current one with 終了する. */
export function SessionsSection() {
  const sessions = useOwnSessions();
  if (sessions.isPending) return <Loading />;
  if (sessions.isError) return <ErrorAlert error={sessions.error} />;
  return (
    <section
      aria-label="ログイン中の端末の一覧"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      className="mt-4 overflow-x-auto"
    >
      <table className="w-full min-w-[40rem] border-collapse text-std-16N-170">
        <caption className="sr-only">ログイン中の端末</caption>
        <thead>
          <tr className="border-b-2 border-solid-gray-600 text-left">
            <th scope="col" className="px-3 py-2">
              ブラウザ
            </th>
            <th scope="col" className="px-3 py-2">
              接続元
            </th>
            <th scope="col" className="px-3 py-2">
              方法
            </th>
            <th scope="col" className="px-3 py-2">
              ログイン
            </th>
            <th scope="col" className="px-3 py-2">
              最終利用
            </th>
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">操作</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.data.items.map((s) => (
            <SessionRow key={s.id} session={s} />
          ))}
        </tbody>
      </table>
    </section>
  );
}
