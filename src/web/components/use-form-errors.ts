import { useId, useState } from 'react';
import { type FieldIssue, type FormFailure, formFailure, issuesByField } from './form-errors.ts';

/** What a form needs to show why a save failed: see {@link useFormErrors}. */
export type FormErrors = {
  /** The id of a field's control, by the API's field name (`name`, `contractEnd` …). */
  fieldId: (field: string) => string;
  /** The messages of the last failed save for a field. */
  errorsOf: (field: string) => readonly string[];
  /** The failure to summarise above the form, or null. */
  failure: FormFailure | null;
  /** Counts submissions (for {@link ErrorSummary}'s focus). */
  attempt: number;
  /** Starts a submission with the issues found in the browser; true when it may be sent. */
  begin: (localIssues: readonly FieldIssue[]) => boolean;
};

/**
 * The error state of a form that saves through one mutation: issues found in the browser before
 * sending, or the API's 400 with per-field issues, both shown by field and in the summary.
 */
export function useFormErrors(error: unknown): FormErrors {
  const idBase = useId();
  const [attempt, setAttempt] = useState(0);
  const [localIssues, setLocalIssues] = useState<readonly FieldIssue[]>([]);
  const failure = formFailure(error, localIssues);
  const byField = issuesByField(failure?.issues ?? []);
  return {
    fieldId: (field) => `${idBase}-${field}`,
    errorsOf: (field) => byField.get(field) ?? [],
    failure,
    attempt,
    begin: (issues) => {
      setAttempt((n) => n + 1);
      setLocalIssues(issues);
      return issues.length === 0;
    },
  };
}
