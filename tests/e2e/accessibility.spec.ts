import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { signIn } from './support/sign-in.ts';

/**
 * Accessibility as a test: axe-core on every page each role can reach, at 1280 and 375 px, failing on any
 * violation of any impact. The pages are found, not listed: every link of the header and of the main menu
 * the role sees (so a page another engineer adds to the menu is covered), every link of a navigation inside
 * the pages visited (tabs such as the 台帳's views), plus the detail pages below.
 *
 * One test per role and width; the role signs in once and its tests share that signed-in page.
 */
const ROLES = [
  { login: 'admin', label: 'admin' },
  { login: 'etajima-manager', label: 'a municipal manager' },
  { login: 'member', label: 'a member' },
] as const;

type Login = (typeof ROLES)[number]['login'];

const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
] as const;

/**
 * Detail pages: not in any menu, reached from a list (the role's own when it cannot see others'). A new
 * kind of detail page needs one line here.
 */
const DETAIL_PAGES: Record<Login, readonly string[]> = {
  admin: [
    '/orgs/342157',
    '/inventory/1',
    '/inventory/1/edit',
    '/practices/1',
    '/meetings/new',
    '/meetings/commitments',
    '/search?q=住基',
    '/notifications/settings',
  ],
  'etajima-manager': ['/orgs/342157', '/inventory/1', '/inventory/new', '/practices/1', '/practices/new'],
  member: ['/orgs/340006', '/practices/1', '/notifications/settings'],
};

/** Paths of the links in the navigations that match `selector`, the 年度 query and fragments dropped. */
async function linkPaths(page: Page, selector: string): Promise<string[]> {
  const hrefs = await page
    .locator(selector)
    .locator('a[href^="/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.split(/[?#]/)[0] ?? href).filter((path) => path !== '');
}

/** A meeting's detail page, found through the API as a person would find it in the list. */
async function aMeetingPage(page: Page): Promise<string[]> {
  const res = await page.request.get('/api/meetings');
  if (!res.ok()) return [];
  const body = (await res.json()) as { items?: { id: string }[] };
  const first = body.items?.[0];
  return first ? [`/meetings/${first.id}`] : [];
}

/**
 * Opens `path` and waits until it has settled: its heading shown and nothing loading. `commit` is enough
 * for the navigation itself; what matters is what the page then renders.
 */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path, { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/読み込んでいます|確認しています/)).toHaveCount(0);
}

/**
 * axe-core's violations on the current page, in short. The app's chrome (skip link, header, main menu) is
 * the same on every page, so it is scanned whole once (`whole`, the first page of a run: every rule,
 * including the page-level ones such as landmarks and the document's title and language); on the other
 * pages only what the page itself renders, `main`, is scanned, which keeps a scan to the page's own nodes.
 */
async function violations(page: Page, whole: boolean) {
  const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  const results = await (whole ? axe : axe.include('main')).analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
}

for (const role of ROLES) {
  test.describe(`as ${role.label}`, () => {
    let context: BrowserContext;
    let page: Page;
    let startPaths: string[];

    test.beforeAll(async ({ browser, baseURL }) => {
      context = await browser.newContext({ baseURL, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
      page = await context.newPage();
      await page.setViewportSize(WIDTHS[0]);
      await signIn(page, role.login, { open: true, expectHome: true });
      const menu = await linkPaths(page, 'header, nav[aria-label="メインメニュー"]');
      startPaths = [...new Set([...menu, ...DETAIL_PAGES[role.login], ...(await aMeetingPage(page))])];
    });

    test.afterAll(async () => {
      await context?.close();
    });

    for (const size of WIDTHS) {
      test(`every page passes axe at ${size.width} px`, async () => {
        test.setTimeout(180_000);
        expect(startPaths.length).toBeGreaterThan(5);
        await page.setViewportSize(size);
        const queue = [...startPaths];
        const seen = new Set(queue);
        const found: Record<string, unknown> = {};
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          await open(page, path);
          const list = await violations(page, path === startPaths[0]);
          if (list.length > 0) found[path] = list;
          // Tabs and other navigations inside the page lead to its sibling pages.
          for (const next of await linkPaths(page, 'main nav')) {
            if (!seen.has(next)) {
              seen.add(next);
              queue.push(next);
            }
          }
        }
        expect(found).toEqual({});
      });
    }
  });
}
