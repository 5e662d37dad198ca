import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert, Forbidden, Loading } from '../components/StatusMessages.tsx';
import { type Area, canAccess } from './access.ts';
import { CurrentUserContext, useCurrentUser } from './current-user.ts';
import { MfaEnrolmentGate } from './MfaEnrolmentGate.tsx';
import { useSession } from './session.ts';

/** Where the login page returns to: kept in the router's location state. */
export type ReturnState = { from: string };

/** Reads the return path from a location state, accepting only same-app paths. */
export function returnPathOf(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('from' in state)) return null;
  const from = state.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : null;
}

/**
 * Renders its child routes for a signed-in user (providing the user to them); otherwise sends them to the login page,
 * remembering where they wanted to go.
 */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading label="ログイン状態を確認しています…" />;
  if (session.isError) {
    return (
      <main className="mx-auto max-w-3xl p-6">
        <ErrorAlert error={session.error} title="ログイン状態を確認できませんでした。" />
      </main>
    );
  }
  if (!session.data.session) {
    // After a deliberate logout, a new login starts from home; otherwise it returns here.
    if (session.data.signedOut === 'logout') return <Navigate to="/login" replace />;
    const state: ReturnState = { from: `${location.pathname}${location.search}${location.hash}` };
    return <Navigate to="/login" replace state={state} />;
  }
  return (
    <CurrentUserContext value={session.data.session.user}>
      {session.data.session.user.mfaEnrolmentRequired ? <MfaEnrolmentGate /> : <Outlet />}
    </CurrentUserContext>
  );
}

/** Renders its child routes only for roles that may use `area`; others get the 権限がありません page. */
export function RequireArea({ area }: { area: Area }) {
  const user = useCurrentUser();
  return canAccess(user.role, area) ? <Outlet /> : <Forbidden />;
}
