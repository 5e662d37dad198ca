import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { PASSWORD_POLICY_TEXT } from '../../domain/password-policy.ts';
import { api, expectOk } from '../api/client.ts';
import { primaryButtonClass } from '../components/button-styles.ts';
import { ErrorSummary } from '../components/FormField.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { PasswordField } from '../components/PasswordField.tsx';
import { useDraftForm } from '../components/use-draft-form.ts';

const LABELS = { newPassword: '新しいパスワード', confirmation: '新しいパスワード（確認）' };

/** The token of the link: it travels in the fragment (#token=…), never sent to the server in the URL. */
function tokenFromLocation(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

/**
 * /password-reset#token=…: sets a new password with a reset link an administrator issued (24 hours,
 * once). Reachable without signing in.
 */
export function PasswordResetPage() {
  const [token] = useState(tokenFromLocation);
  const reset = useMutation({
    mutationFn: async (newPassword: string) =>
      expectOk(await api.auth['password-reset'].$post({ json: { token, newPassword } })),
  });
  const form = useDraftForm({ newPassword: '', confirmation: '' }, reset.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { newPassword, confirmation } = form.draft;
    const issues = [
      ...(newPassword === '' ? [{ path: 'newPassword', message: '新しいパスワードを入力してください' }] : []),
      ...(newPassword !== confirmation
        ? [{ path: 'confirmation', message: '確認のために入力したパスワードが一致しません' }]
        : []),
    ];
    if (form.begin(issues)) reset.mutate(newPassword);
  };
  const field = (name: 'newPassword' | 'confirmation', hint?: string) => (
    <PasswordField
      {...form.bind(name)}
      label={LABELS[name]}
      required
      hint={hint}
      autoComplete="new-password"
    />
  );

  return (
    <div className="min-h-screen bg-solid-gray-50">
      <header className="border-b border-solid-gray-200 bg-white">
        <div className="mx-auto max-w-5xl px-4 py-4">
          <p className="text-std-20B-150 text-blue-1000">DXShip（デジシップ）ひろしま</p>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-md px-4 py-10">
        <div className="rounded-12 border border-solid-gray-200 bg-white p-6 shadow-1 sm:p-8">
          <PageHeading title="パスワードの再設定" />
          {reset.isSuccess ? (
            <div role="status" className="mt-4 space-y-4">
              <p>新しいパスワードを設定しました。ログインしてください。</p>
              <Link to="/login" className={`${primaryButtonClass} no-underline`}>
                ログイン画面へ
              </Link>
            </div>
          ) : token === '' ? (
            <p role="alert" className="mt-4 text-error-2">
              再設定リンクが正しくありません。管理者から届いたリンクをそのまま開いてください。
            </p>
          ) : (
            <form noValidate onSubmit={submit} className="mt-6 space-y-6">
              <ErrorSummary
                failure={form.failure}
                attempt={form.attempt}
                labels={LABELS}
                fieldId={form.fieldId}
              />
              {field('newPassword', PASSWORD_POLICY_TEXT)}
              {field('confirmation')}
              <button type="submit" disabled={reset.isPending} className={`${primaryButtonClass} w-full`}>
                {reset.isPending ? '設定しています…' : 'パスワードを設定する'}
              </button>
            </form>
          )}
        </div>
      </main>
    </div>
  );
}
