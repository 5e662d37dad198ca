import { expect, type Page, test } from '@playwright/test';
import { TOTP } from 'otpauth';

/** Password of every demo account. */
const DEMO_PASSWORD = 'dxship-demo';

/** Signs in through the login form (the page must show it). */
async function signIn(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'ログイン' })).toBeVisible();
  await page.getByLabel('ログインID').fill(login);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'ログアウト' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ログイン' })).toBeVisible();
}

/** The code an authenticator app shows for `secret`, `offset` periods from now. */
function codeFor(secret: string, offsetSeconds = 0): string {
  return new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: Date.now() + offsetSeconds * 1000,
  });
}

test('the login page asks /api/auth/me without a failed request in the console', async ({ page }) => {
  const failures: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') failures.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: 'ログイン' })).toBeVisible();
  expect(failures).toEqual([]);
});

test('an admin registers a staff account; its owner changes the password and enrols two-factor sign-in', async ({
  page,
}) => {
  test.setTimeout(90_000); // four sign-ins and two forms on a shared machine
  const login = `e2e.staff.${Date.now()}`;
  // — the admin registers the account with an initial password —
  await page.goto('/users');
  await signIn(page, 'admin');
  await expect(page.getByRole('heading', { level: 1, name: '利用者' })).toBeVisible();
  await page.getByRole('link', { name: '利用者を登録する' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '利用者を登録' })).toBeVisible();
  await page.getByLabel('ログインID').fill(login);
  await page.getByLabel('氏名').fill('江田島 検証');
  await page.getByLabel('権限').selectOption({ label: '団体DX担当' });
  await page.getByLabel('所属団体').selectOption({ label: '江田島市' });
  // A weak password is refused beside its field, in Japanese.
  await page.getByLabel('初期パスワード').fill('password1234');
  await page.getByRole('button', { name: '登録する' }).click();
  await expect(
    page.getByRole('alert').getByRole('link', { name: /初期パスワード：よく使われる/ }),
  ).toBeVisible();
  await expect(page.getByLabel('初期パスワード')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('初期パスワード').fill('first passphrase for etajima');
  await page.getByRole('button', { name: '登録する' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `江田島 検証（${login}）` })).toBeVisible();
  await signOut(page);

  // — its owner changes the password on マイアカウント —
  await signIn(page, login, 'first passphrase for etajima');
  await page
    .getByRole('navigation', { name: 'メインメニュー' })
    .getByRole('link', { name: 'マイアカウント' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'マイアカウント' })).toBeVisible();
  const passwordSection = page.getByRole('region', { name: 'パスワードの変更' });
  await passwordSection.getByLabel('現在のパスワード').fill('not my password');
  await passwordSection
    .getByLabel('新しいパスワード（必須）', { exact: true })
    .fill('second passphrase for etajima');
  await passwordSection.getByLabel('新しいパスワード（確認）').fill('second passphrase for etajima');
  await passwordSection.getByRole('button', { name: 'パスワードを変更する' }).click();
  await expect(passwordSection.getByRole('alert')).toContainText('現在のパスワードが正しくありません');
  await passwordSection.getByLabel('現在のパスワード').fill('first passphrase for etajima');
  await passwordSection.getByRole('button', { name: 'パスワードを変更する' }).click();
  await expect(passwordSection.getByRole('status')).toContainText('パスワードを変更しました');

  // — and enrols an authenticator app —
  const mfa = page.getByRole('region', { name: '2段階認証' });
  await mfa.getByRole('button', { name: '認証アプリを登録する' }).click();
  await expect(mfa.getByRole('img', { name: '認証アプリに読み取らせる QR コード' })).toBeVisible();
  const secret = (await mfa.getByTestId('totp-secret').textContent()) ?? '';
  await mfa.getByLabel('確認コード').fill(codeFor(secret, -30));
  await mfa.getByRole('button', { name: '登録を完了する' }).click();
  await expect(mfa.getByRole('list', { name: '回復コード' }).getByRole('listitem')).toHaveCount(10);
  await mfa.getByRole('button', { name: '書き留めたので次へ進む' }).click();
  await expect(mfa.getByText('2段階認証を使っています。')).toBeVisible();
  await signOut(page);

  // — the old password no longer works; the new one asks for the code next —
  await signIn(page, login, 'first passphrase for etajima');
  await expect(page.getByRole('alert')).toContainText('ログインIDまたはパスワードが正しくありません');
  await signIn(page, login, 'second passphrase for etajima');
  await expect(page.getByRole('heading', { name: '確認コードの入力' })).toBeVisible();
  await page.getByLabel('確認コード').fill('000000');
  await page.getByRole('button', { name: '確認してログイン' }).click();
  await expect(page.getByRole('alert')).toContainText('確認コードが正しくありません');
  await page.getByLabel('確認コード').fill(codeFor(secret));
  await page.getByRole('button', { name: '確認してログイン' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ホーム' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('江田島 検証');
});

test('an admin issues a password reset link, shown once, which sets a new password', async ({ browser }) => {
  const admin = await browser.newPage();
  await admin.goto('/users');
  await signIn(admin, 'admin');
  await admin.getByRole('link', { name: '利用者を登録する' }).click();
  const login = `e2e.reset.${Date.now()}`;
  await admin.getByLabel('ログインID').fill(login);
  await admin.getByLabel('氏名').fill('再設定 検証');
  await admin.getByRole('button', { name: '登録する' }).click();
  await admin.getByRole('button', { name: '再設定リンクを発行する' }).click();
  const url = await admin.getByLabel('再設定リンク', { exact: true }).inputValue();
  expect(url).toMatch(/\/password-reset#token=/);

  const owner = await browser.newPage();
  await owner.goto(url);
  await expect(owner.getByRole('heading', { level: 1, name: 'パスワードの再設定' })).toBeVisible();
  await owner.getByLabel('新しいパスワード（必須）', { exact: true }).fill('a passphrase from the link');
  await owner.getByLabel('新しいパスワード（確認）').fill('a passphrase from the link');
  await owner.getByRole('button', { name: 'パスワードを設定する' }).click();
  await expect(owner.getByRole('status')).toContainText('新しいパスワードを設定しました');
  await owner.getByRole('link', { name: 'ログイン画面へ' }).click();
  await signIn(owner, login, 'a passphrase from the link');
  await expect(owner.getByRole('heading', { level: 1, name: 'ホーム' })).toBeVisible();
  // Used once: the same link is refused.
  const again = await browser.newPage();
  await again.goto(url);
  await again.getByLabel('新しいパスワード（必須）', { exact: true }).fill('another passphrase here');
  await again.getByLabel('新しいパスワード（確認）').fill('another passphrase here');
  await again.getByRole('button', { name: 'パスワードを設定する' }).click();
  await expect(again.getByRole('alert')).toContainText('使えません');
});
