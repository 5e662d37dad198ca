import { expect, type Page, test } from '@playwright/test';
import { signIn } from './support/sign-in.ts';

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'メインメニュー' });

/** The groups of the main menu in order, with the links an admin sees in each. */
const ADMIN_GROUPS: readonly (readonly [string, readonly string[]])[] = [
  ['全体', ['ホーム', 'ダッシュボード', '年次報告', '沿革']],
  ['人材', ['人材', 'スキル', '研修', '採用', '需給見通し']],
  ['配置', ['配置状況', '最適配置', '団体']],
  ['連携', ['会議']],
  ['情報共有', ['台帳', '好事例', '検索', '共同調達']],
  ['管理', ['マイアカウント', '利用者', '監査ログ', '検索辞書']],
];

test('an admin sees every group under its heading with all its links, the current page marked', async ({
  page,
}) => {
  await signIn(page, 'admin', { open: true, expectHome: true });
  const nav = mainMenu(page);

  // Wide screen: a side navigation, every link shown; the narrow-screen button is not.
  await expect(nav.getByRole('button', { name: 'メニュー' })).toBeHidden();
  await expect(nav.getByRole('heading', { level: 2 })).toHaveText(ADMIN_GROUPS.map(([heading]) => heading));
  for (const [heading, links] of ADMIN_GROUPS) {
    const list = nav.getByRole('list', { name: heading, exact: true });
    await expect(list.getByRole('link')).toHaveText([...links]);
    for (const link of links) await expect(list.getByRole('link', { name: link, exact: true })).toBeVisible();
  }
  await expect(nav.getByRole('link')).toHaveCount(ADMIN_GROUPS.flatMap(([, links]) => links).length);

  // Only the current page is marked.
  await expect(nav.getByRole('link', { name: 'ホーム' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
  await nav.getByRole('link', { name: '好事例' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'DX施策・好事例' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '好事例' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
  // A page below an area marks that area with "true".
  await page.goto('/orgs/342025');
  await expect(page.getByRole('heading', { level: 1, name: '呉市' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '団体' })).toHaveAttribute('aria-current', 'true');

  // Keyboard: after the skip link, Tab reaches the menu's links in order, with the focus ring showing.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'ホーム' })).toBeVisible();
  await nav.getByRole('link', { name: 'ホーム' }).focus();
  await page.keyboard.press('Tab');
  const dashboard = nav.getByRole('link', { name: 'ダッシュボード' });
  await expect(dashboard).toBeFocused();
  expect(await dashboard.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');

  // Printing leaves the navigation out.
  await page.emulateMedia({ media: 'print' });
  await expect(nav).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(nav).toBeVisible();
});

test('a viewer sees only the groups and links their role may use', async ({ page }) => {
  await signIn(page, 'viewer', { open: true, expectHome: true });
  const nav = mainMenu(page);

  await expect(nav.getByRole('heading', { level: 2 })).toHaveText([
    '全体',
    '人材',
    '配置',
    '連携',
    '情報共有',
    '管理',
  ]);
  // Of 管理, a viewer has only their own account.
  await expect(nav.getByRole('list', { name: '管理', exact: true }).getByRole('link')).toHaveText([
    'マイアカウント',
  ]);
  await expect(nav.getByRole('list', { name: '人材', exact: true }).getByRole('link')).toHaveText([
    'スキル',
    '研修',
    '採用',
    '需給見通し',
  ]);
  await expect(nav.getByRole('list', { name: '配置', exact: true }).getByRole('link')).toHaveText([
    '配置状況',
    '団体',
  ]);
  for (const area of ['人材', 'マイページ', '最適配置', '利用者', '監査ログ']) {
    await expect(nav.getByRole('link', { name: area, exact: true })).toHaveCount(0);
  }
});

test.describe('on a narrow screen', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the menu opens with its button, a link works, and Escape closes it back to the button', async ({
    page,
  }) => {
    await signIn(page, 'etajima-manager', { open: true, expectHome: true });
    const nav = mainMenu(page);
    const button = nav.getByRole('button', { name: 'メニュー' });

    // Closed: only the button shows.
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toHaveAttribute('aria-controls', 'main-menu');
    await expect(nav.getByRole('link', { name: 'ホーム' })).toBeHidden();
    await expect(page.locator('#main-menu')).toBeHidden();

    // Open it and follow a link: the page changes and the menu closes.
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#main-menu')).toBeVisible();
    await expect(nav.getByRole('link', { name: 'ホーム' })).toHaveAttribute('aria-current', 'page');
    await nav.getByRole('link', { name: '台帳' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '情報システム台帳' })).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: '台帳' })).toBeHidden();

    // By keyboard: Enter opens, Tab goes into the menu, Escape closes it and focus is on the button again.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'ホーム' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'ホーム' })).toBeHidden();
    await expect(button).toBeFocused();
    await expect(page.getByRole('heading', { level: 1, name: '情報システム台帳' })).toBeVisible();
  });
});

test('a long table scrolls inside its frame, its header row in view, and the page ends at its footer', async ({
  page,
}) => {
  await signIn(page, 'admin', { open: true, expectHome: true });
  await mainMenu(page).getByRole('link', { name: '配置状況' }).click();
  const posts = page.getByRole('region', { name: /^表：ポストの一覧/ });
  await expect(posts.getByRole('row').nth(20)).toBeAttached();
  const frame = await posts.evaluate((el) => ({ height: el.clientHeight, content: el.scrollHeight }));
  expect(frame.content).toBeGreaterThan(frame.height);
  // Rows scrolled out of the frame must not stretch the page into blank space below the footer.
  const page_ = await page.evaluate(() => ({
    scrollable: document.documentElement.scrollHeight,
    footerBottom: Math.ceil(
      (document.querySelector('footer')?.getBoundingClientRect().bottom ?? 0) + window.scrollY,
    ),
  }));
  expect(page_.scrollable).toBeLessThanOrEqual(page_.footerBottom + 1);
  // Scrolled to its last row, the header row sticks to the top of the frame.
  const offset = await posts.evaluate((el) => {
    el.scrollTo(0, el.scrollHeight);
    const header = el.querySelector('th[scope="col"]');
    return (header?.getBoundingClientRect().top ?? -1e6) - el.getBoundingClientRect().top;
  });
  expect(Math.abs(offset)).toBeLessThan(4);
});
