import { expect, type Page } from '@playwright/test';

/** Password of every demo account. */
export const DEMO_PASSWORD = 'dxship-demo';

/** Options of {@link signIn}. */
export type SignInOptions = {
  /** Default: the demo password. */
  password?: string;
  /** Open /login first (default: the page must already show the login form, e.g. after a redirect). */
  open?: boolean;
  /** Wait for ホーム after signing in (default false: the caller checks where it lands). */
  expectHome?: boolean;
};

/** The one way journeys sign in: through the login form, as a person would. */
export async function signIn(page: Page, login: string, options: SignInOptions = {}): Promise<void> {
  if (options.open) await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: 'ログイン' })).toBeVisible();
  await page.getByLabel('ログインID').fill(login);
  await page.getByLabel('パスワード').fill(options.password ?? DEMO_PASSWORD);
  await page.getByRole('button', { name: 'ログイン' }).click();
  if (options.expectHome) await expect(page.getByRole('heading', { level: 1, name: 'ホーム' })).toBeVisible();
}
