import { useState } from 'react';
import { type FormErrors, useFormErrors } from './use-form-errors.ts';

/** The props {@link useDraftForm}'s `bind` gives a control for one field of the draft. */
export type Bound<V> = { id: string; errors: readonly string[]; value: V; onChange: (value: V) => void };

/** A form's draft, its setters and its errors: see {@link useDraftForm}. */
export type DraftForm<T> = FormErrors & {
  draft: T;
  set: <K extends keyof T>(key: K, value: T[K]) => void;
  /** Ties a control (TextField, SelectField …) to a field: id, errors, value and change. */
  bind: <K extends keyof T & string>(key: K) => Bound<T[K]>;
};

/**
 * The state of a form that edits a draft (one key per API field) and saves it through one mutation
 * whose error is `error`: each field's control gets its value and its messages by the same key.
 */
export function useDraftForm<T extends object>(initial: T, error: unknown): DraftForm<T> {
  const [draft, setDraft] = useState(initial);
  const errors = useFormErrors(error);
  const set = <K extends keyof T>(key: K, value: T[K]) => setDraft((d) => ({ ...d, [key]: value }));
  return {
    ...errors,
    draft,
    set,
    bind: (key) => ({
      id: errors.fieldId(key),
      errors: errors.errorsOf(key),
      value: draft[key],
      onChange: (value) => set(key, value),
    }),
  };
}
