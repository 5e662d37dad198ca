import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, expectOk, readJson, type SuccessBody, setCsrfToken } from '../api/client.ts';

/** The signed-in session as the API returns it: the user and the CSRF token for writes. */
export type Session = SuccessBody<Awaited<ReturnType<typeof api.auth.me.$get>>>;

/** The signed-in user: name, role and role label, and the body (団体) they belong to. */
export type SessionUser = Session['user'];

/** Why nobody is signed in: never was (this visit), signed out, or the session ended (a 401). */
export type SignedOutReason = 'none' | 'logout' | 'expired';

/** What the app knows about the session: the session, or why there is none. */
export type SessionState =
  | { session: Session; signedOut?: undefined }
  | { session: null; signedOut: SignedOutReason };

/** Query key of the session state. */
export const SESSION_QUERY_KEY = ['session'] as const;

async function fetchSession(): Promise<SessionState> {
  const res = await api.auth.me.$get();
  if (res.status === 401) return { session: null, signedOut: 'none' };
  const session = await readJson(res);
  setCsrfToken(session.csrfToken);
  return { session };
}

/** The session state, loaded once from GET /api/auth/me and then kept by login, logout and 401s. */
export function useSession() {
  return useQuery({
    queryKey: SESSION_QUERY_KEY,
    queryFn: fetchSession,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Starts a new session, or ends it for `reason`, dropping every cached answer of the previous one. */
export function replaceSession(client: QueryClient, next: Session | { signedOut: SignedOutReason }): void {
  const state: SessionState =
    'signedOut' in next ? { session: null, signedOut: next.signedOut } : { session: next };
  setCsrfToken(state.session?.csrfToken ?? null);
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
  client.setQueryData(SESSION_QUERY_KEY, state);
}

/** Handles a 401 from any call: the session has ended, so the route guard shows the login page. */
export function endSession(client: QueryClient): void {
  const current = client.getQueryData<SessionState>(SESSION_QUERY_KEY);
  if (!current?.session) return; // not signed in anyway (e.g. a failed login)
  setCsrfToken(null);
  client.setQueryData<SessionState>(SESSION_QUERY_KEY, { session: null, signedOut: 'expired' });
}

/** Signs in with login ID and password (POST /api/auth/login). */
export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { login: string; password: string }) =>
      readJson(await api.auth.login.$post({ json: input })),
    onSuccess: (session) => replaceSession(client, session),
  });
}

/**
 * Signs out (POST /api/auth/logout). Afterwards — or if the session had already ended (401) — the
 * session state says 'logout' and the route guard shows the login page.
 */
export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => expectOk(await api.auth.logout.$post()),
    onSuccess: () => replaceSession(client, { signedOut: 'logout' }),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 401) replaceSession(client, { signedOut: 'logout' });
    },
  });
}
