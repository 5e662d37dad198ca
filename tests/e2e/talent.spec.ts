import { type APIRequestContext, expect, type Locator, type Page, request, test } from '@playwright/test';

/** Password of every demo account. */
const DEMO_PASSWORD = 'dxship-demo';

/** Signs in through the login form (the page must show it). */
async function signIn(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'ログイン' })).toBeVisible();
  await page.getByLabel('ログインID').fill(login);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
}

/** An API session of a demo account, for looking up what the UI should show. */
async function apiAs(baseURL: string | undefined, login: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL });
  const res = await api.post('/api/auth/login', { data: { login, password: DEMO_PASSWORD } });
  expect(res.status()).toBe(200);
  return api;
}

/** The data rows of a table (its second row group, the tbody). */
function bodyRows(table: Locator): Locator {
  return table.getByRole('rowgroup').nth(1).getByRole('row');
}

/** The cell of `row` under the column header named `header` (sort symbols aside). */
async function cellUnder(table: Locator, row: Locator, header: string): Promise<Locator> {
  await expect(row).toBeVisible();
  const headers = await table.getByRole('columnheader').allTextContents();
  const index = headers.findIndex((text) => text.replace(/[▲▼⇅]/g, '').trim() === header);
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return row.locator(':scope > th, :scope > td').nth(index);
}

/** The value beside a term of a definition list. */
function fact(scope: Locator, term: string): Locator {
  return scope
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

type Allowance = {
  eligible: boolean;
  monthlyYen: number | null;
  period: string | null;
  reason: string | null;
};
type PersonJson = {
  id: string;
  name: string;
  certifications: { code: string; name: string }[];
  allowance?: Allowance;
};

test('a talent officer filters the roster, opens a person and sees their allowance', async ({
  page,
  baseURL,
}) => {
  // Who the roster should show for 県情報職 with 応用情報技術者試験, and one of them receiving the allowance.
  const officerApi = await apiAs(baseURL, 'talent');
  const listed = (await (
    await officerApi.get('/api/people?category=pref_it&certification=AP&pageSize=200')
  ).json()) as { items: PersonJson[]; total: number };
  await officerApi.dispose();
  expect(listed.total).toBeGreaterThan(0);
  const eligible = listed.items.find((p) => p.allowance?.eligible);
  expect(eligible, 'a 県情報職 with 応用情報 who receives the allowance').toBeTruthy();
  if (!eligible?.allowance) return;

  await page.goto('/people');
  await signIn(page, 'talent');
  await expect(page.getByRole('heading', { level: 1, name: '人材' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'メインメニュー' });
  await expect(nav.getByRole('link', { name: '人材' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'マイページ' })).toHaveCount(0);
  const table = page.getByRole('table', { name: '人材の一覧' });
  await expect(page.getByRole('status')).toContainText('38人');

  // Filters: 区分 and 資格 narrow the roster on the server.
  await page.getByLabel('区分').selectOption({ label: '県情報職' });
  await page.getByLabel('資格').selectOption({ label: '応用情報技術者試験' });
  await expect(page).toHaveURL(/category=pref_it/);
  await expect(page.getByRole('status')).toContainText(`${listed.total}人`);
  await expect(bodyRows(table)).toHaveCount(listed.total);
  for (const row of await bodyRows(table).all()) {
    await expect(await cellUnder(table, row, '区分')).toHaveText('県情報職');
    await expect(await cellUnder(table, row, '資格')).toContainText('応用情報技術者試験');
  }
  // The exports carry the same filters.
  await expect(page.getByRole('link', { name: 'CSV（Shift_JIS）' })).toHaveAttribute(
    'href',
    /\/api\/people\/export\?.*certification=AP.*format=csv-cp932/,
  );
  const xlsx = await page.request.get(
    (await page.getByRole('link', { name: 'Excel' }).getAttribute('href')) ?? '',
  );
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()['content-type']).toContain('spreadsheetml');

  // By name, then the person's page.
  await page.getByLabel('氏名・ふりがな').fill(eligible.name);
  await expect(bodyRows(table)).toHaveCount(1);
  await table.getByRole('link', { name: eligible.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: eligible.name })).toBeVisible();
  await expect(nav.getByRole('link', { name: '人材' })).toHaveAttribute('aria-current', 'true');
  const allowance = page.getByRole('region', { name: '初任給調整手当' });
  await expect(fact(allowance, '支給')).toHaveText('支給対象');
  await expect(fact(allowance, '月額')).toHaveText('50,000円');
  await expect(fact(allowance, '支給期間')).toHaveText(eligible.allowance.period ?? '');
  const certs = page.getByRole('table', { name: '資格' });
  await expect(certs.getByRole('rowheader', { name: '応用情報技術者試験' })).toBeVisible();
  await expect(page.getByRole('table', { name: '配属の履歴' })).toBeVisible();
});

test('a member sees their own profile and allowance, edits it, and sees no one else', async ({
  page,
  baseURL,
}) => {
  const officerApi = await apiAs(baseURL, 'talent');
  const everyone = (await (await officerApi.get('/api/people?pageSize=200')).json()) as {
    items: PersonJson[];
  };
  await officerApi.dispose();
  const memberApi = await apiAs(baseURL, 'member');
  const own = ((await (await memberApi.get('/api/people')).json()) as { items: PersonJson[] }).items;
  expect(own).toHaveLength(1);
  const me = own[0]!;
  const other = everyone.items.find((p) => p.id !== me.id && p.allowance?.eligible);
  expect(other).toBeTruthy();
  if (!other) return;
  // The API refuses another person's allowance to a member.
  expect((await memberApi.get(`/api/people/${other.id}/allowance`)).status()).toBe(404);
  await memberApi.dispose();

  await page.goto('/');
  await signIn(page, 'member');
  const nav = page.getByRole('navigation', { name: 'メインメニュー' });
  await expect(nav.getByRole('link', { name: 'マイページ' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '人材' })).toHaveCount(0);

  // Their own page: profile and allowance (whatever its outcome).
  await nav.getByRole('link', { name: 'マイページ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'マイページ' })).toBeVisible();
  await expect(page.getByText(me.name, { exact: true }).first()).toBeVisible();
  const allowance = page.getByRole('region', { name: '初任給調整手当' });
  await expect(fact(allowance, '支給')).toHaveText(me.allowance?.eligible ? '支給対象' : '対象外');

  // They edit their career goal and first desired work location.
  await page.getByRole('button', { name: '勤務希望地・キャリア目標を編集' }).click();
  await page.getByLabel('第1希望').selectOption({ label: '呉市' });
  await page.getByRole('textbox', { name: 'キャリア目標' }).fill('県と市町の両方で標準化を支える');
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();
  const wishes = page.getByRole('region', { name: '勤務希望地とキャリア目標' });
  await expect(wishes.getByRole('listitem').first()).toHaveText('呉市');
  await expect(wishes.getByText('県と市町の両方で標準化を支える')).toBeVisible();
  await expect(page.getByRole('button', { name: '勤務希望地・キャリア目標を編集' })).toBeFocused();

  // No roster of others…
  await page.goto('/people');
  await expect(page.getByRole('alert')).toContainText('このページを表示する権限がありません。');
  await expect(page.getByRole('table')).toHaveCount(0);
  // …and no other person's page or allowance.
  await page.goto(`/people/${other.id}`);
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('region', { name: '初任給調整手当' })).toHaveCount(0);
  await expect(page.getByText(other.name)).toHaveCount(0);
});
