import { Link, useLocation } from 'react-router';
import { canAccess } from '../../auth/access.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { secondaryButtonClass } from '../../components/button-styles.ts';

const TABS = [
  { to: '/inventory', label: '団体ごと' },
  { to: '/inventory/businesses', label: '業務ごと（団体横断）' },
  { to: '/inventory/standardisation', label: '標準化の進捗' },
] as const;

/** The 台帳's views, and registering and importing for those who keep a body's 台帳. */
export function InventoryTabs() {
  const { pathname } = useLocation();
  const user = useCurrentUser();
  return (
    <div className="mt-4 flex flex-wrap items-end justify-between gap-3 border-b border-solid-gray-200">
      <nav aria-label="台帳の表示">
        <ul className="flex flex-wrap gap-1">
          {TABS.map((tab) => {
            const current = pathname === tab.to;
            return (
              <li key={tab.to}>
                <Link
                  to={tab.to}
                  aria-current={current ? 'page' : undefined}
                  className={`block border-b-4 px-3 py-2 no-underline hover:underline ${
                    current ? 'border-blue-900 text-std-16B-170' : 'border-transparent text-std-16N-170'
                  }`}
                >
                  {tab.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="mb-2 flex flex-wrap gap-3">
        {canAccess(user.role, 'records') ? (
          <Link to="/inventory/new" className={`${secondaryButtonClass} no-underline`}>
            システムを登録
          </Link>
        ) : null}
        {canAccess(user.role, 'imports') ? (
          <Link to="/inventory/import" className={`${secondaryButtonClass} no-underline`}>
            台帳を取り込む（CSV・Excel）
          </Link>
        ) : null}
      </div>
    </div>
  );
}
