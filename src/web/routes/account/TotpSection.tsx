import { type FormEvent, useState } from 'react';
import { useCurrentUser } from '../../auth/current-user.ts';
import { secondaryButtonClass } from '../../components/button-styles.ts';
import { ErrorSummary } from '../../components/FormField.tsx';
import { PasswordField } from '../../components/PasswordField.tsx';
import { useDraftForm } from '../../components/use-draft-form.ts';
import { useRefreshSession, useTotpDisable } from './account-queries.ts';
import { TotpEnrolment } from './TotpEnrolment.tsx';

/** Turning two-factor sign-in off, after the current password. */
function DisableTotp() {
  const disable = useTotpDisable();
  const form = useDraftForm({ currentPassword: '' }, disable.error);
  const bound = form.bind('currentPassword');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const issues =
      form.draft.currentPassword === ''
        ? [{ path: 'currentPassword', message: '現在のパスワードを入力してください' }]
        : [];
    if (form.begin(issues)) disable.mutate(form.draft.currentPassword);
  };
  return (
    <form noValidate onSubmit={submit} className="mt-4 max-w-xl space-y-4">
      <ErrorSummary
        failure={form.failure}
        attempt={form.attempt}
        labels={{ currentPassword: '現在のパスワード' }}
        fieldId={form.fieldId}
      />
      <PasswordField {...bound} label="現在のパスワード" required autoComplete="current-password" />
      <button type="submit" disabled={disable.isPending} className={secondaryButtonClass}>
        2段階認証をやめる
      </button>
    </form>
  );
}

/** マイアカウント's two-factor sign-in: its state, enrolment, and turning it off. */
export function TotpSection() {
  const user = useCurrentUser();
  // Stays true after the code is confirmed, so the recovery codes remain shown until noted.
  const [enrolling, setEnrolling] = useState(!user.mfaEnabled);
  const refresh = useRefreshSession();
  if (user.authMethod === 'oidc' && !user.hasPassword) {
    return (
      <p className="mt-2">
        シングルサインオンでログインしています。2段階認証は認証サーバーの設定に従います。
      </p>
    );
  }
  if (user.mfaEnabled && !enrolling) {
    return (
      <>
        <p className="mt-2">
          <strong>2段階認証を使っています。</strong>
          ログインのたびに、パスワードのあと認証アプリの確認コードを入力します。
        </p>
        <DisableTotp />
      </>
    );
  }
  return (
    <>
      <p className="mt-2">
        パスワードに加えて、スマートフォンの認証アプリに表示される確認コードでログインします。
        個人情報を扱う方、特に管理者は設定してください。
      </p>
      <TotpEnrolment
        onDone={() => {
          setEnrolling(false);
          void refresh();
        }}
      />
    </>
  );
}
