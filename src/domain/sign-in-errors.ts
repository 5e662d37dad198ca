/**
 * Why a single sign-on (OpenID Connect) ended back on the login page. The server redirects with the
 * code (`/login?error=CODE`) and the login page shows the message of that code — never text taken from
 * the URL, which anyone could write.
 *
 * Pure module: no imports outside src/domain, no npm dependencies.
 */
export const SIGN_IN_ERRORS = {
  OIDC_STATE_MISMATCH: 'ログインの手続きを確認できませんでした。もう一度ログインボタンから操作してください。',
  OIDC_PROVIDER_ERROR: '認証サーバーでログインが完了しませんでした。もう一度お試しください。',
  OIDC_FAILED: 'シングルサインオンでログインできませんでした。時間をおいて再度お試しください。',
  OIDC_NO_LOGIN_CLAIM:
    '認証サーバーから利用者を特定する情報が届きませんでした。管理者にお問い合わせください。',
  OIDC_ACCOUNT_NOT_REGISTERED:
    'このアカウントは DXShip に登録されていません。利用するには、管理者に登録を依頼してください。',
  OIDC_ACCOUNT_DISABLED: 'このアカウントは停止されています。管理者にお問い合わせください。',
  DEMO_ACCOUNT_DISABLED: 'デモ用アカウントは、このサーバーでは使えません。',
} as const;

/** A code of {@link SIGN_IN_ERRORS}. */
export type SignInErrorCode = keyof typeof SIGN_IN_ERRORS;

/** The message for the `error` parameter of the login page (any unknown code: the general failure). */
export function signInErrorMessage(code: string | null): string | null {
  if (code === null) return null;
  return code in SIGN_IN_ERRORS ? SIGN_IN_ERRORS[code as SignInErrorCode] : SIGN_IN_ERRORS.OIDC_FAILED;
}
