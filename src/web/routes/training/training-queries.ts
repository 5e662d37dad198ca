import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, readJson, type SuccessBody } from '../../api/client.ts';

/** A yearly training plan (GET /api/people/{id}/training-plans). */
export type TrainingPlan = SuccessBody<
  Awaited<ReturnType<(typeof api.people)[':id']['training-plans']['$get']>>
>['items'][number];

/** One course of a plan. */
export type PlanItem = TrainingPlan['items'][number];

/** What drafting from the gaps answered: the plan, the picks and the gaps left open. */
export type DraftResult = SuccessBody<
  Awaited<ReturnType<(typeof api.people)[':id']['training-plans']['draft']['$post']>>
>;

/** A course of the training catalogue (GET /api/trainings). */
export type Course = SuccessBody<Awaited<ReturnType<typeof api.trainings.$get>>>['items'][number];

/** An item as PUT …/items takes it (existing ones by id, new ones by course). */
export type EditItem = Parameters<
  (typeof api.people)[':id']['training-plans'][':fiscalYear']['items']['$put']
>[0]['json']['items'][number];

/** The 5 kinds of training (p.10). */
export const TRAINING_KIND_LABELS: Record<string, string> = {
  online: 'オンライン研修',
  dispatch: '派遣研修',
  community: 'オンラインコミュニティ',
  course: '課程研修',
  ojt: 'OJT（ジョブローテーション）',
};

/** A plan item's status in Japanese. */
export const PLAN_ITEM_STATUS_LABELS: Record<PlanItem['status'], string> = {
  planned: '予定',
  completed: '修了',
  cancelled: '取り消し',
};

const plansKey = (personId: string) => ['training', 'plans', personId] as const;

/** A person's training plans, by 年度. */
export function useTrainingPlans(personId: string) {
  return useQuery({
    queryKey: plansKey(personId),
    queryFn: async () =>
      readJson(await api.people[':id']['training-plans'].$get({ param: { id: personId }, query: {} })),
  });
}

/** The active courses of the catalogue. */
export function useCourses(enabled: boolean) {
  return useQuery({
    queryKey: ['training', 'courses'],
    enabled,
    queryFn: async () => readJson(await api.trainings.$get({ query: {} })),
    staleTime: 5 * 60_000,
  });
}

function useInvalidatePlans(personId: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: plansKey(personId) });
    void client.invalidateQueries({ queryKey: ['people', 'career', personId] });
    void client.invalidateQueries({ queryKey: ['skills', 'sheets', personId] });
  };
}

/** Drafts a 年度's plan from the skill gaps (largest gaps first, within an optional budget). */
export function useDraftPlan(personId: string) {
  const invalidate = useInvalidatePlans(personId);
  return useMutation({
    mutationFn: async (input: { fiscalYear: number; budgetYen?: number }) =>
      readJson(
        await api.people[':id']['training-plans'].draft.$post({ param: { id: personId }, json: input }),
      ),
    onSuccess: invalidate,
  });
}

/**
 * Replaces a 年度's items (adds, removes, cancels or reorders) of the plan as last read at `version`:
 * the API refuses with 412 when someone changed it since (undefined: a plan not yet created).
 */
export function useEditPlan(personId: string, fiscalYear: number, version: number | undefined) {
  const invalidate = useInvalidatePlans(personId);
  return useMutation({
    mutationFn: async (items: EditItem[]) =>
      readJson(
        await api.people[':id']['training-plans'][':fiscalYear'].items.$put({
          param: { id: personId, fiscalYear: String(fiscalYear) },
          json: { items },
          header: version === undefined ? {} : ifMatch(version),
        }),
      ),
    onSuccess: invalidate,
  });
}

/** Records a course as completed on a date (it then counts as evidence on the skill sheet). */
export function useCompleteItem(personId: string) {
  const invalidate = useInvalidatePlans(personId);
  return useMutation({
    mutationFn: async (input: { itemId: number; completedOn: string }) =>
      readJson(
        await api['training-plan-items'][':id'].complete.$post({
          param: { id: String(input.itemId) },
          json: { completedOn: input.completedOn },
        }),
      ),
    onSuccess: invalidate,
  });
}
