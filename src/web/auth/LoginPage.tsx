import { type FormEvent, useId, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { usePageTitle } from '../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../components/StatusMessages.tsx';
import { returnPathOf } from './RequireAuth.tsx';
import { type SignedOutReason, useLogin, useSession } from './session.ts';

/** What the login page tells a user whose session just ended. */
const SIGNED_OUT_NOTICES: Record<SignedOutReason, string | null> = {
  none: null,
  logout: 'ログアウトしました。',
  expired: 'ログインの有効期限が切れたか、ログアウトされました。もう一度ログインしてください。',
};

type FieldErrors = { login?: string; password?: string };

function validate(login: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (login.trim() === '') errors.login = 'ログインIDを入力してください。';
  if (password === '') errors.password = 'パスワードを入力してください。';
  return errors;
}

const inputClass =
  'mt-2 block w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170 aria-invalid:border-2 aria-invalid:border-error-1';

/** The sign-in page: login ID and password; on success returns to the page the user came from. */
export function LoginPage() {
  usePageTitle('ログイン');
  const session = useSession();
  const login = useLogin();
  const location = useLocation();
  const returnTo = returnPathOf(location.state) ?? '/';
  const [fields, setFields] = useState({ login: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const ids = { login: useId(), password: useId(), loginError: useId(), passwordError: useId() };

  if (session.isPending) return <Loading label="ログイン状態を確認しています…" />;
  // Signed in already, or just now: go back to where the user came from.
  if (session.data?.session) return <Navigate to={returnTo} replace />;
  const notice = session.data?.signedOut ? SIGNED_OUT_NOTICES[session.data.signedOut] : null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = validate(fields.login, fields.password);
    setFieldErrors(errors);
    if (errors.login || errors.password) {
      document.getElementById(errors.login ? ids.login : ids.password)?.focus();
      return;
    }
    login.mutate({ login: fields.login.trim(), password: fields.password });
  };

  return (
    <div className="min-h-screen bg-solid-gray-50">
      <header className="border-b border-solid-gray-200 bg-white">
        <div className="mx-auto max-w-5xl px-4 py-4">
          <p className="text-std-20B-150 text-blue-1000">DXShip（デジシップ）ひろしま</p>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-md px-4 py-10">
        <div className="rounded-12 border border-solid-gray-200 bg-white p-6 shadow-1 sm:p-8">
          <h1 className="text-std-24B-150">ログイン</h1>
          <p className="mt-2 text-std-16N-170 text-solid-gray-700">
            配布されたログインIDとパスワードを入力してください。
          </p>
          {notice && !login.isError ? (
            <p
              role="status"
              className="mt-4 rounded-8 border border-blue-900 bg-blue-50 px-4 py-3 text-std-16N-170"
            >
              {notice}
            </p>
          ) : null}
          {login.isError ? <ErrorAlert error={login.error} /> : null}
          <form noValidate onSubmit={onSubmit} className="mt-6 space-y-6">
            <div>
              <label htmlFor={ids.login} className="block text-std-16B-170">
                ログインID
                <span
                  aria-hidden="true"
                  className="ml-2 rounded-4 bg-error-2 px-1.5 py-0.5 text-dns-14B-120 text-white"
                >
                  必須
                </span>
              </label>
              <input
                id={ids.login}
                name="login"
                type="text"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                aria-invalid={fieldErrors.login ? true : undefined}
                aria-describedby={fieldErrors.login ? ids.loginError : undefined}
                value={fields.login}
                onChange={(e) => setFields((f) => ({ ...f, login: e.target.value }))}
                className={inputClass}
              />
              {fieldErrors.login ? (
                <p id={ids.loginError} className="mt-2 text-std-16N-170 text-error-2">
                  {fieldErrors.login}
                </p>
              ) : null}
            </div>
            <div>
              <label htmlFor={ids.password} className="block text-std-16B-170">
                パスワード
                <span
                  aria-hidden="true"
                  className="ml-2 rounded-4 bg-error-2 px-1.5 py-0.5 text-dns-14B-120 text-white"
                >
                  必須
                </span>
              </label>
              <input
                id={ids.password}
                name="password"
                type="password"
                autoComplete="current-password"
                required
                aria-invalid={fieldErrors.password ? true : undefined}
                aria-describedby={fieldErrors.password ? ids.passwordError : undefined}
                value={fields.password}
                onChange={(e) => setFields((f) => ({ ...f, password: e.target.value }))}
                className={inputClass}
              />
              {fieldErrors.password ? (
                <p id={ids.passwordError} className="mt-2 text-std-16N-170 text-error-2">
                  {fieldErrors.password}
                </p>
              ) : null}
            </div>
            <button
              type="submit"
              disabled={login.isPending}
              className="w-full rounded-8 bg-blue-900 px-4 py-3 text-std-16B-170 text-white hover:bg-blue-1000 disabled:bg-solid-gray-300 disabled:text-solid-gray-900"
            >
              {login.isPending ? 'ログインしています…' : 'ログイン'}
            </button>
          </form>
        </div>
      </main>
    </div>
  );
}
