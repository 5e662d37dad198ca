import { type FormEvent, useState } from 'react';
import { PASSWORD_POLICY_TEXT } from '../../../domain/password-policy.ts';
import { primaryButtonClass } from '../../components/button-styles.ts';
import { ErrorSummary, Field } from '../../components/FormField.tsx';
import { useDraftForm } from '../../components/use-draft-form.ts';
import { useChangePassword } from './account-queries.ts';

const LABELS = {
  currentPassword: '現在のパスワード',
  newPassword: '新しいパスワード',
  confirmation: '新しいパスワード（確認）',
};

type Draft = { currentPassword: string; newPassword: string; confirmation: string };
const EMPTY: Draft = { currentPassword: '', newPassword: '', confirmation: '' };

/** A password input bound to the draft (no autofill of the old password into the new fields). */
function PasswordInput({
  form,
  name,
  autoComplete,
  hint,
}: {
  form: ReturnType<typeof useDraftForm<Draft>>;
  name: keyof Draft;
  autoComplete: 'current-password' | 'new-password';
  hint?: string;
}) {
  const bound = form.bind(name);
  return (
    <Field id={bound.id} label={LABELS[name]} required hint={hint} errors={bound.errors}>
      {(control) => (
        <input
          {...control}
          type="password"
          autoComplete={autoComplete}
          value={bound.value}
          onChange={(e) => bound.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** Changes the signed-in user's password; the user's other sessions end. */
export function PasswordChangeForm() {
  const change = useChangePassword();
  const form = useDraftForm(EMPTY, change.error);
  const [done, setDone] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    const { currentPassword, newPassword, confirmation } = form.draft;
    const issues = [
      ...(currentPassword === ''
        ? [{ path: 'currentPassword', message: '現在のパスワードを入力してください' }]
        : []),
      ...(newPassword === '' ? [{ path: 'newPassword', message: '新しいパスワードを入力してください' }] : []),
      ...(newPassword !== confirmation
        ? [{ path: 'confirmation', message: '確認のために入力したパスワードが一致しません' }]
        : []),
    ];
    if (!form.begin(issues)) return;
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setDone(true);
          form.set('currentPassword', '');
          form.set('newPassword', '');
          form.set('confirmation', '');
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={submit} className="mt-4 max-w-xl space-y-5">
      <ErrorSummary failure={form.failure} attempt={form.attempt} labels={LABELS} fieldId={form.fieldId} />
      {done ? (
        <p role="status" className="rounded-8 border border-blue-900 bg-blue-50 px-4 py-3">
          パスワードを変更しました。ほかの端末のログインはすべて終了しました。
        </p>
      ) : null}
      <PasswordInput form={form} name="currentPassword" autoComplete="current-password" />
      <PasswordInput form={form} name="newPassword" autoComplete="new-password" hint={PASSWORD_POLICY_TEXT} />
      <PasswordInput form={form} name="confirmation" autoComplete="new-password" />
      <button type="submit" disabled={change.isPending} className={primaryButtonClass}>
        {change.isPending ? '変更しています…' : 'パスワードを変更する'}
      </button>
    </form>
  );
}
