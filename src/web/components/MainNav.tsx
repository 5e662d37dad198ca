import { Link, useLocation } from 'react-router';
import { type Area, canAccess } from '../auth/access.ts';
import type { SessionUser } from '../auth/session.ts';

/** The areas in the main navigation, in order. Only areas that exist are listed. */
const NAV_ITEMS: readonly { area: Area; to: string; label: string }[] = [
  { area: 'home', to: '/', label: 'ホーム' },
  { area: 'dashboard', to: '/dashboard', label: 'ダッシュボード' },
  { area: 'orgs', to: '/orgs', label: '団体' },
  { area: 'placement', to: '/placement', label: '配置状況' },
  { area: 'matching', to: '/matching', label: '最適配置' },
  { area: 'people', to: '/people', label: '人材' },
  { area: 'me', to: '/me', label: 'マイページ' },
  { area: 'skills', to: '/skills', label: 'スキル' },
  { area: 'meetings', to: '/meetings', label: '会議' },
  { area: 'recruitment', to: '/recruitment', label: '採用' },
  { area: 'workforce', to: '/workforce', label: '需給見通し' },
  { area: 'literacy', to: '/literacy', label: '研修' },
  { area: 'reports', to: '/reports', label: '年次報告' },
  { area: 'inventory', to: '/inventory', label: '台帳' },
  { area: 'search', to: '/search', label: '検索' },
  { area: 'procurement', to: '/procurement', label: '共同調達' },
  { area: 'practices', to: '/practices', label: '好事例' },
  { area: 'users', to: '/users', label: '利用者' },
  { area: 'audit', to: '/audit', label: '監査ログ' },
];

/** aria-current for a link: "page" on its own page, "true" on a page below it (e.g. a body's detail). */
function currentFor(to: string, pathname: string): 'page' | 'true' | undefined {
  if (pathname === to) return 'page';
  if (to !== '/' && pathname.startsWith(`${to}/`)) return 'true';
  return undefined;
}

/** The main navigation: the areas the user's role may use, the current one marked with aria-current. */
export function MainNav({ user }: { user: SessionUser }) {
  const { pathname } = useLocation();
  const items = NAV_ITEMS.filter((item) => canAccess(user.role, item.area));
  return (
    <nav aria-label="メインメニュー" className="border-b border-solid-gray-200 bg-white">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-4">
        {items.map((item) => {
          const current = currentFor(item.to, pathname);
          return (
            <li key={item.area}>
              <Link
                to={item.to}
                aria-current={current}
                className={`block border-b-4 px-4 py-3 text-std-16B-170 no-underline hover:bg-solid-gray-50 hover:underline ${
                  current ? 'border-blue-900 text-blue-1000' : 'border-transparent text-solid-gray-800'
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
