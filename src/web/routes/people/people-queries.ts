import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, readJson, type SuccessBody } from '../../api/client.ts';

/** A person as the API shows them to the signed-in user (personal fields only where allowed). */
export type Person = SuccessBody<Awaited<ReturnType<(typeof api.people)[':id']['$get']>>>;

/** A page of the roster (GET /api/people). */
export type PersonPage = SuccessBody<Awaited<ReturnType<typeof api.people.$get>>>;

/** The career page of a person (GET /api/people/{id}/career). */
export type Career = SuccessBody<Awaited<ReturnType<(typeof api.people)[':id']['career']['$get']>>>;

/** The roster's filters as GET /api/people takes them (every value a string, absent when unset). */
export type PeopleQuery = NonNullable<Parameters<typeof api.people.$get>[0]>['query'];

/** What a member may change on their own profile (PATCH /api/people/{id}). */
export type OwnProfilePatch = {
  careerGoal?: string;
  secondaryJobType?: string | null;
  locationPreferences?: string[];
};

/** A page of the roster, filtered on the server; the previous page stays shown while the next loads. */
export function usePeople(query: PeopleQuery) {
  return useQuery({
    queryKey: ['people', 'list', query],
    queryFn: async () => readJson(await api.people.$get({ query })),
    placeholderData: keepPreviousData,
  });
}

/** One person (404 when the user may not see them). */
export function usePerson(id: string) {
  return useQuery({
    queryKey: ['people', 'one', id],
    queryFn: async () => readJson(await api.people[':id'].$get({ param: { id }, query: {} })),
  });
}

/** A person's career: assignments, trainings, certifications and skill achievement by 年度. */
export function useCareer(id: string) {
  return useQuery({
    queryKey: ['people', 'career', id],
    queryFn: async () => readJson(await api.people[':id'].career.$get({ param: { id } })),
  });
}

/**
 * The signed-in member's own person: a member's roster holds only themselves, so the first (and only)
 * row of GET /api/people is theirs; null when no person is linked to the account.
 */
export function useOwnPerson(enabled: boolean) {
  return useQuery({
    queryKey: ['people', 'own'],
    enabled,
    queryFn: async () => {
      const page = await readJson(await api.people.$get({ query: { pageSize: '1' } }));
      return page.items[0] ?? null;
    },
  });
}

/**
 * Saves a member's own career goal, secondary job type and desired work locations, as last read at
 * `version` (the API refuses with 412 when the record changed since).
 */
export function useUpdateOwnProfile(id: string, version: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (patch: OwnProfilePatch) =>
      readJson(await api.people[':id'].$patch({ param: { id }, json: patch, header: ifMatch(version) })),
    onSuccess: (person) => {
      client.setQueryData(['people', 'one', id], person);
      void client.invalidateQueries({ queryKey: ['people'] });
    },
  });
}

/** The URL of the roster export in a format, with the roster's current filters. */
export function exportUrl(format: 'csv' | 'csv-cp932' | 'xlsx', query: PeopleQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (typeof value === 'string' && value !== '' && key !== 'page' && key !== 'pageSize')
      params.set(key, value);
  }
  params.set('format', format);
  return `/api/people/export?${params.toString()}`;
}
