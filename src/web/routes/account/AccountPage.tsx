import { type FormEvent, useState } from 'react';
import { useCurrentUser } from '../../auth/current-user.ts';
import { primaryButtonClass } from '../../components/button-styles.ts';
import { Facts } from '../../components/Facts.tsx';
import { ErrorSummary, TextField } from '../../components/FormField.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useDraftForm } from '../../components/use-draft-form.ts';
import { useUpdateOwnEmail } from './account-queries.ts';
import { PasswordChangeForm } from './PasswordChangeForm.tsx';
import { SessionsSection } from './SessionsSection.tsx';
import { TotpSection } from './TotpSection.tsx';

/** The user's own e-mail address (where notifications and reset links are sent). */
function EmailForm() {
  const user = useCurrentUser();
  const update = useUpdateOwnEmail(user.version);
  const form = useDraftForm({ email: user.email ?? '' }, update.error);
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    if (form.begin([]))
      update.mutate({ email: form.draft.email.trim() }, { onSuccess: () => setSaved(true) });
  };
  return (
    <form noValidate onSubmit={submit} className="mt-4 max-w-xl space-y-4">
      <ErrorSummary
        failure={form.failure}
        attempt={form.attempt}
        labels={{ email: 'メールアドレス' }}
        fieldId={form.fieldId}
      />
      {saved ? (
        <p role="status" className="rounded-8 border border-blue-900 bg-blue-50 px-4 py-3">
          メールアドレスを保存しました。
        </p>
      ) : null}
      <TextField
        {...form.bind('email')}
        type="email"
        label="メールアドレス"
        hint="お知らせやパスワード再設定の案内の送り先です（空欄にすると登録なし）。"
        maxLength={254}
      />
      <button type="submit" disabled={update.isPending} className={primaryButtonClass}>
        {update.isPending ? '保存しています…' : 'メールアドレスを保存する'}
      </button>
    </form>
  );
}

/** マイアカウント (/account): the user's account, password, two-factor sign-in and signed-in devices. */
export function AccountPage() {
  const user = useCurrentUser();
  return (
    <>
      <PageHeading title="マイアカウント" />
      <section aria-labelledby="account-profile" className="mt-6">
        <h2 id="account-profile" className="text-std-22B-150">
          アカウント
        </h2>
        <Facts
          rows={[
            ['ログインID', user.login],
            ['氏名', user.displayName],
            ['団体', user.body.name],
            ['権限', user.roleLabel],
          ]}
        />
        <EmailForm />
      </section>
      {user.hasPassword ? (
        <section aria-labelledby="account-password" className="mt-10">
          <h2 id="account-password" className="text-std-22B-150">
            パスワードの変更
          </h2>
          <PasswordChangeForm />
        </section>
      ) : null}
      <section aria-labelledby="account-mfa" className="mt-10">
        <h2 id="account-mfa" className="text-std-22B-150">
          2段階認証
        </h2>
        <TotpSection />
      </section>
      <section aria-labelledby="account-sessions" className="mt-10">
        <h2 id="account-sessions" className="text-std-22B-150">
          ログイン中の端末
        </h2>
        <SessionsSection />
      </section>
    </>
  );
}
