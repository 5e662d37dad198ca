import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, readJson, type SuccessBody } from '../../api/client.ts';

/** A デジタルスキルシート (GET /api/people/{id}/skill-sheets, one per 年度). */
export type SkillSheet = SuccessBody<
  Awaited<ReturnType<(typeof api.people)[':id']['skill-sheets']['$get']>>
>['items'][number];

/** One item of a sheet: self, evaluator and effective levels, target and gap. */
export type SheetItem = SkillSheet['items'][number];

/** A person's gaps with the courses that close them (GET /api/people/{id}/gaps). */
export type PersonGaps = SuccessBody<Awaited<ReturnType<(typeof api.people)[':id']['gaps']['$get']>>>;

/** Gaps of a group (a body's people or the pool) by job type. */
export type GroupGaps = SuccessBody<Awaited<ReturnType<(typeof api.skills)['pool-gaps']['$get']>>>;

/** The levels PUT …/self-assessment takes. */
export type SelfLevels = Parameters<
  (typeof api)['skill-sheets'][':sheetId']['self-assessment']['$put']
>[0]['json']['levels'];

/** The levels and comments PUT …/evaluation takes. */
export type EvaluationLevels = Parameters<
  (typeof api)['skill-sheets'][':sheetId']['evaluation']['$put']
>[0]['json']['levels'];

const sheetsKey = (personId: string) => ['skills', 'sheets', personId] as const;

/** A person's sheets, oldest 年度 first. */
export function useSkillSheets(personId: string, enabled = true) {
  return useQuery({
    queryKey: sheetsKey(personId),
    enabled,
    queryFn: async () => readJson(await api.people[':id']['skill-sheets'].$get({ param: { id: personId } })),
  });
}

/** The skill catalogue: categories and items, the level scale, career stages and targets. */
export function useSkillCatalogue() {
  return useQuery({
    queryKey: ['skills', 'catalogue'],
    queryFn: async () => readJson(await api.skills.catalogue.$get()),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** A person's gaps for a 年度 (the latest sheet's when omitted). */
export function usePersonGaps(personId: string, fiscalYear: number | undefined, enabled = true) {
  return useQuery({
    queryKey: ['skills', 'gaps', personId, fiscalYear ?? null],
    enabled,
    queryFn: async () =>
      readJson(
        await api.people[':id'].gaps.$get({
          param: { id: personId },
          query: fiscalYear === undefined ? {} : { fiscalYear: String(fiscalYear) },
        }),
      ),
  });
}

/** The pool's gaps by job type for a 年度 (names never included). */
export function usePoolGaps(fiscalYear: number) {
  return useQuery({
    queryKey: ['skills', 'pool-gaps', fiscalYear],
    queryFn: async () =>
      readJson(await api.skills['pool-gaps'].$get({ query: { fiscalYear: String(fiscalYear) } })),
  });
}

/** The gaps of the people assigned to a body, by job type. */
export function useOrgGaps(orgCode: string, fiscalYear: number, enabled: boolean) {
  return useQuery({
    queryKey: ['skills', 'org-gaps', orgCode, fiscalYear],
    enabled,
    queryFn: async () =>
      readJson(
        await api.orgs[':code']['skill-gaps'].$get({
          param: { code: orgCode },
          query: { fiscalYear: String(fiscalYear) },
        }),
      ),
  });
}

function useSheetWrite<TInput>(personId: string, write: (input: TInput) => Promise<SkillSheet>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: sheetsKey(personId) });
      void client.invalidateQueries({ queryKey: ['skills', 'gaps', personId] });
      void client.invalidateQueries({ queryKey: ['people', 'career', personId] });
    },
  });
}

/** Opens the sheet of a 年度 (POST /api/people/{id}/skill-sheets). */
export function useOpenSheet(personId: string) {
  return useSheetWrite(personId, async (fiscalYear: number) =>
    readJson(
      await api.people[':id']['skill-sheets'].$post({ param: { id: personId }, json: { fiscalYear } }),
    ),
  );
}

/**
 * Saves the person's own levels (PUT /api/skill-sheets/{sheetId}/self-assessment) on the sheet as last
 * read at `version` (412 when someone changed it since).
 */
export function useSaveSelfAssessment(personId: string, sheetId: string, version: number) {
  return useSheetWrite(personId, async (levels: SelfLevels) =>
    readJson(
      await api['skill-sheets'][':sheetId']['self-assessment'].$put({
        param: { sheetId },
        json: { levels },
        header: ifMatch(version),
      }),
    ),
  );
}

/**
 * Saves the evaluator's levels and comments (PUT /api/skill-sheets/{sheetId}/evaluation) on the sheet
 * as last read at `version` (412 when someone changed it since).
 */
export function useSaveEvaluation(personId: string, sheetId: string, version: number) {
  return useSheetWrite(personId, async (levels: EvaluationLevels) =>
    readJson(
      await api['skill-sheets'][':sheetId'].evaluation.$put({
        param: { sheetId },
        json: { levels },
        header: ifMatch(version),
      }),
    ),
  );
}
