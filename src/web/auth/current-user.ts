import { createContext, useContext } from 'react';
import type { SessionUser } from './session.ts';

/** The signed-in user, provided by RequireAuth to every page behind it. */
export const CurrentUserContext = createContext<SessionUser | null>(null);

/**
 * The signed-in user. Only for components below RequireAuth, which renders them only while a
 * session exists (so a page never sees a half-ended session while the guard redirects).
 */
export function useCurrentUser(): SessionUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser は RequireAuth の内側でのみ使えます。');
  return user;
}
