import { expect, type Locator, type Page, test } from '@playwright/test';
import { chooseFiscalYear, fiscalYearSelect } from './support/fiscal-year.ts';
import { printedCount, stubPrint } from './support/print.ts';
import { signIn } from './support/sign-in.ts';

/** The cells of the body row whose row header is `name`. */
function rowCells(table: Locator, name: string): Locator {
  return table
    .getByRole('row')
    .filter({ has: table.page().getByRole('rowheader', { name, exact: true }) })
    .getByRole('cell');
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'メインメニュー' });

test('a viewer reads the dashboard and the map of R6, opens the R6 report and prints it', async ({
  page,
}) => {
  await signIn(page, 'viewer', { open: true, expectHome: true });
  await nav(page).getByRole('link', { name: 'ダッシュボード' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ダッシュボード' })).toBeVisible();
  // The one 年度 of the app, chosen in the header.
  await chooseFiscalYear(page, 2024);
  await expect(fiscalYearSelect(page)).toHaveValue('2024');

  // Headline figures of R6.
  const cards = page.getByRole('list', { name: '令和6年度の主な数字' });
  await expect(cards.getByRole('listitem').filter({ hasText: '人材シェア参画市町' })).toContainText('15市町');
  await expect(cards.getByRole('listitem').filter({ hasText: '共通人材' }).first()).toContainText('38名');
  await expect(cards.getByRole('listitem').filter({ hasText: '市町への配属' })).toContainText('15市町15名');

  // The map: the 23 市町 drawn on a canvas from their boundaries, labelled, with the same figures as a table.
  const map = page.getByRole('region', { name: '市町ごとの配属（令和6年度）' });
  const image = map.getByRole('img', { name: /令和6年度の配属の地図：15市町に共通人材が配属/ });
  await expect(image).toBeVisible();
  await expect(image.locator('canvas')).toHaveCount(1);
  await expect(map.getByText(/出典：国土数値情報（行政区域データ）/)).toBeVisible();
  const mapTable = map.getByRole('table', { name: '令和6年度の団体ごとの配属人数' });
  await expect(rowCells(mapTable, '江田島市')).toHaveText(['参画', '1名', '2名', '3名']);
  await expect(rowCells(mapTable, '坂町')).toHaveText(['参画', '1名（年度中途）', '－', '1名']);
  await expect(rowCells(mapTable, '広島市')).toHaveText(['不参画', '－', '－', '－']);

  // Recruitment trend and training, as tables beside the charts.
  const ratios = page.getByRole('table', { name: '競争倍率（受験者÷最終合格）と受験者・応募者数' });
  await expect(rowCells(ratios, '社会人経験者 競争倍率')).toHaveText(['6.0', '6.5', '4.5', '3.0']);
  await expect(page.getByRole('region', { name: /職員向け研修の参加/ })).toContainText('164名');
  // The skill distribution comes from the skills feature: one row per job type.
  const jobTypes = page.getByRole('table', { name: 'ジョブタイプ別の人数と平均達成度' });
  await expect(jobTypes.getByRole('row')).toHaveCount(11);

  // The R6 report.
  await nav(page).getByRole('link', { name: '年次報告' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '年次報告' })).toBeVisible();
  // The menu's links carry the 年度: the report opens on R6 too.
  await expect(fiscalYearSelect(page)).toHaveValue('2024');
  await expect(
    page.getByRole('heading', { name: 'DXShip（デジシップ）ひろしま 令和6年度 年次報告' }),
  ).toBeVisible();
  const placement = page.getByRole('table', { name: /共通人材の配属状況（R5・R6年度/ });
  const ratioTable = page.getByRole('table', { name: /情報職採用試験の競争倍率/ });
  await expect(rowCells(placement, '計')).toHaveText(['7市町6名', '15市町15名', '6名']);

  // 印刷 calls the browser's print (stubbed here: a headless browser has no dialog).
  await stubPrint(page);
  await page.getByRole('button', { name: '印刷' }).click();
  expect(await printedCount(page)).toBe(1);

  // The print stylesheet: the app's chrome and the page's controls go, the report stays.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(nav(page)).toBeHidden();
  await expect(page.getByRole('button', { name: '印刷' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: '年次報告' })).toBeHidden();
  await expect(placement).toBeVisible();
  await expect(rowCells(placement, '計')).toHaveText(['7市町6名', '15市町15名', '6名']);
  await expect(rowCells(placement, '広島県')).toHaveText(['－', '15名', '2名（三原市、廿日市市）']);
  await expect(rowCells(placement, '合計')).toHaveText(['－', '30名', '8名']);
  await expect(rowCells(ratioTable, '社会人経験者')).toHaveText(['6.0', '6.5', '4.5', '3.0']);
  await expect(rowCells(ratioTable, '大学卒業程度')).toHaveText(['–', '6.0', '4.0', '3.3']);
  await expect(page.getByRole('table', { name: /共通人材配属状況（令和6年度、資料 p.13）/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /採用実績・計画/ })).toContainText('113');

  // It renders to an A4 PDF.
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('banner')).toBeVisible();

  // The same tables as an .xlsx.
  const xlsx = await page.request.get('/api/reports/annual?fiscalYear=2024&format=xlsx');
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()['content-type']).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );

  // A viewer reads meetings but does not record them.
  await nav(page).getByRole('link', { name: '会議' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '会議' })).toBeVisible();
  await expect(page.getByRole('link', { name: '会議を記録' })).toHaveCount(0);
});

test('an officer records a meeting with a commitment and later closes it', async ({ page }) => {
  await signIn(page, 'talent', { open: true, expectHome: true });
  await nav(page).getByRole('link', { name: '会議' }).click();
  await page.getByRole('link', { name: '会議を記録' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '会議を記録' })).toBeVisible();

  await page.getByLabel('種別').selectOption({ label: 'ひろしまDX加速サイクル' });
  await page.getByLabel('会議名').fill('ひろしまDX加速サイクル（E2E）');
  await page.getByLabel('開催日（必須）').fill('2024-09-11');
  await page.getByLabel('場所・方法').fill('県庁');
  await page.getByLabel('議題（1行に1件）').fill('各配属先の好事例の共有\n標準化の進捗');
  await page.getByRole('group', { name: '出席団体' }).getByLabel('江田島市').check();
  await page.getByRole('button', { name: 'コミットメントを追加' }).click();
  await page.getByLabel('コミットメント1の内容').fill('窓口改革の好事例集をまとめる');
  await page.getByLabel('コミットメント1の担当団体').selectOption({ label: '江田島市' });
  await page.getByLabel('コミットメント1の期限').fill('2099-03-31');
  await page.getByRole('button', { name: '記録する' }).click();

  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'ひろしまDX加速サイクル（E2E）' })).toBeVisible();
  await expect(page.getByText('令和6年9月11日（水）（令和6年度）')).toBeVisible();
  const agenda = page.getByRole('region', { name: '議題' }).getByRole('listitem');
  await expect(agenda).toHaveText(['各配属先の好事例の共有', '標準化の進捗']);
  const commitments = page.getByRole('region', { name: '決定事項・コミットメント' }).getByRole('table');
  const row = commitments.getByRole('row').filter({ hasText: '窓口改革の好事例集をまとめる' });
  await expect(row).toContainText('江田島市');
  await expect(row).toContainText('令和81年3月31日');
  await expect(row).toContainText('対応中');

  // Later: the open commitments list leads back to it, and the officer closes it.
  await nav(page).getByRole('link', { name: 'ダッシュボード' }).click();
  await expect(page.getByRole('region', { name: '対応中のコミットメント' })).toContainText(
    '窓口改革の好事例集をまとめる',
  );
  await page.getByRole('link', { name: 'コミットメントの一覧' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '決定事項・コミットメント' })).toBeVisible();
  const open = page.getByRole('table', { name: '対応中のコミットメント' });
  await open.getByRole('link', { name: /ひろしまDX加速サイクル（E2E）/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ひろしまDX加速サイクル（E2E）' })).toBeVisible();
  await row.getByLabel('対応結果（任意）').fill('好事例集を共有フォルダに掲載した');
  await row.getByRole('button', { name: '「窓口改革の好事例集をまとめる」を完了にする' }).click();
  await expect(row).toContainText('完了');
  await expect(row).toContainText('対応結果：好事例集を共有フォルダに掲載した');
  await expect(
    row.getByRole('button', { name: '「窓口改革の好事例集をまとめる」を対応中に戻す' }),
  ).toBeVisible();

  // Closed: gone from the open list, in the done list.
  await page.goto('/meetings/commitments?status=open');
  await expect(page.getByRole('status')).toContainText('対応中 0件');
  await page.getByLabel('状態').selectOption({ label: '完了' });
  await expect(page.getByRole('table', { name: '完了のコミットメント' })).toContainText(
    '窓口改革の好事例集をまとめる',
  );
});

test('an officer schedules a meeting with its hours, then deletes it; one with commitments is kept', async ({
  page,
}) => {
  await signIn(page, 'talent', { open: true, expectHome: true });
  await page.goto('/meetings/new');
  await expect(page.getByRole('heading', { level: 1, name: '会議を記録' })).toBeVisible();
  await page.getByLabel('会議名').fill('取り消す会議（E2E）');
  await page.getByLabel('開催日（必須）').fill('2099-05-20');
  // An end before the start is refused, the field named.
  await page.getByLabel('開始時刻（任意）').fill('14:00');
  await page.getByLabel('終了時刻（任意）').fill('13:00');
  await page.getByRole('button', { name: '記録する' }).click();
  await expect(page.getByRole('alert')).toContainText('終了時刻：終了時刻は開始時刻より後にしてください');
  await page.getByLabel('終了時刻（任意）').fill('16:30');
  await page.getByRole('button', { name: '記録する' }).click();

  await expect(page.getByRole('heading', { level: 1, name: '取り消す会議（E2E）' })).toBeVisible();
  const facts = page.getByRole('main').locator('dl').first();
  await expect(facts.getByRole('definition').filter({ hasText: '14:00〜16:30' })).toBeVisible();

  // Deleting asks first; cancelling the question keeps the meeting.
  await page.getByRole('button', { name: '削除する' }).click();
  const dialog = page.getByRole('dialog', { name: 'この会議を削除しますか？' });
  await expect(dialog).toContainText('招待した団体には取消を通知します');
  await dialog.getByRole('button', { name: 'キャンセル' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: '削除する' }).click();
  await dialog.getByRole('button', { name: '削除する' }).click();
  await expect(page).toHaveURL(/\/meetings$/);
  await expect(page.getByRole('heading', { level: 1, name: '会議' })).toBeVisible();
  await expect(page.getByRole('link', { name: /取り消す会議（E2E）/ })).toHaveCount(0);

  // A meeting whose commitments are on record is refused, with the reason.
  const listed = await page.request.get('/api/commitments');
  const { items } = (await listed.json()) as { items: { meetingId: string | null }[] };
  const withCommitment = items.find((c) => c.meetingId !== null)?.meetingId;
  expect(withCommitment).toBeTruthy();
  await page.goto(`/meetings/${withCommitment}`);
  await expect(page.getByRole('heading', { level: 2, name: '決定事項・コミットメント' })).toBeVisible();
  await page.getByRole('button', { name: '削除する' }).click();
  await dialog.getByRole('button', { name: '削除する' }).click();
  await expect(page.getByRole('alert')).toContainText('コミットメントや事例が記録された会議は削除できません');
  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
});

test('an officer reads recruitment, the workforce projection and training participation', async ({
  page,
}) => {
  await signIn(page, 'talent', { open: true, expectHome: true });
  await nav(page).getByRole('link', { name: '採用' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '採用' })).toBeVisible();
  const exams = page.getByRole('table', { name: '採用実績・計画（資料 p.21）' });
  await expect(exams.getByRole('row').filter({ hasText: '応募者数' })).toContainText('113');
  const ratios = page.getByRole('table', { name: '競争倍率' });
  await expect(rowCells(ratios, '大学卒業程度')).toHaveText(['–', '6.0', '4.0', '3.3']);

  await nav(page).getByRole('link', { name: '需給見通し' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '需給見通し' })).toBeVisible();
  // The projection starts at the app's 年度.
  await chooseFiscalYear(page, 2025);
  await expect(page.getByText('最初の年度：令和7年度')).toBeVisible();
  await page.getByLabel('離職率（%／年）').fill('10');
  await page.getByRole('button', { name: '見通しを計算' }).click();
  const totals = page.getByRole('table', { name: '年度ごとの需給（人）' });
  await expect(rowCells(totals, '令和7年度')).toHaveText(['43', '38', '11', '3.8', '45.2', '+2.2']);
  await expect(page.getByRole('region', { name: '前提' })).toContainText('10% が年度中に離職');
  await expect(page.getByRole('region', { name: '前提' })).toContainText('行政職（2名）');

  await nav(page).getByRole('link', { name: '研修' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '研修' })).toBeVisible();
  await chooseFiscalYear(page, 2023);
  const r5 = page.getByRole('table', { name: '令和5年度の参加実績（研修別）' });
  await expect(rowCells(r5, 'みんなのDX研修')).toHaveText(['9市町', '164名']);
  await expect(rowCells(r5, 'デジタルリテラシー向上に係る学習動画')).toHaveText(['12市町', '799名']);
});

test('a body’s DX manager shares a good case from their post; the open problems are listed', async ({
  page,
}) => {
  await signIn(page, 'etajima-manager', { open: true, expectHome: true });
  await nav(page).getByRole('link', { name: '会議' }).click();
  await page.getByRole('link', { name: '好事例・課題' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '好事例・課題' })).toBeVisible();
  await page.getByLabel('表示').selectOption({ label: '未解決の課題' });
  await expect(page.getByRole('status')).toHaveText('2件');

  const form = page.getByRole('region', { name: '好事例・課題を登録' });
  await expect(form.getByLabel('団体（配属先）')).toHaveValue('342157');
  await form.getByLabel('件名').fill('窓口のオンライン予約で待ち時間を短縮');
  await form.getByLabel('内容').fill('予約制にして、繁忙期の待ち時間が半分になった。');
  await form.getByRole('button', { name: '登録する' }).click();
  await expect(form.getByRole('status')).toHaveText('登録しました。');
  await page.getByLabel('表示').selectOption({ label: '好事例' });
  await expect(page.getByRole('heading', { name: /窓口のオンライン予約で待ち時間を短縮/ })).toBeVisible();
  await expect(page.getByText(/江田島市・令和\d+年\d+月\d+日・江田島市 DX責任者（デモ）/)).toBeVisible();
});
