import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeetingKind } from '../../../domain/community.ts';
import { api, expectOk, ifMatch, readJson, type SuccessBody } from '../../api/client.ts';

/** A meeting in the list (GET /api/meetings). */
export type MeetingSummary = SuccessBody<Awaited<ReturnType<typeof api.meetings.$get>>>['items'][number];

/** A meeting with its record (GET /api/meetings/{id}). */
export type MeetingDetail = SuccessBody<Awaited<ReturnType<(typeof api.meetings)[':id']['$get']>>>;

/** A decision or commitment. */
export type Commitment = MeetingDetail['commitments'][number];

/** The body of POST /api/meetings. */
export type NewMeeting = Parameters<typeof api.meetings.$post>[0]['json'];

/** The body of PATCH /api/commitments/{id}. */
export type CommitmentChange = Parameters<(typeof api.commitments)[':id']['$patch']>[0]['json'];

/** Meetings, optionally of one kind. */
export function useMeetings(kind?: MeetingKind) {
  return useQuery({
    queryKey: ['meetings', 'list', kind ?? 'all'],
    queryFn: async () => readJson(await api.meetings.$get({ query: kind ? { kind } : {} })),
  });
}

/** One meeting's record. */
export function useMeeting(id: string) {
  return useQuery({
    queryKey: ['meetings', 'detail', id],
    queryFn: async () => readJson(await api.meetings[':id'].$get({ param: { id } })),
  });
}

/** Records a meeting. */
export function useCreateMeeting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (json: NewMeeting) => readJson(await api.meetings.$post({ json })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['meetings'] }),
  });
}

/**
 * Changes a meeting's minutes (and other fields) as last read at `version`: the API refuses with 412
 * when someone else changed it since.
 */
export function useUpdateMeeting(id: string, version: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (json: { minutes?: string }) =>
      readJson(await api.meetings[':id'].$patch({ param: { id }, json, header: ifMatch(version) })),
    onSuccess: (data) => client.setQueryData(['meetings', 'detail', id], data),
  });
}

/**
 * Deletes (cancels) a meeting: the invited bodies are told. The API refuses (409) a meeting that
 * commitments or cases refer to.
 */
export function useDeleteMeeting(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => expectOk(await api.meetings[':id'].$delete({ param: { id } })),
    onSuccess: () => {
      client.removeQueries({ queryKey: ['meetings', 'detail', id] });
      void client.invalidateQueries({ queryKey: ['meetings', 'list'] });
    },
  });
}

/** Adds a commitment to a meeting. */
export function useAddCommitment(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (json: { title: string; ownerOrgCode: string; dueOn: string; detail?: string }) =>
      readJson(await api.meetings[':id'].commitments.$post({ param: { id: meetingId }, json })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['meetings'] }),
  });
}

/** Closes, cancels or reopens a commitment as last read at `version` (412 if changed since). */
export function useUpdateCommitment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, change }: { id: string; version: number; change: CommitmentChange }) =>
      readJson(
        await api.commitments[':id'].$patch({ param: { id }, json: change, header: ifMatch(version) }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['meetings'] });
      void client.invalidateQueries({ queryKey: ['commitments'] });
      void client.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}

/** Uploads a material to a meeting. */
export function useUploadMaterial(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) =>
      readJson(await api.meetings[':id'].materials.$post({ param: { id: meetingId }, form: { file } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['meetings', 'detail', meetingId] }),
  });
}

/** Commitments by state: open, overdue (open and past due), done, cancelled, or all. */
export function useCommitments(filter: 'open' | 'overdue' | 'done' | 'cancelled' | 'all') {
  return useQuery({
    queryKey: ['commitments', filter],
    queryFn: async () =>
      readJson(
        await api.commitments.$get({
          query: filter === 'all' ? {} : filter === 'overdue' ? { overdue: 'true' } : { status: filter },
        }),
      ),
  });
}

/** The download URL of a material. */
export function materialUrl(meetingId: string, materialId: string): string {
  return `/api/meetings/${meetingId}/materials/${materialId}`;
}
