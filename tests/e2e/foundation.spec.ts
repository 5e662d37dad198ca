import { expect, type Locator, request, test } from '@playwright/test';
import { currentFiscalYear, formatFiscalYear } from '../../src/domain/fiscal-year.ts';
import { DEMO_PASSWORD, signIn } from './support/sign-in.ts';

/** The data rows of a table (its second row group, the tbody). */
function bodyRows(table: Locator): Locator {
  return table.getByRole('rowgroup').nth(1).getByRole('row');
}

/** The cell of `row` under the column header named `header` (sort symbols aside). */
async function cellUnder(table: Locator, row: Locator, header: string): Promise<Locator> {
  await expect(row).toBeVisible(); // the table has loaded, so its headers can be read
  const headers = await table.getByRole('columnheader').allTextContents();
  const index = headers.findIndex((text) => text.replace(/[▲▼⇅]/g, '').trim() === header);
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return row.locator(':scope > th, :scope > td').nth(index);
}

/** The body cells of the column under the header named `header`. */
async function columnCells(table: Locator, header: string): Promise<Locator> {
  await expect(bodyRows(table).first()).toBeVisible();
  const headers = await table.getByRole('columnheader').allTextContents();
  const index = headers.findIndex((text) => text.replace(/[▲▼⇅]/g, '').trim() === header);
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return bodyRows(table).locator(`:scope > :nth-child(${index + 1})`);
}

test('admin signs in, browses the bodies, filters, opens a body and signs out', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await signIn(page, 'admin');

  // The shell: site name, the user's name, body and role, and every area an admin may use.
  const banner = page.getByRole('banner');
  await expect(banner.getByText('DXShip（デジシップ）ひろしま')).toBeVisible();
  await expect(banner.getByText('県DX推進チーム 管理者（デモ）')).toBeVisible();
  await expect(banner.getByText('広島県', { exact: true })).toBeVisible();
  await expect(banner.getByText('県DX推進チーム（管理者）', { exact: true })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'メインメニュー' });
  for (const area of ['ホーム', '団体', '利用者', '監査ログ', '最適配置']) {
    await expect(nav.getByRole('link', { name: area, exact: true })).toBeVisible();
  }
  await expect(nav.getByRole('link', { name: 'ホーム' })).toHaveAttribute('aria-current', 'page');

  // Home: the current 年度 in 和暦, an admin's frequent tasks as direct links, and what needs attention.
  const main = page.getByRole('main');
  await expect(main.getByText(formatFiscalYear(currentFiscalYear()))).toBeVisible();
  const tasks = main.getByRole('region', { name: 'よく使う機能' }).getByRole('link');
  await expect(tasks.first()).toContainText('ダッシュボード');
  await expect(tasks.filter({ hasText: '監査ログ' })).toHaveAttribute('href', /^\/audit\?fy=\d{4}$/);
  await expect(main.getByRole('region', { name: '対応が必要なこと' })).toBeVisible();

  // 団体: all 24 bodies with their participation marks.
  await nav.getByRole('link', { name: '団体' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '団体' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '団体' })).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle('団体 | DXShip（デジシップ）ひろしま');
  const table = page.getByRole('table', { name: '団体の一覧' });
  await expect(bodyRows(table)).toHaveCount(24);
  await expect(page.getByRole('status')).toHaveText('24団体');

  const etajima = bodyRows(table).filter({ has: page.getByRole('link', { name: '江田島市' }) });
  await expect(await cellUnder(table, etajima, '団体コード')).toHaveText('342157');
  await expect(await cellUnder(table, etajima, '令和5年度')).toHaveText('●参画');
  await expect(await cellUnder(table, etajima, '令和6年度')).toHaveText('●参画');
  // 呉市 joined only in 令和6年度: the marks follow the columns.
  const kure = bodyRows(table).filter({ has: page.getByRole('link', { name: '呉市' }) });
  await expect(await cellUnder(table, kure, '令和5年度')).toHaveText('－不参画');
  await expect(await cellUnder(table, kure, '令和6年度')).toHaveText('●参画');
  // The 市町 taking part per 年度: 7 in 令和5年度, 15 in 令和6年度.
  await expect((await columnCells(table, '令和5年度')).filter({ hasText: '●参画' })).toHaveCount(7);
  await expect((await columnCells(table, '令和6年度')).filter({ hasText: '●参画' })).toHaveCount(15);

  // Sorting: the code column starts ascending; one click reverses it.
  const codeHeader = table.getByRole('columnheader', { name: '団体コード' });
  await expect(codeHeader).toHaveAttribute('aria-sort', 'ascending');
  await codeHeader.getByRole('button').click();
  await expect(codeHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(await cellUnder(table, bodyRows(table).first(), '団体コード')).toHaveText('345458');

  // Filter by 区分: the 9 towns.
  await page.getByLabel('区分').selectOption('町');
  await expect(bodyRows(table)).toHaveCount(9);
  await expect(page.getByRole('status')).toContainText('9団体');
  for (const row of await bodyRows(table).all()) {
    await expect(await cellUnder(table, row, '区分')).toHaveText('町');
  }

  // Filter by name in katakana finds the hiragana reading.
  await page.getByLabel('区分').selectOption('');
  await page.getByLabel('団体名・ふりがなで絞り込み').fill('エタジマ');
  await expect(bodyRows(table)).toHaveCount(1);
  await expect(page.getByRole('status')).toContainText('1団体');

  // 江田島市's detail: participation by 年度 in 和暦.
  await table.getByRole('link', { name: '江田島市' }).click();
  await expect(page).toHaveURL(/\/orgs\/342157$/);
  await expect(page.getByRole('heading', { level: 1, name: '江田島市' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '団体' })).toHaveAttribute('aria-current', 'true');
  const participation = page.getByRole('table', { name: '年度ごとの参画状況' });
  await expect(bodyRows(participation)).toHaveText([/令和5年度.*参画/, /令和6年度.*参画/]);
  await expect(participation).not.toContainText('不参画');

  // Logout lands on the login page, and the session is gone for good.
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { level: 1, name: 'ログイン' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('ログアウトしました。');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'ログイン' })).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  // Signed out: /api/auth/me answers 200 { user: null } (no failed request on the login page).
  const me = await page.request.get('/api/auth/me');
  expect(me.status()).toBe(200);
  expect(await me.json()).toEqual({ user: null });
});

test('a wrong password shows the error and stays on the login page', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect(page.getByText('ログインIDを入力してください。')).toBeVisible();
  await expect(page.getByLabel('ログインID')).toBeFocused();

  await signIn(page, 'admin', { password: 'not-the-password' });
  await expect(page.getByRole('alert')).toHaveText('ログインIDまたはパスワードが正しくありません。');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('navigation', { name: 'メインメニュー' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'ログアウト' })).toHaveCount(0);
});

test('a member sees no 利用者 or 監査ログ and gets the 403 message on /audit', async ({ page }) => {
  await page.goto('/audit');
  await expect(page).toHaveURL(/\/login$/);
  await signIn(page, 'member');

  // Back where they wanted to go, which their role may not use.
  await expect(page).toHaveURL(/\/audit$/);
  await expect(page.getByRole('alert')).toContainText('このページを表示する権限がありません。');
  await expect(page.getByRole('table')).toHaveCount(0);
  const nav = page.getByRole('navigation', { name: 'メインメニュー' });
  await expect(nav.getByRole('link', { name: '団体', exact: true })).toBeVisible();
  for (const area of ['利用者', '監査ログ', '最適配置']) {
    await expect(nav.getByRole('link', { name: area, exact: true })).toHaveCount(0);
  }
  await expect(page.getByRole('banner').getByText('共通人材', { exact: true })).toBeVisible();
  // The API agrees.
  expect((await page.request.get('/api/audit')).status()).toBe(403);

  await page.goto('/users');
  await expect(page.getByRole('alert')).toContainText('このページを表示する権限がありません。');
});

test('a session ended elsewhere sends the user to the login page and back', async ({ page, context }) => {
  await page.goto('/login');
  await signIn(page, 'talent');
  await expect(page.getByRole('heading', { level: 1, name: 'ホーム' })).toBeVisible();

  await context.clearCookies(); // as if the session expired
  await page
    .getByRole('navigation', { name: 'メインメニュー' })
    .getByRole('link', { name: '利用者' })
    .click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('status')).toContainText('もう一度ログインしてください');

  await signIn(page, 'talent');
  // Back on the page asked for, the app's 年度 kept in its address.
  await expect(page).toHaveURL(/\/users\?fy=\d{4}$/);
  const table = page.getByRole('table', { name: '利用者の一覧' });
  const manager = bodyRows(table).filter({ hasText: 'etajima-manager' });
  await expect(await cellUnder(table, manager, '所属団体')).toHaveText('江田島市');
  await expect(await cellUnder(table, manager, '権限')).toHaveText('団体DX責任者');
  await expect(bodyRows(table).filter({ hasText: 'kure-manager' })).toHaveCount(1);
});

test('an admin finds their own login in the audit log and pages to older entries', async ({
  page,
  baseURL,
}) => {
  // Sign-ins of one login are checked at most 5 at a time (the throttle, decision 017): 55 take a while.
  test.setTimeout(120_000);
  // Enough sign-ins (each one audited) for a second page of 50.
  await Promise.all(
    Array.from({ length: 55 }, async () => {
      const api = await request.newContext({ baseURL });
      const res = await api.post('/api/auth/login', { data: { login: 'viewer', password: DEMO_PASSWORD } });
      expect(res.status(), await res.text()).toBe(200);
      await api.dispose();
    }),
  );

  await page.goto('/login');
  await signIn(page, 'admin');
  await page
    .getByRole('navigation', { name: 'メインメニュー' })
    .getByRole('link', { name: '監査ログ' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '監査ログ' })).toBeVisible();

  const table = page.getByRole('table', { name: '監査ログ' });
  const rows = bodyRows(table);
  await expect(rows).toHaveCount(50);
  // The newest entry is this admin's login.
  const newest = rows.first();
  await expect(await cellUnder(table, newest, '操作者')).toHaveText('admin');
  await expect(await cellUnder(table, newest, '操作')).toHaveText('ログイン');

  // Older pages, until the oldest entry.
  const more = page.getByRole('button', { name: 'さらに読み込む' });
  await expect(page.getByRole('status')).toContainText('さらに古い記録があります');
  while (await more.isVisible()) {
    const shown = await rows.count();
    await more.click();
    await expect.poll(() => rows.count()).toBeGreaterThan(shown);
  }
  await expect(page.getByRole('status')).toContainText('すべて表示しています');
  expect(await rows.count()).toBeGreaterThan(55);

  // The oldest entries record the demo accounts; their after-values are shown on request.
  const created = rows.filter({ hasText: '利用者の登録' }).last();
  await expect(await cellUnder(table, created, '操作者')).toHaveText('cli');
  await created.getByText('変更前・変更後を表示').click();
  await expect(created.getByText('"login": "admin"')).toBeVisible();
});
