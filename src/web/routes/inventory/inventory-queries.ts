import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, readJson, type SuccessBody } from '../../api/client.ts';

/** A page of the 台帳 (GET /api/systems). */
export type SystemList = SuccessBody<Awaited<ReturnType<typeof api.systems.$get>>>;

/** A system as the 台帳 lists it. */
export type SystemItem = SystemList['items'][number];

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
