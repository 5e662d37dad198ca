import { type ReactNode, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { primaryButtonClass, secondaryButtonClass } from './button-styles.ts';
import { type FormFailure, fieldOf } from './form-errors.ts';
import { controlClass, labelClass } from './form-styles.ts';
import { JapaneseDateInput } from './JapaneseDateInput.tsx';
import { ReloadLatestButton } from './StatusMessages.tsx';

/** What a {@link Field} hands its control: its id, its invalid state and what describes it. */
export type ControlProps = {
  id: string;
  className: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
};

/** The id of a field's error messages (for aria-describedby). */
const errorIdOf = (id: string) => `${id}-error`;
const hintIdOf = (id: string) => `${id}-hint`;

/** Classes of a control whose value was refused. */
const invalidControlClass = `${controlClass} border-2 border-error-1 hover:border-error-1`;

function describedBy(id: string, hint: boolean, errors: boolean): string | undefined {
  return [hint ? hintIdOf(id) : null, errors ? errorIdOf(id) : null].filter(Boolean).join(' ') || undefined;
}

function FieldErrors({ id, errors }: { id: string; errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <div id={errorIdOf(id)} className="mt-1 text-std-16B-170 text-error-1">
      {errors.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}

/** Props of {@link Field}. */
export type FieldProps = {
  /** The control's id (the error summary links to it). */
  id: string;
  label: string;
  required?: boolean;
  /** A hint under the label, read with the control. */
  hint?: string;
  /** The messages of the last failed save for this field. */
  errors?: readonly string[];
  /** Classes of the wrapper (e.g. a width). */
  className?: string;
  /** Renders the control with the props that tie it to its label, hint and errors. */
  children: (control: ControlProps) => ReactNode;
};

/**
 * A labelled form control with its hint and its errors: the control is marked aria-invalid and
 * described by the hint and the messages, which stand right under it.
 */
export function Field({ id, label, required, hint, errors = [], className, children }: FieldProps) {
  const invalid = errors.length > 0;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
        {required ? '（必須）' : null}
      </label>
      {hint ? (
        <p id={hintIdOf(id)} className="text-dns-14N-130 text-solid-gray-700">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        className: invalid ? invalidControlClass : controlClass,
        ...(invalid ? { 'aria-invalid': true as const } : {}),
        'aria-describedby': describedBy(id, Boolean(hint), invalid),
      })}
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

/** A group of checkboxes or radios under a legend, with its errors (the id is the group's). */
export function FieldGroup({
  id,
  legend,
  hint,
  errors = [],
  children,
}: {
  id: string;
  legend: string;
  hint?: string;
  errors?: readonly string[];
  children: ReactNode;
}) {
  return (
    <fieldset id={id} aria-describedby={describedBy(id, Boolean(hint), errors.length > 0)}>
      <legend className={labelClass}>{legend}</legend>
      {hint ? (
        <p id={hintIdOf(id)} className="text-dns-14N-130 text-solid-gray-700">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldErrors id={id} errors={errors} />
    </fieldset>
  );
}

/** Moves focus to the control with `id`, or to the first control inside it (a group). */
function focusField(id: string): void {
  const target = document.getElementById(id);
  const control = target?.matches('input, select, textarea')
    ? target
    : target?.querySelector<HTMLElement>('input, select, textarea');
  control?.focus();
}

/** Props of {@link ErrorSummary}. */
export type ErrorSummaryProps = {
  failure: FormFailure | null;
  /** Changes with every submission, so focus returns to the summary after each failed one. */
  attempt: number;
  /** The Japanese label of each field, by the API's field name. */
  labels: Readonly<Record<string, string>>;
  /** The id of a field's control, by the API's field name. */
  fieldId: (field: string) => string;
};

/**
 * The summary above a form after a failed save: the message, then each problem as a link that moves
 * focus to its field. It takes focus when it appears (role="alert" also announces it).
 */
export function ErrorSummary({ failure, attempt, labels, fieldId }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = failure !== null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again on every failed submission
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, attempt]);
  if (!failure) return null;
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      className="rounded-8 border-2 border-error-1 bg-red-50 px-4 py-3 text-error-2 focus:outline-4 focus:outline-black"
    >
      <p className="font-bold">{failure.message}</p>
      {failure.stale ? <ReloadLatestButton /> : null}
      {failure.issues.length > 0 ? (
        <ul className="mt-1 list-disc pl-6">
          {failure.issues.map((issue) => {
            const field = fieldOf(issue);
            const label = labels[field];
            const text = label ? `${label}：${issue.message}` : issue.message;
            return (
              <li key={`${issue.path}:${issue.message}`}>
                {label ? (
                  <a
                    href={`#${fieldId(field)}`}
                    className="text-error-2"
                    onClick={(e) => {
                      e.preventDefault();
                      focusField(fieldId(field));
                    }}
                  >
                    {text}
                  </a>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

/** What every bound control takes: its id, its errors, its value and how it changes. */
type BoundProps<V> = {
  id: string;
  label: string;
  errors?: readonly string[];
  value: V;
  onChange: (value: V) => void;
  required?: boolean;
  hint?: string;
  className?: string;
};

/**
 * A one-line text input as a {@link Field}; with `type="date"`, a {@link JapaneseDateInput} (和暦 or
 * 西暦 typed, what it understood shown under it).
 */
export function TextField({
  type = 'text',
  inputMode,
  maxLength,
  ...field
}: BoundProps<string> & {
  type?: 'text' | 'date' | 'email' | 'tel' | 'time';
  inputMode?: 'numeric' | 'text';
  maxLength?: number;
}) {
  return (
    <Field {...field}>
      {(control) =>
        type === 'date' ? (
          <JapaneseDateInput
            {...control}
            value={field.value}
            required={field.required}
            onChange={field.onChange}
          />
        ) : (
          <input
            {...control}
            type={type}
            inputMode={inputMode}
            maxLength={maxLength}
            value={field.value}
            required={field.required}
            onChange={(e) => field.onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

/** A multi-line text input as a {@link Field}. */
export function TextAreaField({
  rows = 4,
  maxLength,
  ...field
}: BoundProps<string> & { rows?: number; maxLength?: number }) {
  return (
    <Field {...field}>
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          maxLength={maxLength}
          value={field.value}
          required={field.required}
          onChange={(e) => field.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** A choice among fixed values as a {@link Field}; `options` are the values or value–label pairs. */
export function SelectField<V extends string>({
  options,
  ...field
}: BoundProps<V> & { options: readonly (V | { value: V; label: string })[] }) {
  return (
    <Field {...field}>
      {(control) => (
        <select {...control} value={field.value} onChange={(e) => field.onChange(e.target.value as V)}>
          {options.map((o) => {
            const { value, label } = typeof o === 'string' ? { value: o, label: o } : o;
            return (
              <option key={value} value={value}>
                {label}
              </option>
            );
          })}
        </select>
      )}
    </Field>
  );
}

/** A yes/no choice as one checkbox with its label after it, and its errors under it. */
export function CheckboxField({
  id,
  label,
  errors = [],
  value,
  onChange,
  className,
}: Omit<BoundProps<boolean>, 'required' | 'hint'>) {
  const invalid = errors.length > 0;
  return (
    <div className={className}>
      <label className="flex items-center gap-2 text-std-16N-170">
        <input
          id={id}
          type="checkbox"
          checked={value}
          onChange={(e) => onChange(e.target.checked)}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={describedBy(id, false, invalid)}
          className="size-5"
        />
        {label}
      </label>
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

/** A value the user may not change, laid out like a field (a label above, the value under it). */
export function ReadOnlyField({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <p className={labelClass}>{label}</p>
      <p className="mt-1">{value}</p>
    </div>
  );
}

/** A form's saving button (showing that it runs) and キャンセル, which leads to `cancelTo`. */
export function FormActions({
  submitLabel,
  pending,
  cancelTo,
}: {
  submitLabel: string;
  pending: boolean;
  cancelTo: string;
}) {
  return (
    <div className="flex flex-wrap gap-3">
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? '保存しています…' : submitLabel}
      </button>
      <Link to={cancelTo} className={`${secondaryButtonClass} no-underline`}>
        キャンセル
      </Link>
    </div>
  );
}
