import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, expectOk, readJson, type SuccessBody, setCsrfToken } from '../api/client.ts';

/** The signed-in session as the API returns it: the user and the CSRF token for writes. */
export type Session = Extract<
  SuccessBody<Awaited<ReturnType<typeof api.auth.me.$get>>>,
  { csrfToken: string }
>;

/** The answer of the password step for an account with two-factor sign-in: send the code next. */
export type MfaChallenge = { mfaRequired: true; challengeToken: string; expiresAt: string };

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
  // Without a session the API answers 200 { user: null } (no failed request in the console).
  const me = await readJson(await api.auth.me.$get());
  if (!('csrfToken' in me)) return { session: null, signedOut: 'none' };
  setCsrfToken(me.csrfToken);
  return { session: me };
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

/**
 * Signs in with login ID and password (POST /api/auth/login). For an account with two-factor sign-in
 * the answer is a challenge, to be completed with {@link useMfaLogin}; otherwise the session starts.
 */
export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { login: string; password: string }): Promise<Session | MfaChallenge> =>
      readJson<Session | MfaChallenge>(await api.auth.login.$post({ json: input })),
    onSuccess: (result) => {
      if ('csrfToken' in result) replaceSession(client, result);
    },
  });
}

/** The second step of signing in: the challenge and a code from the authenticator app (or a recovery code). */
export function useMfaLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { challengeToken: string; code: string }) =>
      readJson(await api.auth.login.totp.$post({ json: input })),
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
