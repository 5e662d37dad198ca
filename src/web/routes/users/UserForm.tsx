import type { FormEvent } from 'react';
import { PASSWORD_POLICY_TEXT } from '../../../domain/password-policy.ts';
import { ROLE_LABELS, ROLES, type Role } from '../../../domain/roles.ts';
import {
  CheckboxField,
  ErrorSummary,
  FormActions,
  SelectField,
  TextField,
} from '../../components/FormField.tsx';
import { PasswordField } from '../../components/PasswordField.tsx';
import { useDraftForm } from '../../components/use-draft-form.ts';
import { useOrgs } from '../orgs/orgs-queries.ts';

/** The Japanese label of each field, by the API's field name. */
export const USER_FIELD_LABELS = {
  login: 'ログインID',
  displayName: '氏名',
  email: 'メールアドレス',
  role: '権限',
  orgCode: '所属団体',
  password: '初期パスワード',
  disabled: '停止',
} as const;

/** A draft of an account as the form edits it. */
export type UserDraft = {
  login: string;
  displayName: string;
  email: string;
  role: Role;
  orgCode: string;
  password: string;
  disabled: boolean;
};

/** Props of {@link UserForm}. */
export type UserFormProps = {
  initial: UserDraft;
  /** Registering (login and initial password asked) or changing (停止 offered). */
  mode: 'create' | 'edit';
  pending: boolean;
  error: unknown;
  onSubmit: (draft: UserDraft) => void;
  cancelTo: string;
};

/** The fields of an account for an administrator; the API's issues stand by their fields. */
export function UserForm({ initial, mode, pending, error, onSubmit, cancelTo }: UserFormProps) {
  const orgs = useOrgs();
  const form = useDraftForm(initial, error);
  const { bind } = form;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (form.begin([])) onSubmit(form.draft);
  };
  return (
    <form noValidate onSubmit={submit} className="mt-6 max-w-2xl space-y-5">
      <ErrorSummary
        failure={form.failure}
        attempt={form.attempt}
        labels={USER_FIELD_LABELS}
        fieldId={form.fieldId}
      />
      {mode === 'create' ? (
        <TextField
          {...bind('login')}
          label={USER_FIELD_LABELS.login}
          required
          hint="半角英数字と . _ @ - の3〜64文字。シングルサインオンで使う場合は、認証サーバーのメールアドレスと同じにします。"
          maxLength={64}
        />
      ) : null}
      <TextField {...bind('displayName')} label={USER_FIELD_LABELS.displayName} required maxLength={100} />
      <TextField {...bind('email')} type="email" label={USER_FIELD_LABELS.email} maxLength={254} />
      <SelectField
        {...bind('role')}
        label={USER_FIELD_LABELS.role}
        options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
      />
      <SelectField
        {...bind('orgCode')}
        label={USER_FIELD_LABELS.orgCode}
        options={(orgs.data?.items ?? []).map((o) => ({ value: o.code, label: o.name }))}
      />
      {mode === 'create' ? (
        <PasswordField
          {...bind('password')}
          label={USER_FIELD_LABELS.password}
          hint={`空欄にすると、シングルサインオンか再設定リンクで利用を始めます。${PASSWORD_POLICY_TEXT}`}
          autoComplete="new-password"
        />
      ) : (
        <CheckboxField
          {...bind('disabled')}
          label="このアカウントを停止する（ログイン中のセッションもすべて終了します）"
        />
      )}
      <FormActions
        submitLabel={mode === 'create' ? '登録する' : '保存する'}
        pending={pending}
        cancelTo={cancelTo}
      />
    </form>
  );
}
