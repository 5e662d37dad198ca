import { useQuery } from '@tanstack/react-query';
import { api, readJson, type SuccessBody } from '../../api/client.ts';

/** The records that have a 変更履歴. */
export type HistoryKind = 'systems' | 'practices' | 'people' | 'posts' | 'meetings' | 'commitments';

/** A record's history (GET /api/{kind}/{id}/history), newest first. */
export type RecordHistory = SuccessBody<Awaited<ReturnType<(typeof api.systems)[':id']['history']['$get']>>>;

const FETCHERS: Record<HistoryKind, (id: string) => Promise<RecordHistory>> = {
  systems: async (id) => readJson(await api.systems[':id'].history.$get({ param: { id } })),
  practices: async (id) => readJson(await api.practices[':id'].history.$get({ param: { id } })),
  people: async (id) => readJson(await api.people[':id'].history.$get({ param: { id } })),
  posts: async (id) => readJson(await api.posts[':id'].history.$get({ param: { id } })),
  meetings: async (id) => readJson(await api.meetings[':id'].history.$get({ param: { id } })),
  commitments: async (id) => readJson(await api.commitments[':id'].history.$get({ param: { id } })),
};

/** Whether a path segment names a record kind with a history. */
export function isHistoryKind(value: string): value is HistoryKind {
  return value in FETCHERS;
}

/** A record's 変更履歴; fetched when shown (`enabled`). */
export function useRecordHistory(kind: HistoryKind, id: string, enabled = true) {
  return useQuery({
    queryKey: ['history', kind, id],
    queryFn: () => FETCHERS[kind](id),
    enabled,
  });
}
