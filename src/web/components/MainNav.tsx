import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { type Area, canAccess } from '../auth/access.ts';
import type { SessionUser } from '../auth/session.ts';
import { useFiscalYearSearch } from './fiscal-year.tsx';

type NavItem = { area: Area; to: string; label: string };
type NavGroup = { heading: string; items: readonly NavItem[] };

/** The areas in the main navigation, grouped by what the programme does. Only areas that exist are listed. */
const NAV_GROUPS: readonly NavGroup[] = [
  {
    heading: '全体',
    items: [
      { area: 'home', to: '/', label: 'ホーム' },
      { area: 'dashboard', to: '/dashboard', label: 'ダッシュボード' },
      { area: 'reports', to: '/reports', label: '年次報告' },
    ],
  },
  {
    heading: '人材',
    items: [
      { area: 'people', to: '/people', label: '人材' },
      { area: 'me', to: '/me', label: 'マイページ' },
      { area: 'skills', to: '/skills', label: 'スキル' },
      { area: 'literacy', to: '/literacy', label: '研修' },
      { area: 'recruitment', to: '/recruitment', label: '採用' },
      { area: 'workforce', to: '/workforce', label: '需給見通し' },
    ],
  },
  {
    heading: '配置',
    items: [
      { area: 'placement', to: '/placement', label: '配置状況' },
      { area: 'matching', to: '/matching', label: '最適配置' },
      { area: 'orgs', to: '/orgs', label: '団体' },
    ],
  },
  {
    heading: '連携',
    items: [{ area: 'meetings', to: '/meetings', label: '会議' }],
  },
  {
    heading: '情報共有',
    items: [
      { area: 'inventory', to: '/inventory', label: '台帳' },
      { area: 'practices', to: '/practices', label: '好事例' },
      { area: 'search', to: '/search', label: '検索' },
      { area: 'procurement', to: '/procurement', label: '共同調達' },
    ],
  },
  {
    heading: '管理',
    items: [
      { area: 'account', to: '/account', label: 'マイアカウント' },
      { area: 'users', to: '/users', label: '利用者' },
      { area: 'audit', to: '/audit', label: '監査ログ' },
      { area: 'synonyms', to: '/search/synonyms', label: '検索辞書' },
    ],
  },
];

/** The id of the element the narrow-screen 「メニュー」 button shows and hides (there is one main navigation). */
const MENU_ID = 'main-menu';

/** aria-current for a link: "page" on its own page, "true" on a page below it (e.g. a body's detail). */
function currentFor(to: string, pathname: string): 'page' | 'true' | undefined {
  if (pathname === to) return 'page';
  if (to !== '/' && pathname.startsWith(`${to}/`)) return 'true';
  return undefined;
}

/** One group: its heading and a list of its links, the list named by the heading. */
function NavGroupList({
  group,
  pathname,
  onNavigate,
}: {
  group: NavGroup;
  pathname: string;
  onNavigate: () => void;
}) {
  const headingId = useId();
  // The chosen 年度 goes with every link of the menu.
  const search = useFiscalYearSearch();
  return (
    <div className="md:mb-4">
      <h2 id={headingId} className="px-3 pt-4 pb-1 text-dns-14B-130 text-solid-gray-700">
        {group.heading}
      </h2>
      <ul aria-labelledby={headingId} className="flex flex-col gap-y-1">
        {group.items.map((item) => {
          const current = currentFor(item.to, pathname);
          return (
            <li key={item.area}>
              <Link
                to={{ pathname: item.to, search }}
                aria-current={current}
                onClick={onNavigate}
                className={`block rounded-r-8 border-l-4 px-3 py-2 no-underline hover:bg-solid-gray-50 hover:underline ${
                  current
                    ? 'border-blue-900 bg-blue-50 text-std-16B-170 text-blue-1000'
                    : 'border-transparent text-std-16N-170 text-solid-gray-800'
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The three-line / cross icon of the 「メニュー」 button (decorative). */
function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor">
      {open ? (
        <path strokeWidth="2" strokeLinecap="round" d="M6 6l12 12M18 6L6 18" />
      ) : (
        <path strokeWidth="2" strokeLinecap="round" d="M4 7h16M4 12h16M4 17h16" />
      )}
    </svg>
  );
}

/**
 * The main navigation: the areas the user's role may use, in groups under headings (a group with
 * nothing to show is left out), the current one marked with aria-current. On wide screens it is a
 * side navigation; below 768px the groups sit behind a 「メニュー」 disclosure button, which Escape
 * closes (focus back on the button). Never printed.
 */
export function MainNav({ user }: { user: SessionUser }) {
  const { pathname } = useLocation();
  const navRef = useRef<HTMLElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // The path on which the narrow-screen menu was opened: moving to another page closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const groups = NAV_GROUPS.map((group) => ({
    ...group,
    items: group.items.filter((item) => canAccess(user.role, item.area)),
  })).filter((group) => group.items.length > 0);

  useEffect(() => {
    if (!open) return;
    function closeOnEscape(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      const focused = document.activeElement;
      if (focused && focused !== document.body && !navRef.current?.contains(focused)) return;
      setOpenOn(null);
      buttonRef.current?.focus();
    }
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [open]);

  return (
    <nav
      ref={navRef}
      aria-label="メインメニュー"
      className="border-b border-solid-gray-200 bg-white md:w-60 md:shrink-0 md:border-r md:border-b-0 print:hidden"
    >
      <div className="px-4 py-2 md:hidden">
        <button
          ref={buttonRef}
          type="button"
          aria-expanded={open}
          aria-controls={MENU_ID}
          onClick={() => setOpenOn(open ? null : pathname)}
          className="inline-flex items-center gap-x-2 rounded-8 border border-solid-gray-600 bg-white px-3 py-2 text-std-16B-170 text-solid-gray-900 hover:bg-solid-gray-50 hover:underline"
        >
          <MenuIcon open={open} />
          メニュー
        </button>
      </div>
      <div
        id={MENU_ID}
        className={`${open ? 'grid' : 'hidden'} gap-x-6 px-2 pb-4 sm:grid-cols-2 md:block md:px-0 md:py-4 md:pr-4`}
      >
        {groups.map((group) => (
          <NavGroupList
            key={group.heading}
            group={group}
            pathname={pathname}
            onNavigate={() => setOpenOn(null)}
          />
        ))}
      </div>
    </nav>
  );
}
