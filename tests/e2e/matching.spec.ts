import { expect, type Locator, test } from '@playwright/test';
import { fiscalYearSelect } from './support/fiscal-year.ts';
import { signIn } from './support/sign-in.ts';

/** The data rows of a table (its second row group, the tbody). */
function bodyRows(table: Locator): Locator {
  return table.getByRole('rowgroup').nth(1).getByRole('row');
}

/** The cell of `row` under the column header named `header` (sort symbols aside). */
async function cellUnder(table: Locator, row: Locator, header: string): Promise<Locator> {
  await expect(row).toBeVisible();
  const headers = await table.getByRole('row').first().getByRole('columnheader').allTextContents();
  const index = headers.findIndex((text) => text.replace(/[▲▼⇅]/g, '').trim() === header);
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return row.locator(':scope > th, :scope > td').nth(index);
}

type Metrics = {
  totalCost: number;
  posts: number;
  postsFilled: number;
  preferencesMet: number;
  firstChoices: number;
  moves: number;
  unassigned: number;
};
type ScenarioJson = {
  id: string;
  name: string;
  accepted: boolean;
  latestRun: { id: string; status: string; metrics: Metrics | null } | null;
};
type RunJson = {
  status: string;
  result: { proposals: { personName: string; move: string; total: number }[] } | null;
};

// 在任期間 is no cost term any more: tenure is one of the programme's rules (the rules page).
const TERM_LABELS = [
  'ジョブタイプ適合',
  'スキル水準',
  '勤務希望地',
  '通勤距離',
  '継続性',
  '県・市町の枠を越える経験',
];

test('an officer runs R7 matching, reads an explanation, compares two scenarios and accepts one', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/matching?fy=2025');
  await signIn(page, 'talent');
  await expect(page).toHaveURL(/\/matching\?fy=2025$/);
  await expect(page.getByRole('heading', { level: 1, name: '最適配置（マッチング）' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'メインメニュー' });
  await expect(nav.getByRole('link', { name: '最適配置' })).toHaveAttribute('aria-current', 'page');
  // R7, the app's 年度 from the address, and no scenario yet.
  await expect(fiscalYearSelect(page)).toHaveValue('2025');
  await expect(fiscalYearSelect(page).getByRole('option', { name: /^令和7年度（2025年度）/ })).toBeAttached();
  await expect(page.getByText('令和7年度のシナリオはまだありません。')).toBeVisible();

  // Hold the first progress poll, so the running state can be seen however fast the solver is.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/matching/runs/*', async (route) => {
    if (route.request().method() === 'GET') await held;
    await route.continue();
  });

  // First scenario: the default weights.
  const form = page.getByRole('region', { name: '新しいシナリオ（令和7年度）' });
  await form.getByLabel('シナリオ名').fill('標準');
  await expect(form.getByLabel('ジョブタイプ適合')).toHaveValue('100');
  await form.getByRole('button', { name: '保存して計算する' }).click();

  const result = page.getByRole('region', { name: '計算結果：標準' });
  const progress = result.getByRole('progressbar', { name: '計算の進捗' });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('aria-valuenow', '0');
  await expect(result.getByRole('status')).toContainText('計算しています');
  await expect(result.getByRole('button', { name: '中止' })).toBeEnabled();
  await expect(result.getByRole('heading', { level: 2 })).toBeFocused();
  release(); // from now on, every poll passes straight through

  // The result: 38 people of the demo roster placed or listed as unassigned.
  await expect(result.getByRole('status')).toContainText('計算が完了しました', { timeout: 30_000 });
  await expect(progress).toHaveCount(0);
  const proposals = result.getByRole('table', { name: '配置案（標準）' });
  const rows = bodyRows(proposals).filter({ has: page.getByRole('button', { name: /さんの内訳$/ }) });
  const proposalCount = await rows.count();
  expect(proposalCount).toBeGreaterThan(30);
  await expect(result.getByRole('heading', { name: `配置案（${proposalCount}件）` })).toBeVisible();
  // The p.20 plan for R7: a second person where needed — such posts are filled.
  await expect(rows.filter({ hasText: '2人目' }).first()).toBeVisible();

  // One proposal's explanation, term by term, adding up to its total.
  const first = rows.first();
  const name = (await (await cellUnder(proposals, first, '氏名')).textContent())?.trim() ?? '';
  const total = Number(await (await cellUnder(proposals, first, '合計点')).textContent());
  const toggle = first.getByRole('button', { name: `${name}さんの内訳` });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const terms = result.getByRole('table', { name: new RegExp(`^${name}さん → .* の内訳$`) });
  await expect(terms).toBeVisible();
  const termRows = bodyRows(terms);
  await expect(termRows.getByRole('rowheader')).toHaveText(TERM_LABELS);
  let sum = 0;
  for (const row of await termRows.all()) {
    const cells = row.getByRole('cell');
    sum += Number(await cells.nth(0).textContent());
    await expect(cells.nth(1)).not.toBeEmpty(); // 理由
  }
  expect(sum).toBe(total);
  await expect(terms.getByRole('row', { name: /^合計/ })).toContainText(String(total));
  await expect(terms.getByText('勤務希望', { exact: false }).first()).toBeVisible();
  await toggle.click();
  await expect(terms).toHaveCount(0);

  // A post the first scenario leaves empty (its priority badge first, then body and post).
  const unfilled = result
    .getByRole('heading', { name: /^空いたポストとその理由/ })
    .locator('xpath=following-sibling::ul[1]/li/p[1]');
  const unfilledPost = ((await unfilled.first().textContent()) ?? '')
    .replace(/^(必須|優先|通常)\s*/, '')
    .trim();
  expect(unfilledPost).not.toBe('');

  // A second scenario that weighs desired work locations heavily and continuity not at all, and locks
  // the first proposal's person into that unfilled post.
  await expect(form.getByLabel('シナリオ名')).toHaveValue('シナリオ2');
  await form.getByLabel('シナリオ名').fill('希望地重視');
  await form.getByLabel('勤務希望地', { exact: true }).fill('300');
  await form.getByLabel('継続性', { exact: true }).fill('0');
  await form.getByText('固定・禁止・対象外（任意）').click();
  const lockPerson = form.getByLabel('固定する人材');
  const personValue = await lockPerson.locator('option', { hasText: `${name}（` }).getAttribute('value');
  await lockPerson.selectOption(personValue ?? '');
  await form.getByLabel('固定先のポスト').selectOption({ label: unfilledPost });
  await form.getByRole('button', { name: '固定する組み合わせに追加' }).click();
  await expect(form.getByRole('listitem').filter({ hasText: `→ ${unfilledPost}` })).toHaveCount(1);
  await form.getByRole('button', { name: '保存して計算する' }).click();
  const second = page.getByRole('region', { name: '計算結果：希望地重視' });
  await expect(second.getByRole('status')).toContainText('計算が完了しました', { timeout: 30_000 });
  // The lock holds: that person goes to that post.
  const secondTable = second.getByRole('table', { name: '配置案（希望地重視）' });
  const locked = bodyRows(secondTable).filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  await expect(locked).toHaveCount(1);
  await expect(locked).toContainText(unfilledPost.replace(/^\S+ /, ''));

  // Side by side: one column per scenario, the figures of each latest run.
  const compare = page.getByRole('table', { name: 'シナリオの比較（令和7年度）' });
  await expect(compare.getByRole('columnheader')).toHaveText(['項目', '標準', '希望地重視']);
  const api = await page.request.get('/api/matching/scenarios?fiscalYear=2025');
  expect(api.status()).toBe(200);
  const scenarios = ((await api.json()) as { items: ScenarioJson[] }).items;
  expect(scenarios.map((s) => s.name)).toEqual(['標準', '希望地重視']);
  const metricRow = (label: string) =>
    compare.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label }) });
  for (const [index, scenario] of scenarios.entries()) {
    const m = scenario.latestRun?.metrics;
    expect(m, scenario.name).toBeTruthy();
    if (!m) continue;
    const cell = (label: string) => metricRow(label).getByRole('cell').nth(index);
    await expect(cell('合計コスト')).toContainText(m.totalCost.toLocaleString('ja-JP'));
    await expect(cell('充足ポスト')).toContainText(`${m.postsFilled} / ${m.posts}`);
    await expect(cell('希望地の充足（第1希望）')).toContainText(
      `${m.preferencesMet}名（${m.firstChoices}名）`,
    );
    await expect(cell('異動数')).toContainText(`${m.moves}名`);
    await expect(cell('未配置')).toContainText(`${m.unassigned}名`);
  }
  // The weights changed the answer's figures.
  expect(scenarios[1]?.latestRun?.metrics?.totalCost).not.toBe(scenarios[0]?.latestRun?.metrics?.totalCost);

  // Back to the first scenario's result from the comparison, then accept the second one.
  await compare.getByRole('button', { name: '標準の結果を表示' }).click();
  await expect(
    page.getByRole('region', { name: '計算結果：標準' }).getByRole('table', { name: '配置案（標準）' }),
  ).toBeVisible();
  await compare.getByRole('button', { name: '希望地重視の結果を表示' }).click();
  await expect(second.getByRole('table', { name: '配置案（希望地重視）' })).toBeVisible();

  // 採用 asks for confirmation first; cancelling changes nothing.
  await second.getByRole('button', { name: 'この配置案を採用' }).click();
  const dialog = page.getByRole('dialog', { name: '令和7年度の配置計画として採用しますか？' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'キャンセル' })).toBeFocused();
  await dialog.getByRole('button', { name: 'キャンセル' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('まだ採用されたシナリオはありません。')).toBeVisible();

  await second.getByRole('button', { name: 'この配置案を採用' }).click();
  await expect(dialog).toContainText('「希望地重視」の配置案');
  await dialog.getByRole('button', { name: '採用する' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('「希望地重視」を令和7年度の配置計画として採用しました')).toBeVisible();
  await expect(compare.getByRole('columnheader', { name: '希望地重視 採用' })).toBeVisible();
  await expect(second.getByText('この配置案は令和7年度の配置計画として採用済みです。')).toBeVisible();

  // The R7 plan: the accepted run's moves and new placements, as stored.
  const accepted = scenarios[1]!;
  const run = (await (
    await page.request.get(`/api/matching/runs/${accepted.latestRun?.id}`)
  ).json()) as RunJson;
  const changes = run.result?.proposals.filter((p) => p.move !== 'stay') ?? [];
  expect(changes.length).toBeGreaterThan(0);
  const planHeading = page.getByRole('heading', { level: 2, name: '令和7年度の配置計画' });
  await expect(planHeading).toBeFocused();
  const plan = page.getByRole('table', { name: '令和7年度の予定の配属（採用した計画）' });
  await expect(bodyRows(plan)).toHaveCount(changes.length);
  for (const change of changes) {
    await expect(bodyRows(plan).filter({ hasText: change.personName })).toHaveCount(1);
  }
  await expect(page.getByRole('region', { name: '令和7年度の配置計画', exact: true })).toContainText(
    `このほか${(run.result?.proposals.length ?? 0) - changes.length}名は現在のポストに継続`,
  );

  // The 配置状況 page shows the same plan for R7.
  await nav.getByRole('link', { name: '配置状況' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '配置状況' })).toBeVisible();
  await expect(fiscalYearSelect(page)).toHaveValue('2025');
  const placementPlan = page.getByRole('table', { name: '令和7年度の予定の配属' });
  await expect(bodyRows(placementPlan)).toHaveCount(changes.length);
});

// Declared after the journey above, which expects no R7 scenario yet: this one adds its own scenario and
// a rule, and restores neither (later journeys do not depend on 熊野町's second post).
test('an officer caps a body on 配置のルール, re-runs R7 and reads why the post stayed empty', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/matching?fy=2025');
  await signIn(page, 'talent');
  await expect(page.getByRole('heading', { level: 1, name: '最適配置（マッチング）' })).toBeVisible();
  await expect(fiscalYearSelect(page)).toHaveValue('2025');

  // Before the rule: this scenario's run fills 熊野町's second post.
  const name = 'ルールの確認';
  const form = page.getByRole('region', { name: '新しいシナリオ（令和7年度）' });
  await form.getByLabel('シナリオ名').fill(name);
  await form.getByRole('button', { name: '保存して計算する' }).click();
  const result = page.getByRole('region', { name: `計算結果：${name}` });
  await expect(result.getByRole('status')).toContainText('計算が完了しました', { timeout: 60_000 });
  const secondPost = '専門員（2人目）';
  const kumano = (table: Locator) =>
    bodyRows(table).filter({ hasText: '熊野町' }).filter({ hasText: secondPost });
  await expect(kumano(result.getByRole('table', { name: `配置案（${name}）` }))).toHaveCount(1);

  // To 配置のルール through the result's link; add at most 1 person in 熊野町 for R7 only.
  await result.getByRole('link', { name: '配置のルールを確認・変更する' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '配置のルール' })).toBeVisible();
  await page.getByRole('button', { name: 'ルールを追加' }).click();
  const editor = page.getByRole('region', { name: 'ルールを追加' });
  await editor.getByLabel('ルールの種類').selectOption({ label: '団体あたりの人数（最少・最多）' });
  await editor.getByLabel('団体', { exact: true }).selectOption({ label: '熊野町' });
  await editor.getByLabel('最多人数').fill('1');
  await editor.getByLabel('適用開始年度').selectOption('2025');
  await editor.getByLabel('適用終了年度').selectOption('2025');
  await editor.getByLabel('備考').fill('E2E: 熊野町は1人まで');
  await editor.getByRole('button', { name: 'ルールを追加して保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ルールを追加しました' })).toBeFocused();
  const ruleName = '熊野町の配置は1人以下（令和7年度〜令和7年度）';
  const rules = page.getByRole('table', { name: '配置のルール' });
  await expect(rules.getByRole('rowheader', { name: ruleName, exact: true })).toBeVisible();

  // Saved: it is still there after a reload, in a saved version.
  await page.reload();
  await expect(rules.getByRole('rowheader', { name: ruleName, exact: true })).toBeVisible();
  await expect(page.getByText(/^保存されたルール（版 \d+）です。$/)).toBeVisible();
  const row = rules.getByRole('row').filter({ has: page.getByRole('rowheader', { name: ruleName }) });
  await expect(row).toContainText('必ず守る');
  await expect(row).toContainText('E2E: 熊野町は1人まで');

  // Back to 最適配置 (the 年度 is remembered) and re-run the same scenario.
  await page.getByRole('link', { name: '最適配置（マッチング）へ戻る' }).click();
  await expect(fiscalYearSelect(page)).toHaveValue('2025');
  const compare = page.getByRole('table', { name: 'シナリオの比較（令和7年度）' });
  await compare.getByRole('button', { name: `${name}を再計算` }).click();
  await expect(result.getByRole('status')).toContainText('計算が完了しました', { timeout: 60_000 });
  await expect(kumano(result.getByRole('table', { name: `配置案（${name}）` }))).toHaveCount(0);

  // Why the post stayed empty: the rule just added, by name, on 熊野町's post.
  const empty = result
    .getByRole('heading', { name: /^空いたポストとその理由/ })
    .locator('xpath=following-sibling::ul[1]/li')
    .filter({ hasText: `熊野町 政策企画課 ${secondPost}` });
  await expect(empty).toHaveCount(1);
  await expect(empty).toContainText(`ルール「${ruleName}」により枠を閉じています`);
  // The same in the run's API answer.
  const runId = new URL(page.url()).searchParams.get('run');
  const run = (await (await page.request.get(`/api/matching/runs/${runId}`)).json()) as {
    result: {
      unfilledPosts: { orgName: string; postTitle: string; why: { kind: string; summary: string } }[];
    };
  };
  const why = run.result.unfilledPosts.find(
    (p) => p.orgName === '熊野町' && p.postTitle.endsWith(secondPost),
  );
  expect(why?.why.kind).toBe('closed');
  expect(why?.why.summary).toContain(ruleName);
});

test('the placement page reproduces the table of p.20 for R6 and the posts of p.13', async ({ page }) => {
  await page.goto('/placement?fy=2024');
  await signIn(page, 'viewer');
  await expect(page.getByRole('heading', { level: 1, name: '配置状況' })).toBeVisible();
  await expect(fiscalYearSelect(page)).toHaveValue('2024');
  const nav = page.getByRole('navigation', { name: 'メインメニュー' });
  await expect(nav.getByRole('link', { name: '最適配置' })).toHaveCount(0);

  const table = page.getByRole('table', { name: '共通人材の配属状況（令和6年度）' });
  await expect(table.getByRole('columnheader', { name: '令和5年度' })).toBeVisible();
  const row = (name: string) =>
    table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  await expect(row('三原市').getByRole('cell')).toHaveText(['0.4名', '1名', '2名']);
  await expect(row('江田島市').getByRole('cell')).toHaveText(['0.6名', '1名', '2名']);
  await expect(row('呉市').getByRole('cell')).toHaveText(['－', '1名', '－']);
  await expect(row('坂町').getByRole('cell')).toHaveText(['－', '1名（年度中途）', '－']);
  await expect(row('計').getByRole('cell')).toHaveText(['7市町6名', '15市町15名', '6名']);
  await expect(row('広島県').getByRole('cell').nth(1)).toHaveText('15名');
  await expect(row('広島県').getByRole('cell').nth(2)).toHaveText('2名（三原市、廿日市市）');
  await expect(row('合計').getByRole('cell').nth(1)).toHaveText('30名');
  await expect(row('合計').getByRole('cell').nth(2)).toHaveText('8名');
  // 15 市町 + 計 + 県 + 合計.
  await expect(table.getByRole('row').filter({ has: page.getByRole('rowheader') })).toHaveCount(18);

  // p.13: a body's posts with title, 年度〜 and duties.
  await page.getByLabel('団体で絞り込み').selectOption({ label: '江田島市' });
  const posts = page.getByRole('table', { name: 'ポストの一覧（令和6年度）' });
  const cio = bodyRows(posts).filter({ hasText: 'CIO補佐官' });
  await expect(cio).toHaveCount(1);
  await expect(await cellUnder(posts, cio, '年度')).toHaveText('令和4年度〜');
  await expect(await cellUnder(posts, cio, '主要業務')).toContainText('江田島市デジタルビジョンの推進');
  for (const r of await bodyRows(posts).all()) {
    await expect(await cellUnder(posts, r, '団体')).toHaveText('江田島市');
  }
  // A viewer has no people scope, so no plan of named assignments.
  await expect(page.getByRole('heading', { name: /配置計画/ })).toHaveCount(0);
});

test('a member has no 最適配置 in the menu and gets the 403 message on /matching', async ({ page }) => {
  await page.goto('/matching');
  await signIn(page, 'member');
  await expect(page).toHaveURL(/\/matching$/);
  await expect(page.getByRole('alert')).toContainText('このページを表示する権限がありません。');
  const nav = page.getByRole('navigation', { name: 'メインメニュー' });
  await expect(nav.getByRole('link', { name: '配置状況' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '最適配置' })).toHaveCount(0);
  expect((await page.request.get('/api/matching/scenarios?fiscalYear=2025')).status()).toBe(403);
});
