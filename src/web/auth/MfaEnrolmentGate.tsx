import { PageHeading } from '../components/PageHeading.tsx';
import { useRefreshSession } from '../routes/account/account-queries.ts';
import { TotpEnrolment } from '../routes/account/TotpEnrolment.tsx';
import { useLogout } from './session.ts';

/**
 * Shown instead of the app to a user whose role must use two-factor sign-in (MFA_REQUIRED_ROLES) and
 * has not enrolled yet: the API refuses everything else until then.
 */
export function MfaEnrolmentGate() {
  const refresh = useRefreshSession();
  const logout = useLogout();
  return (
    <div className="min-h-screen bg-solid-gray-50">
      <header className="border-b border-solid-gray-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
          <p className="text-std-20B-150 text-blue-1000">DXShip（デジシップ）ひろしま</p>
          <button
            type="button"
            onClick={() => logout.mutate()}
            className="rounded-8 border border-blue-900 bg-white px-4 py-2 text-std-16B-170 text-blue-900 hover:bg-blue-50"
          >
            ログアウト
          </button>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-4 py-10">
        <PageHeading title="2段階認証の設定" />
        <p className="mt-4">
          この権限で DXShip
          を使うには、2段階認証の設定が必要です。スマートフォンの認証アプリを登録してください。
        </p>
        <TotpEnrolment onDone={() => void refresh()} />
      </main>
    </div>
  );
}
