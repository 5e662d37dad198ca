import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, expectOk, ifMatch, readJson, type SuccessBody } from '../../api/client.ts';
import { SESSION_QUERY_KEY, type SessionState } from '../../auth/session.ts';

/** One of the signed-in user's sessions (GET /api/auth/sessions). */
export type OwnSession = SuccessBody<Awaited<ReturnType<typeof api.auth.sessions.$get>>>['items'][number];

/** What enrolling an authenticator app shows: the secret, its URI and the QR code. */
export type TotpSetup = SuccessBody<Awaited<ReturnType<typeof api.auth.mfa.totp.setup.$post>>>;

const SESSIONS_KEY = ['auth', 'sessions'] as const;

/** Reloads the signed-in user (after a change to the account's state). */
export function useRefreshSession() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
}

/** The signed-in user's sessions, the one in use marked `current`. */
export function useOwnSessions() {
  return useQuery({
    queryKey: SESSIONS_KEY,
    queryFn: async () => readJson(await api.auth.sessions.$get()),
  });
}

/** Ends one of the user's other sessions. */
export function useEndSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => expectOk(await api.auth.sessions[':id'].$delete({ param: { id } })),
    onSuccess: () => client.invalidateQueries({ queryKey: SESSIONS_KEY }),
  });
}

/** Changes the password; the other sessions end, so the list is reloaded. */
export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { currentPassword: string; newPassword: string }) =>
      expectOk(await api.auth.password.$post({ json: input })),
    onSuccess: () => client.invalidateQueries({ queryKey: SESSIONS_KEY }),
  });
}

/** Changes the user's own e-mail address (with If-Match of the version last read). */
export function useUpdateOwnEmail(version: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { email: string }) =>
      readJson(await api.auth.me.$patch({ json: input, header: ifMatch(version) })),
    onSuccess: (session) => client.setQueryData<SessionState>(SESSION_QUERY_KEY, { session }),
  });
}

/** Starts enrolling an authenticator app (a new secret each time). */
export function useTotpSetup() {
  return useMutation({
    mutationFn: async () => readJson(await api.auth.mfa.totp.setup.$post()),
  });
}

/**
 * Confirms the enrolment with a code; answers the recovery codes, shown once. The session is reloaded
 * by the caller once the codes are noted (reloading at once could move the user away from them).
 */
export function useTotpConfirm() {
  return useMutation({
    mutationFn: async (code: string) => readJson(await api.auth.mfa.totp.confirm.$post({ json: { code } })),
  });
}

/** Turns two-factor sign-in off (the current password is asked). */
export function useTotpDisable() {
  const refresh = useRefreshSession();
  return useMutation({
    mutationFn: async (currentPassword: string) =>
      expectOk(await api.auth.mfa.totp.disable.$post({ json: { currentPassword } })),
    onSuccess: refresh,
  });
}
