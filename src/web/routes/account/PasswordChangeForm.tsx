import { type FormEvent, useState } from 'react';
import { PASSWORD_POLICY_TEXT } from '../../../domain/password-policy.ts';
import { primaryButtonClass } from '../../components/button-styles.ts';
import { ErrorSummary } from '../../components/FormField.tsx';
import { PasswordField } from '../../components/PasswordField.tsx';
import { useDraftForm } from '../../components/use-draft-form.ts';
import { useChangePassword } from './account-queries.ts';

const LABELS = {
  currentPassword: '現在のパスワード',
  newPassword: '新しいパスワード',
  confirmation: '新しいパスワード（確認）',
};

type Draft = { currentPassword: string; newPassword: string; confirmation: string };
const EMPTY: Draft = { currentPassword: '', newPassword: '', confirmation: '' };

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
      <PasswordField
        {...form.bind('currentPassword')}
        label={LABELS.currentPassword}
        required
        autoComplete="current-password"
      />
      <PasswordField
        {...form.bind('newPassword')}
        label={LABELS.newPassword}
        required
        hint={PASSWORD_POLICY_TEXT}
        autoComplete="new-password"
      />
      <PasswordField
        {...form.bind('confirmation')}
        label={LABELS.confirmation}
        required
        autoComplete="new-password"
      />
      <button type="submit" disabled={change.isPending} className={primaryButtonClass}>
        {change.isPending ? '変更しています…' : 'パスワードを変更する'}
      </button>
    </form>
  );
}
