import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './client.ts';

/** Client errors (4xx) are answers, not glitches: retry only network failures and 5xx, twice. */
function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/**
 * The app's QueryClient. `onUnauthorized` runs whenever any query or mutation answers 401 (the
 * session expired or was closed elsewhere), so the app can send the user to the login page.
 */
export function createQueryClient(onUnauthorized: (client: QueryClient) => void): QueryClient {
  const handle = (error: Error) => {
    if (error instanceof ApiError && error.status === 401) onUnauthorized(client);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return client;
}
