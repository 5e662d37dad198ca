import { useQuery } from '@tanstack/react-query';
import { api, readJson, type SuccessBody } from '../../api/client.ts';

/** An account as GET /api/users returns it. */
export type User = SuccessBody<Awaited<ReturnType<typeof api.users.$get>>>['items'][number];

/** The accounts the signed-in user may see (all bodies, or their own for a 団体DX責任者). */
export function useUsers() {
  return useQuery({
    queryKey: ['users'],
    queryFn: async () => readJson(await api.users.$get({ query: {} })),
  });
}
