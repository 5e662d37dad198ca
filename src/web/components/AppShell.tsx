import { type RefObject, useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { ApiError } from '../api/client.ts';
import { useCurrentUser } from '../auth/current-user.ts';
import { useLogout } from '../auth/session.ts';
import { FiscalYearHeaderSelect, useFiscalYearSearch } from './fiscal-year.tsx';
import { MainNav } from './MainNav.tsx';
import { NotificationBell } from './NotificationBell.tsx';
import { ErrorAlert } from './StatusMessages.tsx';

/** After a page change, moves focus to the new page's h1 so screen readers announce it. */
function useFocusHeadingOnNavigation(): RefObject<HTMLElement | null> {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return; // first render: leave focus where the browser put it
    shown.current = pathname;
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    (heading ?? mainRef.current)?.focus();
  }, [pathname]);
  return mainRef;
}

/** The header's user panel: name, 団体名, role label and the logout button. */
function UserPanel() {
  const user = useCurrentUser();
  const logout = useLogout();

  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <dl className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-std-16N-170">
        <div className="flex gap-x-1">
          <dt className="sr-only">氏名</dt>
          <dd className="font-bold">{user.displayName}</dd>
        </div>
        <div className="flex gap-x-1">
          <dt className="text-solid-gray-700">団体</dt>
          <dd>{user.body.name}</dd>
        </div>
        <div className="flex gap-x-1">
          <dt className="text-solid-gray-700">権限</dt>
          <dd>{user.roleLabel}</dd>
        </div>
      </dl>
      <button
        type="button"
        onClick={() => logout.mutate()}
        disabled={logout.isPending}
        className="rounded-8 border border-blue-900 bg-white px-4 py-2 text-std-16B-170 text-blue-900 hover:bg-blue-50 disabled:border-solid-gray-400 disabled:text-solid-gray-700"
      >
        ログアウト
      </button>
      {logout.isError && !(logout.error instanceof ApiError && logout.error.status === 401) ? (
        <div className="basis-full">
          <ErrorAlert error={logout.error} title="ログアウトできませんでした。" />
        </div>
      ) : null}
    </div>
  );
}

/**
 * The frame of every signed-in page: skip link, header, the navigation beside the main content (above
 * it on narrow screens) and footer.
 */
export function AppShell() {
  const user = useCurrentUser();
  const mainRef = useFocusHeadingOnNavigation();
  const fySearch = useFiscalYearSearch();
  return (
    <div className="flex min-h-screen flex-col bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-4 focus:bg-white focus:px-4 focus:py-2 focus:text-std-16B-170"
      >
        本文へスキップ
      </a>
      <header className="border-b border-solid-gray-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-4">
          <p className="text-std-20B-150">
            <Link
              to={{ pathname: '/', search: fySearch }}
              className="text-blue-1000 no-underline hover:underline"
            >
              DXShip（デジシップ）ひろしま
            </Link>
          </p>
          <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
            <FiscalYearHeaderSelect />
            <NotificationBell />
            <UserPanel />
          </div>
        </div>
      </header>
      <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col md:flex-row">
        <MainNav user={user} />
        <main
          id="main"
          ref={mainRef}
          tabIndex={-1}
          className="w-full min-w-0 flex-1 px-4 py-8 focus:outline-none md:px-8"
        >
          <Outlet />
        </main>
      </div>
      <footer className="border-t border-solid-gray-200 bg-solid-gray-50">
        <div className="mx-auto max-w-7xl px-4 py-6 text-std-16N-170 text-solid-gray-700">
          <p>DXShip（デジシップ）ひろしま — 広島県・県内市町 情報システム人材の確保・育成・共有</p>
        </div>
      </footer>
    </div>
  );
}
