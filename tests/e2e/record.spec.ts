import { expect, type Locator, type Page, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { printedCount, stubPrint } from './support/print.ts';
import { signIn } from './support/sign-in.ts';

const nav = (page: Page) => page.getByRole('navigation', { name: 'メインメニュー' });

/** The value of a detail page's fact (the dd after the dt that reads exactly `term`). */
function fact(page: Page, term: string): Locator {
  return page.getByRole('main').locator(`xpath=.//dt[normalize-space()="${term}"]/following-sibling::dd[1]`);
}

test('an officer resolves a problem from a post, linking the good practice found by a search; the practice lists the case', async ({
  page,
}) => {
  await signIn(page, 'talent', { open: true, expectHome: true });
  await nav(page).getByRole('link', { name: '会議' }).click();
  await page.getByRole('link', { name: '好事例・課題' }).click();
  await page.getByLabel('表示').selectOption({ label: '未解決の課題' });
  await page.getByRole('link', { name: 'ゼロトラスト環境構築に向けたネットワーク分離の見直し' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'ゼロトラスト環境構築に向けたネットワーク分離の見直し' }),
  ).toBeVisible();
  await expect(fact(page, '対応状況')).toHaveText('対応中');
  await expect(fact(page, '結び付いた好事例')).toHaveText('庁内ネットワークの無線化とテレワーク');

  // 解決 without a response is refused by the API, shown at the field.
  const form = page.getByRole('region', { name: '対応を記録する' });
  await form.getByLabel('対応状況').selectOption({ label: '解決' });
  await form.getByLabel('対応内容').fill('');
  await form.getByRole('button', { name: '対応を保存' }).click();
  const summary = page.getByRole('alert').filter({ hasText: '入力内容に誤りがあります。' });
  await expect(summary).toBeFocused();
  await expect(form.getByLabel('対応内容')).toHaveAttribute('aria-invalid', 'true');
  await expect(fact(page, '対応状況')).toHaveText('対応中');

  // The practice that answers it, found by a search of the DX施策・好事例 database.
  await form
    .getByLabel('対応内容')
    .fill('生成AIの利用ルールとあわせて、端末管理とログ監視の体制を見直した。（デモ）');
  await form.getByLabel('施策を検索').fill('ガイドライン');
  await form.getByRole('button', { name: '検索', exact: true }).click();
  await expect(form.getByRole('status').filter({ hasText: '当てはまる施策' })).toBeVisible();
  await form.getByRole('radio', { name: /生成AIの庁内利用ガイドラインと活用研修/ }).check();
  await form.getByRole('button', { name: '対応を保存' }).click();
  await expect(fact(page, '対応状況')).toHaveText('解決');
  await expect(fact(page, '解決日')).toHaveText(/^令和\d+年\d+月\d+日$/);
  await expect(page.getByText('生成AIの利用ルールとあわせて', { exact: false }).first()).toBeVisible();

  // The link works both ways: the practice lists the case.
  await fact(page, '結び付いた好事例')
    .getByRole('link', { name: '生成AIの庁内利用ガイドラインと活用研修' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: '生成AIの庁内利用ガイドラインと活用研修' }),
  ).toBeVisible();
  const linked = page.getByRole('heading', { name: /この施策に結び付いた事例・課題/ });
  await expect(linked).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'ゼロトラスト環境構築に向けたネットワーク分離の見直し' }),
  ).toContainText('解決');

  // It is no longer an open problem.
  await nav(page).getByRole('link', { name: '会議' }).click();
  await page.getByRole('link', { name: '好事例・課題' }).click();
  await page.getByLabel('表示').selectOption({ label: '未解決の課題' });
  await expect(
    page.getByRole('link', { name: 'ゼロトラスト環境構築に向けたネットワーク分離の見直し' }),
  ).toHaveCount(0);
});

test('a municipal manager edits an exported 台帳 and imports it in upsert mode: one record updated, one added, the refused row downloaded; the change is in the system’s 変更履歴', async ({
  page,
}) => {
  await signIn(page, 'etajima-manager', { open: true, expectHome: true });
  const exported = await page.request.get('/api/systems/export?orgCode=342157&format=csv');
  expect(exported.ok()).toBe(true);
  const [header, ...rows] = parse(
    (await exported.body()).toString('utf8').replace(/^\uFEFF/, ''),
  ) as string[][];
  const col = (name: string) => header!.indexOf(name);
  expect(rows.length).toBeGreaterThan(0);
  const edited = [...rows[0]!];
  const systemId = edited[col('ID')]!;
  const systemName = edited[col('システム名')]!;
  edited[col('年間経費（円）')] = '7,654,321';
  const added = [...rows[0]!];
  added[col('ID')] = '';
  added[col('システム名')] = '窓口予約システム（E2E・更新取込）';
  const refused = [...rows[0]!];
  refused[col('ID')] = '999999';
  const file = Buffer.from(`\uFEFF${stringify([header!, edited, ...rows.slice(1), added, refused])}`, 'utf8');

  await nav(page).getByRole('link', { name: '台帳' }).click();
  await page.getByRole('link', { name: '台帳を取り込む（CSV・Excel）' }).click();
  await page
    .getByLabel('ファイル', { exact: true })
    .setInputFiles({ name: '台帳_編集済み.csv', mimeType: 'text/csv', buffer: file });
  await page.getByLabel('IDで照合して更新する（ID のない行は追加）').check();
  await page.getByRole('button', { name: '読み込んで確認する' }).click();

  const preview = page.getByRole('region', { name: '読み込み結果（プレビュー）' });
  const unchanged = rows.length - 1;
  await expect(
    preview.getByText(
      `${rows.length + 2}行を読み込みました（新規 1行、更新 1行、変更なし ${unchanged}行、エラー 1行）。`,
    ),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: /エラーの一覧/ })).toContainText(
    'ID 999999 の記録はありません',
  );
  await page.getByRole('button', { name: /エラーの1行を除いて取り込む/ }).click();
  const done = page.getByRole('status').filter({ hasText: '件を追加' });
  await expect(done).toContainText('1件を追加、1件を更新しました。');
  const download = page.getByRole('link', { name: 'CSV', exact: true });
  const refusedFile = await page.request.get((await download.getAttribute('href'))!);
  const refusedRows = parse((await refusedFile.body()).toString('utf8').replace(/^\uFEFF/, '')) as string[][];
  expect(refusedRows[0]?.at(-1)).toBe('エラー');
  expect(refusedRows).toHaveLength(2);
  expect(refusedRows[1]?.at(-1)).toContain('ID 999999 の記録はありません');

  // The updated system, and who changed what in its 変更履歴.
  await page.goto(`/inventory/${systemId}`);
  await expect(page.getByRole('heading', { level: 1, name: systemName })).toBeVisible();
  await expect(fact(page, '年間経費')).toHaveText('7,654,321円');
  await page.getByRole('tab', { name: '変更履歴' }).click();
  const latest = page.getByRole('tabpanel').getByRole('listitem').first();
  await expect(latest).toContainText('取り込みで更新');
  await expect(latest.getByRole('row').filter({ hasText: '年間経費' })).toContainText('7,654,321円');
  await page.getByRole('tab', { name: '詳細' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: '変更履歴' })).toHaveAttribute('aria-selected', 'true');
});

test('an admin prints the report of the whole deck for R5, the 沿革 at its head', async ({ page }) => {
  await signIn(page, 'admin', { open: true, expectHome: true });
  await nav(page).getByRole('link', { name: '沿革' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '沿革' })).toBeVisible();
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: '知事と市長・町長会議で議論し、「DXShipひろしま」の構築を決定' }),
  ).toContainText('令和4年12月');

  await nav(page).getByRole('link', { name: '年次報告' }).click();
  await page.getByLabel('年度', { exact: true }).selectOption('2023');
  await expect(
    page.getByRole('heading', { name: 'DXShip（デジシップ）ひろしま 令和5年度 年次報告' }),
  ).toBeVisible();
  const tables = page.locator('.dxship-report table');
  await expect(tables.first()).toHaveAttribute('data-table', 'timeline');
  await expect(page.getByRole('table', { name: /沿革（令和5年度末まで）/ })).toContainText('令和4年12月');
  await expect(page.getByRole('table', { name: /情報共有アプリの登録状況/ })).toContainText('455件');
  // The 市町's count moves with the other journeys' imports; the prefecture's 455 of p.25 stays.
  await expect(page.getByRole('table', { name: /情報共有アプリの登録状況/ })).toContainText(
    '23市町 情報システム',
  );
  await expect(page.getByRole('table', { name: /県・市町CDOフォーラムの開催実績/ })).toContainText(
    '令和5年5月12日',
  );
  await expect(page.getByRole('table', { name: /デジタルリテラシー向上研修の参加実績/ })).toContainText(
    '164名',
  );
  await expect(page.getByRole('table', { name: /共同調達の候補と推定削減額/ })).toBeVisible();

  await stubPrint(page);
  await page.getByRole('button', { name: '印刷' }).click();
  expect(await printedCount(page)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(nav(page)).toBeHidden();
  await expect(page.getByRole('table', { name: /沿革（令和5年度末まで）/ })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
  const xlsx = await page.request.get('/api/reports/annual?fiscalYear=2023&format=xlsx');
  expect(xlsx.status()).toBe(200);
});
