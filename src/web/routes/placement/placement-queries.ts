import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, readJson, type SuccessBody } from '../../api/client.ts';

/** The p.20 table of a 年度 (GET /api/placement/summary). */
export type PlacementSummary = SuccessBody<Awaited<ReturnType<typeof api.placement.summary.$get>>>;

/** One body's row of the p.20 table. */
export type BodyPlacementRow = PlacementSummary['municipalities'][number];

/** A post as GET /api/posts returns it (p.13: body, unit/title, 年度〜, duties, wanted job type). */
export type Post = SuccessBody<Awaited<ReturnType<typeof api.posts.$get>>>['items'][number];

/** An assignment (actual or planned) as GET /api/assignments returns it. */
export type Assignment = SuccessBody<Awaited<ReturnType<typeof api.assignments.$get>>>['items'][number];

/** The p.20 table of a 年度. */
export function usePlacementSummary(fiscalYear: number) {
  return useQuery({
    queryKey: ['placement', 'summary', fiscalYear],
    queryFn: async () =>
      readJson(await api.placement.summary.$get({ query: { fiscalYear: String(fiscalYear) } })),
  });
}

/** The posts spanning a 年度 with the people holding them (names only of people the user may see). */
export function usePosts(fiscalYear: number) {
  return useQuery({
    queryKey: ['placement', 'posts', fiscalYear],
    queryFn: async () => readJson(await api.posts.$get({ query: { fiscalYear: String(fiscalYear) } })),
  });
}

/** The assignments spanning a 年度 (optionally only actual or planned ones), within the people scope. */
export function useAssignments(
  filter: { fiscalYear: number; status?: 'actual' | 'planned'; personId?: string },
  enabled = true,
) {
  return useQuery({
    queryKey: ['placement', 'assignments', filter],
    enabled,
    queryFn: async () =>
      readJson(
        await api.assignments.$get({
          query: {
            fiscalYear: String(filter.fiscalYear),
            ...(filter.status ? { status: filter.status } : {}),
            ...(filter.personId ? { personId: filter.personId } : {}),
          },
        }),
      ),
  });
}

/**
 * Changes a post's priority (必須 / 優先 / 通常) through PUT /api/posts/{id}, which replaces the post:
 * every other field is sent back as read.
 */
export function useSavePostPriority() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ post, priority }: { post: Post; priority: number }) =>
      readJson(
        await api.posts[':id'].$put({
          param: { id: post.id },
          header: ifMatch(post.version),
          json: {
            orgCode: post.orgCode,
            unit: post.unit,
            title: post.title,
            duties: post.duties,
            wantedJobType: post.wantedJobType,
            wantedLevel: post.wantedLevel,
            fte: post.fte,
            fromFiscalYear: post.fromFiscalYear,
            toFiscalYear: post.toFiscalYear,
            budgetSecured: post.budgetSecured,
            budgetYen: post.budgetYen,
            note: post.note,
            priority,
          },
        }),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['placement'] }),
  });
}
