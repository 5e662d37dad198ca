import { useQuery } from '@tanstack/react-query';
import { api, readJson } from '../../api/client.ts';

/** Where each kind of import is resumed in the UI (its import page opens the stored preview). */
const RESUME_PATHS: Record<string, string> = {
  systems: '/inventory/import',
  practices: '/practices/import',
  people: '/people/import',
};

/** The page that resumes a previewed import, or null for a kind the UI does not import. */
export function resumePathOf(kind: string, batchId: string): string | null {
  const path = RESUME_PATHS[kind];
  return path ? `${path}?batch=${encodeURIComponent(batchId)}` : null;
}

/** The signed-in user's uploads left previewed but not committed (GET /api/imports/open). */
export function useOpenImports(enabled: boolean) {
  return useQuery({
    queryKey: ['imports', 'open'],
    queryFn: async () => readJson(await api.imports.open.$get()),
    enabled,
  });
}

/** The page's search without `batch`: once a new file is read, the resumed preview is left behind. */
export function withoutBatch(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('batch');
  return next;
}
