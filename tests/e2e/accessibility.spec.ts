import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { signIn } from './support/sign-in.ts';

/**
 * Accessibility as a test: axe-core on every page each role can reach, at 1280 and 375 px, failing on any
 * violation of any impact. The pages are found, not listed: every link of the main menu the role sees
 * (so a page another engineer adds to the menu is covered), plus the detail pages reached from them.
 */
const ROLES = [
  { login: 'admin', label: 'admin' },
  { login: 'etajima-manager', label: 'a municipal manager' },
  { login: 'member', label: 'a member' },
] as const;

const WIDTHS = [1280, 375] as const;

/** Detail pages: not in the menu, reached from a list (the role's own when it cannot see others'). */
const DETAIL_PAGES: Record<(typeof ROLES)[number]['login'], readonly string[]> = {
  admin: ['/orgs/342157', '/inventory/1', '/practices/1', '/meetings/commitments', '/search?q=住基'],
  'etajima-manager': ['/orgs/342157', '/inventory/1', '/inventory/new', '/practices/1'],
  member: ['/orgs/340006', '/practices/1'],
};

/** The paths of the main menu's links, as the role sees them (the 年度 query dropped). */
async function menuPaths(page: Page): Promise<string[]> {
  const menu = page.getByRole('navigation', { name: 'メインメニュー' });
  const hrefs = await menu
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.map((href) => href.split('?')[0]!))];
}

/** Opens `path`, waits until it has settled (its heading shown, nothing loading) and runs axe. */
async function violationsOn(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/読み込んでいます|確認しています/)).toHaveCount(0);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
}

for (const role of ROLES) {
  test(`every page ${role.label} can reach passes axe at 1280 and 375 px`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, role.login, { open: true, expectHome: true });
    const paths = [...(await menuPaths(page)), ...DETAIL_PAGES[role.login]];
    expect(paths.length).toBeGreaterThan(3);
    const found: Record<string, unknown> = {};
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
      for (const path of paths) {
        const violations = await violationsOn(page, path);
        if (violations.length > 0) found[`${width}px ${path}`] = violations;
      }
    }
    expect(found).toEqual({});
  });
}
