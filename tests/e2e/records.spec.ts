import { expect, type Locator, type Page, test } from '@playwright/test';
import { signIn } from './support/sign-in.ts';

/** The value of a detail page's fact (the dd after the dt that reads exactly `term`). */
function fact(page: Page, term: string): Locator {
  return page.getByRole('main').locator(`xpath=.//dt[normalize-space()="${term}"]/following-sibling::dd[1]`);
}

const SYSTEM = '文書管理システム（江田島・E2E）';

/** How many systems of 江田島市 the API holds under `name` (as the signed-in user). */
async function savedSystems(page: Page, name: string): Promise<number> {
  const res = await page.request.get(`/api/systems?orgCode=342157&q=${encodeURIComponent(name)}`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { total: number }).total;
}

test('a municipal manager registers a system (after fixing the field the API refused), corrects its 契約終了日 and deletes it', async ({
  page,
}) => {
  await page.goto('/');
  await signIn(page, 'etajima-manager');
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '台帳' }).click();
  // Home offers システムを登録 too (with the 年度): wait for the 台帳 before using its own link.
  await expect(page.getByRole('heading', { level: 1, name: '情報システム台帳' })).toBeVisible();
  await page.getByRole('link', { name: 'システムを登録' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '情報システムを登録' })).toBeVisible();
  await expect(page.getByRole('main').getByText('江田島市', { exact: true })).toBeVisible();

  await page.getByLabel('システム名').fill(SYSTEM);
  await page.getByLabel('業務（必須）').selectOption('その他');
  await page.getByLabel('担当課').fill('総務課');
  await page.getByLabel('ベンダー').fill('瀬戸内システム株式会社（架空）');
  await page.getByLabel('稼働環境').selectOption('クラウド');
  await page.getByLabel('契約開始日').fill('2024-04-01');
  await page.getByLabel('契約終了日').fill('2023-03-31'); // before the start: the API refuses it
  await page.getByLabel('年間経費（円）').fill('1,980,000');
  await page.getByRole('button', { name: '登録する' }).click();

  // The summary takes focus and links to the field; the field itself says what is wrong.
  const summary = page.getByRole('alert').filter({ hasText: '入力内容に誤りがあります。' });
  await expect(summary).toBeFocused();
  await expect(
    summary.getByRole('link', { name: '契約終了日：契約終了日が契約開始日より前です' }),
  ).toBeVisible();
  const contractEnd = page.getByLabel('契約終了日');
  await expect(contractEnd).toHaveAttribute('aria-invalid', 'true');
  // The API's error first, then what the date input understood.
  await expect(contractEnd).toHaveAccessibleDescription(
    '契約終了日が契約開始日より前です 令和5年3月31日（金）（西暦2023年3月31日）として受け付けます',
  );
  await expect(page.getByLabel('契約開始日')).not.toHaveAttribute('aria-invalid');
  await summary.getByRole('link', { name: /契約終了日/ }).click();
  await expect(contractEnd).toBeFocused();
  await expect(page).toHaveURL(/\/inventory\/new$/);
  expect(await savedSystems(page, SYSTEM)).toBe(0);

  // Fixed, it saves and the detail page shows it in 和暦 and yen.
  await contractEnd.fill('2029-03-31');
  await page.getByRole('button', { name: '登録する' }).click();
  await expect(page).toHaveURL(/\/inventory\/\d+$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: SYSTEM, exact: true })).toBeVisible();
  await expect(fact(page, '団体')).toHaveText('江田島市');
  await expect(fact(page, '契約開始日')).toHaveText('令和6年4月1日');
  await expect(fact(page, '契約終了日')).toHaveText('令和11年3月31日');
  await expect(fact(page, '年間経費')).toHaveText('1,980,000円');
  await expect(fact(page, '稼働環境')).toHaveText('クラウド');
  expect(await savedSystems(page, SYSTEM)).toBe(1);

  // The 台帳 lists it, its name leading to the detail page.
  await page.getByRole('link', { name: '江田島市の台帳に戻る' }).click();
  await page.getByLabel('システム名・ベンダー・製品・担当課').fill('E2E');
  const list = page.getByRole('table', { name: '情報システムの一覧' });
  await list.getByRole('link', { name: SYSTEM }).click();
  await expect(page.getByRole('heading', { level: 1, name: SYSTEM, exact: true })).toBeVisible();

  // Correct the 契約終了日.
  await page.getByRole('link', { name: '編集する' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${SYSTEM}を編集` })).toBeVisible();
  await expect(page.getByLabel('契約終了日')).toHaveValue('令和11年3月31日');
  await expect(page.getByLabel('年間経費（円）')).toHaveValue('1980000');
  await page.getByLabel('契約終了日').fill('2030-03-31');
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('heading', { level: 1, name: SYSTEM, exact: true })).toBeVisible();
  await page.reload();
  await expect(fact(page, '契約終了日')).toHaveText('令和12年3月31日');
  await expect(fact(page, '担当課')).toHaveText('総務課');

  // Delete after confirming; back on the list, it is gone.
  await page.getByRole('button', { name: '削除する' }).click();
  const dialog = page.getByRole('dialog', { name: 'この情報システムを削除しますか？' });
  await expect(dialog).toContainText(SYSTEM);
  await dialog.getByRole('button', { name: '削除する' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '情報システム台帳' })).toBeVisible();
  await page.reload();
  // Its own name: other journeys on the same server add systems of their own (record.spec.ts's import).
  await page.getByLabel('システム名・ベンダー・製品・担当課').fill(SYSTEM);
  await expect(page.getByRole('status').filter({ hasText: '件' })).toHaveText('0件');
  expect(await savedSystems(page, SYSTEM)).toBe(0);
});

test('a viewer reads a system and a practice but is offered no way to change them', async ({ page }) => {
  await page.goto('/');
  await signIn(page, 'viewer');
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '台帳' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '情報システム台帳' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'システムを登録' })).toHaveCount(0);
  // Another body's 台帳 (the viewer belongs to 三次市).
  await page.goto('/inventory?orgCode=342157');
  await expect(page.getByLabel('団体')).toHaveValue('342157');
  await page.getByRole('table', { name: '情報システムの一覧' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/inventory\/\d+$/);
  await expect(fact(page, '団体')).toHaveText('江田島市');
  const name = (await fact(page, 'システム名').textContent()) ?? '';
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  await expect(fact(page, '契約終了日')).toBeVisible();
  await expect(page.getByRole('link', { name: '編集する' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '削除する' })).toHaveCount(0);

  await page.goto('/inventory/new');
  await expect(page.getByText('このページを表示する権限がありません。')).toBeVisible();
  await expect(page.getByLabel('システム名')).toHaveCount(0);

  await page.goto('/practices');
  await expect(page.getByRole('link', { name: '施策を登録' })).toHaveCount(0);
  await page.getByRole('link', { name: '生成AIの庁内利用ガイドラインと活用研修' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: '生成AIの庁内利用ガイドラインと活用研修' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: '編集する' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '削除する' })).toHaveCount(0);
});

test('a municipal manager registers a good practice, corrects it and deletes it', async ({ page }) => {
  const title = '島しょ部の出張窓口（E2E）';
  await page.goto('/');
  await signIn(page, 'etajima-manager');
  await page
    .getByRole('navigation', { name: 'メインメニュー' })
    .getByRole('link', { name: '好事例' })
    .click();
  await page.getByRole('link', { name: '施策を登録' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'DX施策・好事例を登録' })).toBeVisible();

  await page.getByLabel('件名').fill(title);
  await page.getByLabel('登録区分').selectOption('好事例');
  await page.getByLabel('年度（必須）').selectOption('2024');
  await page.getByRole('checkbox', { name: '窓口' }).check();
  await page.getByRole('checkbox', { name: '防災' }).check();
  await page.getByLabel('その他のテーマ').fill('島しょ部');
  await page.getByRole('button', { name: '登録する' }).click();
  // 概要 is required: the API says so next to it, and nothing is saved.
  await expect(page.getByLabel('概要')).toHaveAccessibleDescription('概要を入力してください');
  await expect(page.getByRole('alert').filter({ hasText: '入力内容に誤りがあります。' })).toBeFocused();

  await page.getByLabel('概要').fill('タブレットを持って島の公民館に出向き、申請をその場で受け付けます。');
  await page.getByRole('button', { name: '登録する' }).click();
  await expect(page).toHaveURL(/\/practices\/\d+$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
  await expect(fact(page, '団体')).toHaveText('江田島市');
  await expect(fact(page, '年度')).toHaveText('令和6年度');
  await expect(fact(page, 'テーマ')).toHaveText('窓口、防災、島しょ部');
  await expect(fact(page, '状況')).toHaveText('実施中');

  await page.getByRole('link', { name: '編集する' }).click();
  await expect(page.getByLabel('その他のテーマ')).toHaveValue('島しょ部');
  await page.getByLabel('状況').selectOption('完了');
  await page.getByLabel('成果').fill('来庁が難しい高齢者の申請が月40件増えました。');
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
  await page.reload();
  await expect(fact(page, '状況')).toHaveText('完了');
  await expect(page.getByRole('heading', { level: 2, name: '成果' })).toBeVisible();
  await expect(page.getByText('来庁が難しい高齢者の申請が月40件増えました。')).toBeVisible();

  // The list offers the way back to the form for the body's own initiative.
  await page.getByRole('link', { name: 'DX施策・好事例の一覧に戻る' }).click();
  await page.getByLabel('件名・概要').fill('E2E');
  await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: `編集：${title}` })).toBeVisible();

  // Retire it after confirming: the list no longer has it.
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.getByRole('button', { name: '削除する' }).click();
  await page
    .getByRole('dialog', { name: 'この施策を削除しますか？' })
    .getByRole('button', { name: '削除する' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'DX施策・好事例' })).toBeVisible();
  await page.reload();
  await page.getByLabel('件名・概要').fill('E2E');
  await expect(page.getByRole('status').filter({ hasText: '件' })).toHaveText('0件');
});
