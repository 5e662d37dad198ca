import { Field } from './FormField.tsx';

/** Props of {@link PasswordField}: a bound field (see useDraftForm's `bind`) and how the browser may fill it. */
export type PasswordFieldProps = {
  id: string;
  label: string;
  errors?: readonly string[];
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  hint?: string;
  /** `current-password` for the one in use, `new-password` for a new one (password managers offer to generate). */
  autoComplete: 'current-password' | 'new-password';
};

/** A password input as a {@link Field}: label, hint and errors tied to it, nothing echoed. */
export function PasswordField({ autoComplete, ...field }: PasswordFieldProps) {
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          type="password"
          autoComplete={autoComplete}
          required={field.required}
          value={field.value}
          onChange={(e) => field.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
