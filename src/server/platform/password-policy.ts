import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../domain/password-policy.ts';

let common: ReadonlySet<string> | undefined;

/**
 * The common-password list shipped with the app: zxcvbn-ts's `passwords-common` (about 49,000
 * passwords most often found in breaches), loaded on first use.
 */
function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common;
}

/**
 * Why a new password is refused (Japanese, for the field's message), or null when it is acceptable:
 * at least 12 characters, not containing the login, not in the common-password list.
 */
export function passwordPolicyIssue(password: string, login: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `パスワードは${PASSWORD_MIN_LENGTH}文字以上にしてください`;
  if (length > PASSWORD_MAX_LENGTH) return `パスワードは${PASSWORD_MAX_LENGTH}文字以内にしてください`;
  const lower = password.normalize('NFKC').toLowerCase();
  const loginLower = login.trim().toLowerCase();
  if (loginLower.length > 0 && lower.includes(loginLower)) {
    return 'パスワードにログインIDを含めないでください';
  }
  if (commonPasswords().has(lower) || commonPasswords().has(lower.replace(/[\s\d!-/:-@[-`{-~]+$/, ''))) {
    return 'よく使われるパスワードの一覧にあるため使えません。推測されにくいものにしてください';
  }
  return null;
}
