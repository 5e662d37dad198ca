import { useInfiniteQuery } from '@tanstack/react-query';
import { api, readJson, type SuccessBody } from '../../api/client.ts';

/** One audit entry as GET /api/audit returns it. */
export type AuditEntry = SuccessBody<Awaited<ReturnType<typeof api.audit.$get>>>['items'][number];

/** Entries per page. */
export const AUDIT_PAGE_SIZE = 50;

/** The audit trail, newest first, a page at a time (each next page starts before the last id seen). */
export function useAuditLog(entityType: string) {
  return useInfiniteQuery({
    queryKey: ['audit', entityType],
    initialPageParam: null as number | null,
    queryFn: async ({ pageParam }) =>
      readJson(
        await api.audit.$get({
          query: {
            limit: String(AUDIT_PAGE_SIZE),
            ...(pageParam === null ? {} : { before: String(pageParam) }),
            ...(entityType === '' ? {} : { entityType }),
          },
        }),
      ),
    getNextPageParam: (last) => last.nextBefore,
  });
}
