import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, readJson, type SuccessBody } from '../../api/client.ts';

/** The answer of GET /api/search. */
export type SearchResult = SuccessBody<Awaited<ReturnType<typeof api.search.$get>>>;

/** GET /api/search's parameters. */
export type SearchQuery = NonNullable<Parameters<typeof api.search.$get>[0]>['query'];

/** One search, run when there is a query or a filter. */
export function useSearch(query: SearchQuery, enabled: boolean) {
  return useQuery({
    queryKey: ['search', query],
    queryFn: async () => readJson(await api.search.$get({ query })),
    placeholderData: keepPreviousData,
    enabled,
  });
}
