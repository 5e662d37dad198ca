import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ROLE_LABELS } from '../../../domain/roles.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { secondaryButtonClass } from '../../components/button-styles.ts';
import { Facts } from '../../components/Facts.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { type UserDraft, UserForm } from './UserForm.tsx';
import {
  type UserDetail,
  useCreateUser,
  useResetLink,
  useUnlockUser,
  useUpdateUser,
  useUser,
} from './users-queries.ts';

const LIST = { label: '利用者', to: '/users' };

/** /users/new: an administrator registers an account. */
export function UserNewPage() {
  const user = useCurrentUser();
  const create = useCreateUser();
  const navigate = useNavigate();
  const initial: UserDraft = {
    login: '',
    displayName: '',
    email: '',
    role: 'municipal_staff',
    orgCode: user.body.code,
    password: '',
    disabled: false,
  };
  return (
    <>
      <Breadcrumbs items={[LIST, { label: '利用者を登録' }]} />
      <PageHeading title="利用者を登録" />
      <UserForm
        initial={initial}
        mode="create"
        pending={create.isPending}
        error={create.error}
        cancelTo="/users"
        onSubmit={(d) =>
          create.mutate(
            {
              login: d.login.trim(),
              displayName: d.displayName,
              email: d.email.trim(),
              role: d.role,
              orgCode: d.orgCode,
              ...(d.password === '' ? {} : { password: d.password }),
            },
            { onSuccess: (created) => navigate(`/users/${created.id}`, { replace: true }) },
          )
        }
      />
    </>
  );
}

/** Issuing a one-time password reset link: shown once, to hand over (or mail) to the user. */
function ResetLinkPanel({ id }: { id: string }) {
  const link = useResetLink(id);
  return (
    <section aria-labelledby="user-reset" className="mt-8">
      <h2 id="user-reset" className="text-std-20B-150">
        パスワード再設定リンク
      </h2>
      <p className="mt-2">
        24時間有効で、1回だけ使えるリンクを発行します。以前に発行した未使用のリンクは使えなくなります。
      </p>
      {link.isError ? <ErrorAlert error={link.error} /> : null}
      {link.data ? (
        <div role="status" className="mt-3 rounded-8 border-2 border-blue-900 p-4">
          <p className="font-bold">
            このリンクはこの画面でだけ表示します。本人に確実な方法で伝えてください。
          </p>
          {link.data.mailedTo ? <p className="mt-1">{link.data.mailedTo} にもメールで送りました。</p> : null}
          <label className="mt-2 block" htmlFor="reset-link">
            再設定リンク
          </label>
          <input
            id="reset-link"
            readOnly
            value={link.data.url}
            className="mt-1 block w-full rounded-8 border px-3 py-2 font-mono"
          />
        </div>
      ) : (
        <button
          type="button"
          onClick={() => link.mutate()}
          disabled={link.isPending}
          className={`${secondaryButtonClass} mt-3`}
        >
          再設定リンクを発行する
        </button>
      )}
    </section>
  );
}

function UnlockPanel({ user }: { user: UserDetail }) {
  const unlock = useUnlockUser(user.id);
  if (!user.lockedOut) return null;
  return (
    <section aria-labelledby="user-unlock" className="mt-8">
      <h2 id="user-unlock" className="text-std-20B-150">
        ログインのロック
      </h2>
      <p className="mt-2 font-bold text-error-2">
        ログインの失敗が続いたため、このアカウントは一時的にロックされています。
      </p>
      {unlock.isError ? <ErrorAlert error={unlock.error} /> : null}
      <button
        type="button"
        onClick={() => unlock.mutate()}
        disabled={unlock.isPending}
        className={`${secondaryButtonClass} mt-3`}
      >
        ロックを解除する
      </button>
    </section>
  );
}

function draftOf(u: UserDetail): UserDraft {
  return {
    login: u.login,
    displayName: u.displayName,
    email: u.email ?? '',
    role: u.role,
    orgCode: u.orgCode,
    password: '',
    disabled: u.disabled,
  };
}

/** /users/:id: an account; administrators change it, issue reset links and unlock it. */
export function UserDetailPage() {
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const user = useUser(id);
  const update = useUpdateUser(id, user.data?.version);
  const [saved, setSaved] = useState(false);
  const u = user.data;
  return (
    <>
      <Breadcrumbs items={[LIST, { label: u?.displayName ?? '利用者' }]} />
      <PageHeading title={u ? `${u.displayName}（${u.login}）` : '利用者'} />
      {user.isPending ? <Loading /> : null}
      {user.isError ? <ErrorAlert error={user.error} /> : null}
      {u ? (
        <>
          <Facts
            rows={[
              ['ログインID', u.login],
              ['権限', ROLE_LABELS[u.role]],
              ['状態', u.disabled ? '停止中' : '利用可'],
              ['パスワード', u.hasPassword ? '設定済み' : '未設定（シングルサインオン・再設定リンクで利用）'],
              ['2段階認証', u.mfaEnabled ? '設定済み' : '－'],
              ...(u.isDemo ? ([['区分', 'デモ用アカウント']] as const) : []),
            ]}
          />
          {me.role === 'admin' ? (
            <>
              <section aria-labelledby="user-edit" className="mt-8">
                <h2 id="user-edit" className="text-std-20B-150">
                  アカウントの変更
                </h2>
                {saved && !update.isError ? (
                  <p role="status" className="mt-3 rounded-8 border border-blue-900 bg-blue-50 px-4 py-3">
                    保存しました。
                  </p>
                ) : null}
                <UserForm
                  key={u.version}
                  initial={draftOf(u)}
                  mode="edit"
                  pending={update.isPending}
                  error={update.error}
                  cancelTo="/users"
                  onSubmit={(d) =>
                    update.mutate(
                      {
                        displayName: d.displayName,
                        email: d.email.trim(),
                        role: d.role,
                        orgCode: d.orgCode,
                        disabled: d.disabled,
                      },
                      { onSuccess: () => setSaved(true) },
                    )
                  }
                />
              </section>
              <UnlockPanel user={u} />
              {u.disabled ? null : <ResetLinkPanel id={u.id} />}
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
