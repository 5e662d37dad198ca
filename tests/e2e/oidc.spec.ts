import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { startOidcProvider, type TestOidcProvider } from '../support/oidc-provider.ts';

/**
 * Single sign-on through the login button, against a real OpenID provider (oidc-provider) on
 * loopback. This spec starts its own DXShip server with the OIDC_* settings (the shared server of the
 * other journeys has none), on a free port and a fresh data folder of its own.
 */

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

let provider: TestOidcProvider;
let server: ChildProcess;
let dataDir: string;
let base: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  provider = await startOidcProvider(`${base}/api/auth/oidc/callback`);
  dataDir = mkdtempSync(join(tmpdir(), 'dxship-e2e-oidc-'));
  server = spawn(process.execPath, ['bin/dxship.mjs', 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_REDIRECT_URI: `${base}/api/auth/oidc/callback`,
      OIDC_LOGIN_CLAIM: 'preferred_username',
      OIDC_LABEL: '広島県 統合認証でログイン',
    },
    stdio: 'ignore',
  });
  // Wait for the server (migrations and demo data first), boundedly.
  for (let i = 0; i < 170; i++) {
    const up = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('the OIDC journey server did not start');
});

test.afterAll(async () => {
  server?.kill('SIGTERM');
  await new Promise((r) => server?.once('exit', r));
  await provider?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Signs in at the provider's own (development) login and consent pages. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  const consent = page.getByRole('button', { name: 'Continue' });
  await consent.click();
}

test('a registered account signs in through the single sign-on button', async ({ page }) => {
  await page.goto(`${base}/`);
  await expect(page).toHaveURL(/\/login$/);
  await page.getByRole('link', { name: '広島県 統合認証でログイン' }).click();
  await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/`));
  await signInAtProvider(page, 'etajima-manager');
  await expect(page.getByRole('heading', { level: 1, name: 'ホーム' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('江田島市 DX責任者（デモ）');
  // マイアカウント shows the session as a single sign-on one.
  await page.goto(`${base}/account`);
  await expect(page.getByRole('region', { name: 'ログイン中の端末', exact: true })).toContainText(
    'シングルサインオン',
  );
});

test('an account nobody registered comes back to the login page with a Japanese message', async ({
  page,
}) => {
  await page.goto(`${base}/login`);
  await page.getByRole('link', { name: '広島県 統合認証でログイン' }).click();
  await signInAtProvider(page, 'somebody.unknown');
  await expect(page).toHaveURL(/\/login\?error=OIDC_ACCOUNT_NOT_REGISTERED$/);
  await expect(page.getByRole('alert')).toContainText('このアカウントは DXShip に登録されていません');
  await expect(page.getByRole('heading', { level: 1, name: 'ログイン' })).toBeVisible();
});
