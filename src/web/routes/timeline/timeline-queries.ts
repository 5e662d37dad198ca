import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, expectOk, ifMatch, readJson, type SuccessBody } from '../../api/client.ts';

/** An event of the 沿革 (GET /api/timeline). */
export type TimelineEvent = SuccessBody<Awaited<ReturnType<typeof api.timeline.$get>>>['items'][number];

/** The body of POST /api/timeline. */
export type NewTimelineEvent = Parameters<typeof api.timeline.$post>[0]['json'];

export function useTimeline() {
  return useQuery({ queryKey: ['timeline'], queryFn: async () => readJson(await api.timeline.$get()) });
}

function useRefresh() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['timeline'] });
    void client.invalidateQueries({ queryKey: ['reports'] });
  };
}

/** Adds an event (admins). */
export function useAddTimelineEvent() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (json: NewTimelineEvent) => readJson(await api.timeline.$post({ json })),
    onSuccess: refresh,
  });
}

/** Changes an event as last read at `version` (admins; 412 when someone changed it since). */
export function useUpdateTimelineEvent(id: number, version: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (json: NewTimelineEvent) =>
      readJson(
        await api.timeline[':id'].$patch({ param: { id: String(id) }, json, header: ifMatch(version) }),
      ),
    onSuccess: refresh,
  });
}

/** Removes an event as last read at `version` (admins). */
export function useDeleteTimelineEvent(id: number, version: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async () =>
      expectOk(await api.timeline[':id'].$delete({ param: { id: String(id) }, header: ifMatch(version) })),
    onSuccess: refresh,
  });
}
