import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, expectOk, ifMatch, readJson, type SuccessBody } from '../../api/client.ts';

/** One page of the inbox as GET /api/notifications returns it. */
export type NotificationPage = SuccessBody<Awaited<ReturnType<typeof api.notifications.$get>>>;
export type NotificationItem = NotificationPage['items'][number];
export type NotificationSettings = SuccessBody<Awaited<ReturnType<typeof api.notifications.settings.$get>>>;
export type Delivery = NotificationSettings['preferences'][number]['delivery'];

/** Notifications per page of the inbox. */
export const INBOX_PAGE_SIZE = 20;
/** How often the bell asks for the unread count (ms). */
const BELL_REFRESH_MS = 60_000;

const INBOX_KEY = ['notifications'] as const;

/** A page of the signed-in person's inbox (unread first). */
export function useInbox(page: number) {
  return useQuery({
    queryKey: [...INBOX_KEY, 'page', page],
    queryFn: async () =>
      readJson(
        await api.notifications.$get({ query: { page: String(page), pageSize: String(INBOX_PAGE_SIZE) } }),
      ),
  });
}

/** The unread count for the header's bell, refreshed every minute. */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...INBOX_KEY, 'unread'],
    queryFn: async () => (await readJson(await api.notifications.$get({ query: { pageSize: '1' } }))).unread,
    refetchInterval: BELL_REFRESH_MS,
  });
}

/** Marks one notification read. */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      expectOk(await api.notifications[':id'].read.$post({ param: { id: String(id) } })),
    onSuccess: () => client.invalidateQueries({ queryKey: INBOX_KEY }),
  });
}

/** Marks every notification read. */
export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => readJson(await api.notifications['read-all'].$post()),
    onSuccess: () => client.invalidateQueries({ queryKey: INBOX_KEY }),
  });
}

/** The person's notification settings. */
export function useNotificationSettings() {
  return useQuery({
    queryKey: ['notification-settings'],
    queryFn: async () => readJson(await api.notifications.settings.$get()),
  });
}

/** Saves the person's choice per kind. */
export function useSavePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (preferences: { kind: NotificationItem['kind']; delivery: Delivery }[]) =>
      readJson(await api.notifications.settings.$put({ json: { preferences } })),
    onSuccess: (data) => client.setQueryData(['notification-settings'], data),
  });
}

/** Issues (or reissues) the calendar feed URL; the URL is in the mutation's data, shown once. */
export function useIssueCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => readJson(await api.notifications['calendar-feed'].$post()),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notification-settings'] }),
  });
}

/** Revokes the calendar feed URL. */
export function useRevokeCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => expectOk(await api.notifications['calendar-feed'].$delete()),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notification-settings'] }),
  });
}

/** A body's contract window (managers and admins set it). */
export function useBodySettings(orgCode: string) {
  return useQuery({
    queryKey: ['body-notification-settings', orgCode],
    queryFn: async () =>
      readJson(await api.notifications.bodies[':orgCode'].settings.$get({ param: { orgCode } })),
  });
}

/** Saves a body's contract window with If-Match. */
export function useSaveBodySettings(orgCode: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { contractWindowMonths: number; version: number }) =>
      readJson(
        await api.notifications.bodies[':orgCode'].settings.$put({
          param: { orgCode },
          header: ifMatch(input.version),
          json: { contractWindowMonths: input.contractWindowMonths },
        }),
      ),
    onSuccess: (data) => client.setQueryData(['body-notification-settings', orgCode], data),
  });
}

/** A status of the outbox to filter by ('' for all). */
export type OutboxFilter = '' | 'pending' | 'sent' | 'failed' | 'skipped';

/** The admins' view of the mail outbox. */
export function useOutbox(status: OutboxFilter) {
  return useQuery({
    queryKey: ['outbox', status],
    queryFn: async () =>
      readJson(
        await api.admin.outbox.$get({
          query: status ? { status } : {},
        }),
      ),
  });
}
