import { type APIRequestContext, expect, type Locator, request, test } from '@playwright/test';
import iconv from 'iconv-lite';
import { currentFiscalYear, formatFiscalYear } from '../../src/domain/fiscal-year.ts';
import { formatDate } from '../../src/domain/japanese-date.ts';
import { DEMO_PASSWORD, signIn } from './support/sign-in.ts';

/** An API session of a demo account (with its CSRF token on every request), for setup and look-ups. */
async function apiAs(baseURL: string | undefined, login: string): Promise<APIRequestContext> {
  const signIn = await request.newContext({ baseURL });
  const res = await signIn.post('/api/auth/login', { data: { login, password: DEMO_PASSWORD } });
  expect(res.status()).toBe(200);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const storageState = await signIn.storageState();
  await signIn.dispose();
  return request.newContext({ baseURL, storageState, extraHTTPHeaders: { 'X-CSRF-Token': csrfToken } });
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

  // The skill sheet: the officer opens next 年度's sheet, evaluates it, and the radar shows it.
  const next = currentFiscalYear() + 1;
  const nextLabel = formatFiscalYear(next);
  await page.getByRole('link', { name: /^スキルシートを開く/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `${eligible.name}さんのスキルシート` }),
  ).toBeVisible();
  await page.getByLabel('シートを作成する年度').selectOption(String(next));
  await page.getByRole('button', { name: `${nextLabel}のスキルシートを作成` }).click();
  await expect(page.getByRole('heading', { level: 2, name: `${nextLabel}のスキルシート` })).toBeVisible();
  await page.getByRole('button', { name: '評価を入力' }).click();
  const levels = page.getByRole('combobox', { name: /の評価$/ });
  const count = await levels.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i++) await levels.nth(i).selectOption(String((i % 4) + 1));
  await page
    .getByRole('textbox', { name: 'DX戦略の策定・推進へのコメント' })
    .fill('庁内の計画策定を主導した');
  await page.getByRole('button', { name: '評価を保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '評価を保存しました。' })).toBeVisible();
  await expect(page.getByRole('button', { name: '評価を入力' })).toBeFocused();
  const sheetTable = page.getByRole('table', { name: new RegExp(`^スキルシートの内容（${nextLabel}・`) });
  await expect(bodyRows(sheetTable)).toHaveCount(count);
  const strategy = bodyRows(sheetTable).filter({
    has: page.getByRole('rowheader', { name: 'DX戦略の策定・推進' }),
  });
  await expect(await cellUnder(sheetTable, strategy, '評価者')).toContainText('1 基礎知識');
  await expect(await cellUnder(sheetTable, strategy, '評価者')).toContainText('庁内の計画策定を主導した');
  await expect(await cellUnder(sheetTable, strategy, '有効')).toHaveText('1');
  await expect(
    page.getByRole('img', { name: new RegExp(`^${nextLabel}のスキルのレーダーチャート`) }),
  ).toBeVisible();
  // The radar can show every item too; its summary names them.
  await page.getByRole('radio', { name: '項目ごと' }).check();
  await expect(page.getByRole('img', { name: /項目ごと.*DX戦略の策定・推進 1（目標/ })).toBeVisible();

  // Back on the person's page: the latest sheet's radar and its numbers as a table.
  await page.getByRole('link', { name: '人材の詳細へ戻る' }).click();
  const skills = page.getByRole('region', { name: 'デジタルスキルシート' });
  await expect(skills).toContainText(`${nextLabel}・`);
  await expect(skills.getByRole('img', { name: /レーダーチャート（分類ごとの平均）/ })).toBeVisible();
  await expect(skills.locator('canvas')).toBeVisible();
  await expect(bodyRows(skills.getByRole('table', { name: /チャートの数値/ }))).toHaveCount(7);
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

  // Their own skill sheet: they open this 年度's sheet if needed and assess themselves.
  await nav.getByRole('link', { name: 'マイページ' }).click();
  await page.getByRole('link', { name: /^スキルシートを開く/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${me.name}さんのスキルシート` })).toBeVisible();
  const now = formatFiscalYear(currentFiscalYear());
  const create = page.getByRole('button', { name: `${now}のスキルシートを作成` });
  if (await create.isVisible()) await create.click();
  await expect(page.getByRole('heading', { level: 2, name: /のスキルシート$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '評価を入力', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: '自己評価を入力' }).click();
  await page.getByRole('combobox', { name: 'UI/UXデザインの自己評価' }).selectOption('3');
  await page.getByRole('button', { name: '自己評価を保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '自己評価を保存しました。' })).toBeVisible();
  const sheetTable = page.getByRole('table', { name: /^スキルシートの内容/ });
  const ux = bodyRows(sheetTable).filter({ has: page.getByRole('rowheader', { name: 'UI/UXデザイン' }) });
  await expect(await cellUnder(sheetTable, ux, '自己評価')).toHaveText('3 応用・指導');
  await expect(page.getByRole('img', { name: /レーダーチャート/ })).toBeVisible();

  // No roster of others…
  await page.goto('/people');
  await expect(page.getByRole('alert')).toContainText('このページを表示する権限がありません。');
  await expect(page.getByRole('table')).toHaveCount(0);
  // …and no other person's page or allowance.
  await page.goto(`/people/${other.id}`);
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('region', { name: '初任給調整手当' })).toHaveCount(0);
  await expect(page.getByText(other.name)).toHaveCount(0);
  // …nor their skill sheet.
  await page.goto(`/people/${other.id}/skills`);
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expect(page.getByRole('img', { name: /レーダーチャート/ })).toHaveCount(0);
  expect((await page.request.get(`/api/people/${other.id}/skill-sheets`)).status()).toBe(404);
});

test('a member drafts a training plan from their gaps, edits it and records a completion as evidence', async ({
  page,
  baseURL,
}) => {
  const fiscalYear = currentFiscalYear();
  const yearLabel = formatFiscalYear(fiscalYear);
  // Setup through the API: a course in the catalogue (HR's job) and the member's sheet for this 年度.
  const officerApi = await apiAs(baseURL, 'talent');
  const courseName = `E2E 行政DX総合演習 ${Date.now()}`;
  const created = await officerApi.post('/api/trainings', {
    data: {
      kind: 'online',
      name: courseName,
      provider: '架空研修センター',
      skillItems: ['law_privacy', 'municipal_standardisation'],
      hours: 10,
      costYen: 12000,
    },
  });
  expect(created.status()).toBe(201);
  await officerApi.dispose();
  const memberApi = await apiAs(baseURL, 'member');
  const me = ((await (await memberApi.get('/api/people')).json()) as { items: PersonJson[] }).items[0]!;
  const opened = await memberApi.post(`/api/people/${me.id}/skill-sheets`, { data: { fiscalYear } });
  expect([201, 409]).toContain(opened.status());
  await memberApi.dispose();

  await page.goto(`/people/${me.id}/training?fiscalYear=${fiscalYear}`);
  await signIn(page, 'member');
  await expect(page.getByRole('heading', { level: 1, name: `${me.name}さんの研修計画` })).toBeVisible();
  await expect(page.getByText('この年度の研修計画はまだありません。')).toBeVisible();

  // Draft from the gaps.
  await page.getByRole('button', { name: 'スキルギャップから下書き' }).click();
  const plan = page.getByRole('table', { name: `${yearLabel}の研修計画の項目` });
  await expect(plan).toBeVisible();
  const rows = bodyRows(plan);
  const drafted = await rows.count();
  expect(drafted).toBeGreaterThan(0);

  // Edit: cancel a drafted course, and add ours from the catalogue unless the draft already chose it.
  const oursName = page.getByRole('rowheader', { name: new RegExp(courseName) });
  const cancel = rows
    .filter({ hasNot: oursName })
    .first()
    .getByRole('button', { name: /を取り消す$/ });
  const otherCourse = ((await cancel.getAttribute('aria-label')) ?? '').replace(/を取り消す$/, '');
  expect(otherCourse).not.toBe('');
  await cancel.click();
  await expect(
    page.getByRole('status').filter({ hasText: `「${otherCourse}」を取り消しました。` }),
  ).toBeVisible();
  const cancelled = rows.filter({ has: page.getByRole('button', { name: `${otherCourse}を計画から削除` }) });
  await expect(await cellUnder(plan, cancelled, '状態')).toHaveText('取り消し');
  const ours = rows.filter({ has: oursName });
  if ((await ours.count()) === 0) {
    await page
      .getByLabel('研修を追加')
      .selectOption({ label: `オンライン研修：${courseName}（10時間・12,000円）` });
    await page.getByRole('button', { name: '追加', exact: true }).click();
    await expect(rows).toHaveCount(drafted + 1);
  }
  await expect(await cellUnder(plan, ours, '状態')).toHaveText('予定');

  // Completion: recorded on a date, and it becomes evidence on the skill sheet.
  await ours.getByRole('button', { name: `${courseName}の修了を記録` }).click();
  // Today in Japan, in 和暦, until changed.
  const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
  await expect(page.getByLabel('修了日')).toHaveValue(formatDate(today));
  await page.getByRole('button', { name: '記録', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'の修了を記録しました。' })).toContainText(
    'スキルシートの根拠に登録しました。',
  );
  await expect(await cellUnder(plan, ours, '状態')).toContainText('修了');
  await expect(page.getByRole('region', { name: `${yearLabel}の研修計画` })).toContainText(
    'うち修了 12,000円',
  );

  await page.getByRole('link', { name: 'スキルシートを見る' }).click();
  await expect(page.getByRole('region', { name: '根拠（資格・研修・OJT）' })).toContainText(courseName);
});

test('a talent officer imports people from a Shift_JIS CSV: errors block the file, a clean file is committed', async ({
  page,
}) => {
  const header =
    '職員番号,氏名,ふりがな,採用団体,区分,採用区分,採用年度,採用日,職位,主ジョブタイプ,副ジョブタイプ,資格,状態,勤務希望地,居住地,キャリア目標';
  const good =
    'E2E901,髙橋 花子,たかはし はなこ,広島県,県情報職,大学卒業程度,令和6年度,2024-04-01,係員,データサイエンティスト,,AP:2023-10-08,在籍,呉市>江田島市,呉市,㈱との共同研究①を活かしたい';
  const bad =
    'E2E902,架空 次郎,かくう じろう,広島県,不明な区分,大学卒業程度,令和6年度,2024-04-01,係員,データサイエンティスト,,,在籍,,,';
  // Excel's Shift_JIS is CP932: 髙, ① and ㈱ exist only there, not in plain Shift_JIS.
  const cp932 = (lines: string[]) => iconv.encode(`${lines.join('\r\n')}\r\n`, 'cp932');

  await page.goto('/people');
  await signIn(page, 'talent');
  await page.getByRole('link', { name: 'ファイルから取り込む' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '人材の取り込み' })).toBeVisible();

  // A file with one bad row: the preview names the row and column, and nothing can be committed.
  await page
    .getByLabel('ファイル')
    .setInputFiles({ name: '名簿.csv', mimeType: 'text/csv', buffer: cp932([header, good, bad]) });
  await page.getByLabel('文字コード（CSV）').selectOption({ label: 'Shift_JIS（CP932）' });
  await page.getByRole('button', { name: '読み込んで確認する' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'エラーのある行が1行あります' })).toBeVisible();
  const errors = page.getByRole('table', { name: /^エラーの一覧/ });
  await expect(bodyRows(errors).first()).toContainText('3');
  await expect(bodyRows(errors).first()).toContainText('区分');
  await expect(page.getByRole('button', { name: /件を取り込む$/ })).toHaveCount(0);
  expect(((await (await page.request.get('/api/people?q=髙橋')).json()) as { total: number }).total).toBe(0);

  // The clean file, with the encoding detected: read as CP932, previewed as one new person, committed.
  await page.getByLabel('文字コード（CSV）').selectOption({ label: '自動判定' });
  await page
    .getByLabel('ファイル')
    .setInputFiles({ name: '名簿.csv', mimeType: 'text/csv', buffer: cp932([header, good]) });
  await page.getByRole('button', { name: '読み込んで確認する' }).click();
  await expect(page.getByRole('definition').filter({ hasText: /^Shift_JIS（CP932）$/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: '登録される人材（新規 1名・更新 0名）' })).toBeVisible();
  await expect(page.getByRole('table', { name: /^取り込む内容/ })).toContainText(
    '㈱との共同研究①を活かしたい',
  );
  await page.getByRole('button', { name: '1件を取り込む' }).click();
  await expect(page.getByRole('heading', { name: '取り込みました' })).toBeFocused();
  await expect(page.getByText('新規 1名、更新 0名を登録しました。')).toBeVisible();

  await page.getByRole('link', { name: '人材の一覧へ' }).click();
  await page.getByLabel('氏名・ふりがな').fill('髙橋');
  const table = page.getByRole('table', { name: '人材の一覧' });
  await expect(bodyRows(table)).toHaveCount(1);
  await table.getByRole('link', { name: '髙橋 花子' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '髙橋 花子' })).toBeVisible();
  await expect(page.getByText('㈱との共同研究①を活かしたい')).toBeVisible();
  await expect(fact(page.getByRole('region', { name: '初任給調整手当' }), '支給')).toHaveText('支給対象');
});
