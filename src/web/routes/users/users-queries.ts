import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, expectOk, ifMatch, readJson, type SuccessBody } from '../../api/client.ts';

/** An account as GET /api/users returns it. */
export type User = SuccessBody<Awaited<ReturnType<typeof api.users.$get>>>['items'][number];

/** One account with its lock-out state (GET /api/users/{id}). */
export type UserDetail = SuccessBody<Awaited<ReturnType<(typeof api.users)[':id']['$get']>>>;

/** The body of POST /api/users. */
export type NewUser = Parameters<typeof api.users.$post>[0]['json'];

/** The body of PATCH /api/users/{id}. */
export type UserChange = Parameters<(typeof api.users)[':id']['$patch']>[0]['json'];

/** The accounts the signed-in user may see (all bodies, or their own for a 団体DX責任者). */
export function useUsers() {
  return useQuery({
    queryKey: ['users'],
    queryFn: async () => readJson(await api.users.$get({ query: {} })),
  });
}

/** One account. */
export function useUser(id: string) {
  return useQuery({
    queryKey: ['users', id],
    queryFn: async () => readJson(await api.users[':id'].$get({ param: { id } })),
  });
}

/** Registers an account (admins). */
export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: NewUser) => readJson(await api.users.$post({ json: input })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}

/** Changes an account last read at `version` (admins; a stale version answers 412). */
export function useUpdateUser(id: string, version: number | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (change: UserChange) =>
      readJson(
        await api.users[':id'].$patch({
          param: { id },
          json: change,
          header: version === undefined ? {} : ifMatch(version),
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}

/** Issues a password reset link for an account: the answer holds the link, shown once. */
export function useResetLink(id: string) {
  return useMutation({
    mutationFn: async () => readJson(await api.users[':id']['password-reset'].$post({ param: { id } })),
  });
}

/** Unlocks a login locked out by failed sign-ins. */
export function useUnlockUser(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => expectOk(await api.users[':id'].unlock.$post({ param: { id } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users', id] }),
  });
}
