import { ApiError } from '../api/client.ts';
import { errorMessage, isStaleVersion } from './StatusMessages.tsx';

/** A problem with one field, as the API reports it (`path` is dotted: `themes.0`). */
export type FieldIssue = { path: string; message: string };

/**
 * Why a form could not be saved: a message for the summary and the issues per field; `stale` when the
 * record changed since the form was opened (412), so the summary offers to load the latest version.
 */
export type FormFailure = { message: string; issues: readonly FieldIssue[]; stale?: boolean };

/** The message of a form stopped in the browser before anything was sent. */
export const CHECK_INPUT_MESSAGE = '入力内容に誤りがあります。';

/** The form field an issue belongs to: the first part of its path (`themes.0` → `themes`). */
export function fieldOf(issue: FieldIssue): string {
  return issue.path.split('.')[0] ?? '';
}

/** The messages per field, in the order reported; a message reported twice for a field is kept once. */
export function issuesByField(issues: readonly FieldIssue[]): ReadonlyMap<string, readonly string[]> {
  const byField = new Map<string, string[]>();
  for (const issue of issues) {
    const field = fieldOf(issue);
    const messages = byField.get(field) ?? [];
    if (!messages.includes(issue.message)) messages.push(issue.message);
    byField.set(field, messages);
  }
  return byField;
}

/**
 * What stopped the last save: the issues found in the browser (nothing was sent), else the API's error
 * (its message and per-field issues), else nothing.
 */
export function formFailure(error: unknown, localIssues: readonly FieldIssue[]): FormFailure | null {
  if (localIssues.length > 0) return { message: CHECK_INPUT_MESSAGE, issues: localIssues };
  if (error === null || error === undefined) return null;
  return {
    message: errorMessage(error),
    issues: error instanceof ApiError ? error.issues : [],
    stale: isStaleVersion(error),
  };
}
