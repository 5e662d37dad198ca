/**
 * The JSON shape of a problem (the `dxship match` input and, later, the API body). Shape only:
 * the rules that need the whole problem (known ids, duplicates) are checked by `solveAssignment`.
 */
import { z } from 'zod';
import { OptimizerError } from './errors.ts';
import { MAX_SLOTS } from './problem-index.ts';
import type { AssignmentProblem } from './types.ts';

// zod 4's z.number() already rejects NaN and ±Infinity (JSON.parse turns 1e999 into Infinity).
const idSchema = z.union([z.string(), z.number()]);

/** zod schema of {@link AssignmentProblem}. */
export const assignmentProblemSchema = z.object({
  people: z.array(idSchema),
  posts: z.array(
    z.object({
      id: idSchema,
      slots: z.number().int().min(0).max(MAX_SLOTS),
      priority: z.number().int().min(0).optional(),
    }),
  ),
  pairs: z.array(z.object({ person: idSchema, post: idSchema, cost: z.number() })),
  unfilledPostCost: z.number().optional(),
  unassignedPersonCost: z.number().optional(),
});

/**
 * Checks the shape of untrusted input (e.g. parsed JSON).
 *
 * @throws OptimizerError `INVALID_PROBLEM` with the path and reason of the first issue, in Japanese.
 */
export function parseAssignmentProblem(input: unknown): AssignmentProblem {
  // Japanese messages for this parse only: a global z.config() would change every other schema too.
  const result = assignmentProblemSchema.safeParse(input, { error: z.locales.ja().localeError });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
  throw new OptimizerError(
    'INVALID_PROBLEM',
    `問題の形式が不正です (${path.replace(/^\./, '') || '全体'}): ${issue.message}`,
  );
}
