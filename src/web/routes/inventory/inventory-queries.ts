import {
  keepPreviousData,
  type QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, expectOk, ifMatch, readJson, type SuccessBody } from '../../api/client.ts';

/** A page of the 台帳 (GET /api/systems). */
export type SystemList = SuccessBody<Awaited<ReturnType<typeof api.systems.$get>>>;

/** A system as the 台帳 lists it. */
export type SystemItem = SystemList['items'][number];

/** One system with every field (GET /api/systems/{id}). */
export type SystemDetail = SuccessBody<Awaited<ReturnType<(typeof api.systems)[':id']['$get']>>>;

/** The body of POST /api/systems. */
export type NewSystem = Parameters<typeof api.systems.$post>[0]['json'];

/** The body of PATCH /api/systems/{id}. */
export type SystemChange = Parameters<(typeof api.systems)[':id']['$patch']>[0]['json'];

/** The list's filters as GET /api/systems takes them. */
export type SystemsQuery = NonNullable<Parameters<typeof api.systems.$get>[0]>['query'];

/** Per-business summary across bodies (GET /api/systems/businesses). */
export type BusinessSummary = SuccessBody<Awaited<ReturnType<typeof api.systems.businesses.$get>>>;

/** Standardisation progress (GET /api/systems/standardisation). */
export type Standardisation = SuccessBody<Awaited<ReturnType<typeof api.systems.standardisation.$get>>>;

/** A page of the 台帳, filtered on the server; the previous page stays shown while the next loads. */
export function useSystems(query: SystemsQuery, enabled = true) {
  return useQuery({
    queryKey: ['systems', 'list', query],
    queryFn: async () => readJson(await api.systems.$get({ query })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useBusinessSummary() {
  return useQuery({
    queryKey: ['systems', 'businesses'],
    queryFn: async () => readJson(await api.systems.businesses.$get()),
  });
}

export function useStandardisation() {
  return useQuery({
    queryKey: ['systems', 'standardisation'],
    queryFn: async () => readJson(await api.systems.standardisation.$get()),
  });
}

/** The URL of the 台帳 export in a format, with the list's filters (paging and sorting aside). */
export function systemsExportUrl(format: 'csv' | 'csv-cp932' | 'xlsx', query: SystemsQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (typeof value === 'string' && value !== '' && !['limit', 'offset', 'sort'].includes(key)) {
      params.set(key, value);
    }
  }
  params.set('format', format);
  return `/api/systems/export?${params}`;
}

/** One system (the API answers 404 for an unknown id). */
export function useSystem(id: string) {
  return useQuery({
    queryKey: ['systems', 'one', id],
    queryFn: async () => readJson(await api.systems[':id'].$get({ param: { id } })),
  });
}

/**
 * After a change to the 台帳: the lists, summaries, search and joint-procurement figures are stale
 * (the one system's own query is set or dropped by the caller).
 */
function refreshAfterSystemChange(client: QueryClient): void {
  void client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'systems' && q.queryKey[1] !== 'one' });
  void client.invalidateQueries({ queryKey: ['search'] });
  void client.invalidateQueries({ queryKey: ['procurement'] });
}

/** Registers a system (POST /api/systems); the answer is the system as saved. */
export function useCreateSystem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (json: NewSystem) => readJson(await api.systems.$post({ json })),
    onSuccess: (system) => {
      client.setQueryData(['systems', 'one', String(system.id)], system);
      refreshAfterSystemChange(client);
    },
  });
}

/**
 * Changes a system (PATCH /api/systems/{id}) as last read at `version`: the API refuses with 412
 * when someone else changed it since.
 */
export function useUpdateSystem(id: string, version: number | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (json: SystemChange) =>
      readJson(
        await api.systems[':id'].$patch({
          param: { id },
          json,
          header: version === undefined ? {} : ifMatch(version),
        }),
      ),
    onSuccess: (system) => {
      client.setQueryData(['systems', 'one', id], system);
      refreshAfterSystemChange(client);
    },
  });
}

/** Deletes a system (DELETE /api/systems/{id}) as last read at `version` (412 if changed since). */
export function useDeleteSystem(id: string, version: number | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      expectOk(
        await api.systems[':id'].$delete({
          param: { id },
          header: version === undefined ? {} : ifMatch(version),
        }),
      ),
    onSuccess: () => {
      // Forget it rather than refetch: coming back to its page then asks the server (404), not the cache.
      client.removeQueries({ queryKey: ['systems', 'one', id] });
      refreshAfterSystemChange(client);
    },
  });
}
