/**
 * The password policy as people read it (the server checks it; the web shows the same words).
 *
 * Pure module: no imports outside src/domain, no npm dependencies.
 */

/** The fewest characters a password may have. */
export const PASSWORD_MIN_LENGTH = 12;

/** The most characters a password may have (scrypt takes any length; this bounds the request). */
export const PASSWORD_MAX_LENGTH = 200;

/** The policy in one sentence, shown beside every new-password field. */
export const PASSWORD_POLICY_TEXT =
  `${PASSWORD_MIN_LENGTH}文字以上で、ログインIDを含まず、よく使われるパスワード（流出したパスワードの一覧にあるもの）でないものにしてください。` +
  '長い文（パスフレーズ）がおすすめです。';
