import { expect, test } from '@playwright/test';
import iconv from 'iconv-lite';
import { signIn } from './support/sign-in.ts';

/** The last day of the current 年度 and of the next, as Excel writes dates in CSV (yyyy/m/d). */
function fiscalYearEnds(now = new Date()): [string, string] {
  const year = now.getMonth() + 1 >= 4 ? now.getFullYear() + 1 : now.getFullYear();
  return [`${year}/3/31`, `${year + 1}/3/31`];
}

const HEADER =
  'システム名,業務,担当課,ベンダー,製品名,稼働環境,契約開始日,契約終了日,年間経費,個人情報,標準化・移行状況,備考';

/** 江田島市's 台帳 as Excel saves it as "CSV (コンマ区切り)": Shift_JIS (CP932), CRLF. */
function daicho(fixed: boolean): Buffer {
  const [thisYear, nextYear] = fiscalYearEnds();
  const rows = [
    `住民記録システム（江田島）,住民基本台帳,市民生活課,㈱髙橋システム①（架空）,髙橋住記 V5,ガバメントクラウド,2022/4/1,${thisYear},"12,000,000",○,移行完了,`,
    `戸籍情報システム（江田島）,戸籍,市民生活課,㈱髙橋システム①（架空）,髙橋戸籍,オンプレミス,2022/4/1,${thisYear},"5,400,000",○,移行作業中,`,
    `介護保険システム（江田島）,介護保険,高齢者福祉課,㈱髙橋システム①（架空）,髙橋介護,${fixed ? 'クラウド' : '宇宙'},2022/4/1,${thisYear},"3,200,000",○,事業者選定,`,
    `国民健康保険システム（江田島）,国保,保険年金課,㈱髙橋システム①（架空）,髙橋国保,クラウド,2022/4/1,${thisYear},${fixed ? '"2,100,000"' : '未定'},○,計画策定,`,
    `財務会計システム（江田島）,その他,財政課,瀬戸内システム株式会社（架空）,せとうち財務,オンプレミス,2021/4/1,${nextYear},"3,500,000",○,,"複数行の
備考"`,
  ];
  return iconv.encode(`${HEADER}\r\n${rows.join('\r\n')}\r\n`, 'cp932');
}

test('a municipal manager imports their 台帳 from a CP932 CSV, fixes the flagged rows, commits, finds it by a 2-character search and sees joint-procurement candidates', async ({
  page,
}) => {
  await page.goto('/');
  await signIn(page, 'etajima-manager');
  const nav = page.getByRole('navigation', { name: 'メインメニュー' });

  // 台帳: the body's own systems by default, with the way to import.
  await nav.getByRole('link', { name: '台帳' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '情報システム台帳' })).toBeVisible();
  await expect(page.getByLabel('団体')).toHaveValue('342157');
  await page.getByRole('link', { name: '台帳を取り込む（CSV・Excel）' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '台帳の取り込み' })).toBeVisible();

  // The file with two bad rows: an unknown 稼働環境 (row 4) and a cost that is not a number (row 5).
  await page
    .getByLabel('ファイル', { exact: true })
    .setInputFiles({ name: '台帳_江田島市.csv', mimeType: 'text/csv', buffer: daicho(false) });
  await expect(page.getByLabel('文字コード（CSV）')).toHaveValue('auto');
  await page.getByLabel('江田島市の台帳をこのファイルで置き換える').check();
  await page.getByRole('button', { name: '読み込んで確認する' }).click();

  const preview = page.getByRole('region', { name: '読み込み結果（プレビュー）' });
  await expect(
    preview.getByText('5行を読み込みました（新規 3行、更新 0行、変更なし 0行、エラー 2行）。'),
  ).toBeVisible();
  await expect(preview.getByText('Shift_JIS（CP932）')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('エラーのある行が2行あります');
  const errors = page.getByRole('table', { name: /エラーの一覧/ });
  await expect(errors.getByRole('row').filter({ hasText: '稼働環境' })).toContainText('4');
  await expect(errors.getByRole('row').filter({ hasText: '年間経費' })).toContainText(
    '整数として読めません（「未定」）',
  );
  const flagged = page.getByRole('table', { name: 'エラーのある行' });
  await expect(flagged.getByRole('rowgroup').nth(1).getByRole('row')).toHaveCount(2);
  await expect(flagged).toContainText('㈱髙橋システム①（架空）');
  await expect(page.getByRole('button', { name: /件を取り込む/ })).toHaveCount(0);

  // The fixed file previews clean and commits all five rows at once.
  await page
    .getByLabel('ファイル', { exact: true })
    .setInputFiles({ name: '台帳_江田島市.csv', mimeType: 'text/csv', buffer: daicho(true) });
  await page.getByLabel('江田島市の台帳をこのファイルで置き換える').check();
  await page.getByRole('button', { name: '読み込んで確認する' }).click();
  await expect(
    preview.getByText('5行を読み込みました（新規 5行、更新 0行、変更なし 0行、エラー 0行）。'),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: '取り込む内容（先頭5行）' })).toContainText('複数行の');

  // Called away before committing: ホーム keeps both previews under 対応が必要なこと, and the link opens
  // the clean one again, ready to commit.
  await page.getByRole('link', { name: 'ホーム', exact: true }).first().click();
  const attention = page.getByRole('region', { name: '対応が必要なこと' });
  const waiting = attention.getByRole('link', {
    name: /^取り込み待ちの情報システム台帳「台帳_江田島市\.csv」/,
  });
  await expect(waiting).toHaveCount(2);
  await expect(waiting.first()).toContainText('（5行）');
  await expect(waiting.nth(1)).toContainText('（5行・エラー 2件）');
  await expect(waiting.first()).toContainText(/令和\d+年\d+月\d+日.*までに取り込まないと破棄されます/);
  await waiting.first().click();
  await expect(page).toHaveURL(/\/inventory\/import\?batch=/);
  await expect(page.getByRole('heading', { level: 1, name: '台帳の取り込み' })).toBeVisible();
  await expect(
    preview.getByText('5行を読み込みました（新規 5行、更新 0行、変更なし 0行、エラー 0行）。'),
  ).toBeVisible();
  await page.getByRole('button', { name: '5件を取り込む' }).click();
  await expect(page.getByText(/^5件を追加、0件を更新しました。/)).toBeVisible();

  await page.getByRole('link', { name: '台帳を見る' }).click();
  await expect(page.getByRole('status').filter({ hasText: '件' })).toHaveText('5件');
  await expect(page.getByRole('table', { name: '情報システムの一覧' })).toContainText(
    '戸籍情報システム（江田島）',
  );

  // Committed, it leaves ホーム's list; the flawed first reading stays there until it expires.
  await page.getByRole('link', { name: 'ホーム', exact: true }).first().click();
  await expect(waiting).toHaveCount(1);
  await expect(waiting).toContainText('エラー 2件');

  // 検索: a 2-character query, narrowed to the body by its facet.
  await nav.getByRole('link', { name: '検索' }).click();
  await page.getByLabel('検索語').fill('戸籍');
  await page.getByRole('button', { name: '検索' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /情報システム（\d+件）/ })).toBeVisible();
  await page.getByLabel('団体').selectOption({ label: '江田島市（1）' });
  const results = page.getByRole('table', { name: '情報システムの検索結果' });
  await expect(results.getByRole('rowgroup').nth(1).getByRole('row')).toHaveCount(1);
  await expect(results).toContainText('戸籍情報システム（江田島）');
  await expect(results).toContainText('㈱髙橋システム①（架空）');

  // 共同調達: the body's contracts ending soon, and candidates whose group includes 江田島市.
  await nav.getByRole('link', { name: '共同調達' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '共同利用・共同調達' })).toBeVisible();
  await page.getByLabel('期間', { exact: true }).selectOption('12');
  await expect(page.getByRole('status').filter({ hasText: '江田島市:' })).toContainText(
    'までに契約が終わるもの',
  );
  const juki = page.getByRole('region', { name: '候補: 住民基本台帳' });
  await expect(juki).toBeVisible();
  await expect(juki.getByRole('rowheader', { name: '江田島市' })).toBeVisible();
  await expect(juki.getByRole('row').filter({ hasText: '江田島市' })).toContainText('12,000,000円');
  await expect(juki.locator('caption')).toContainText(/\d+団体・年間経費の合計/);
  // Groups without 江田島市 are closed, one line each, and open on a click.
  const closedName = await page.locator('details:not([open]) section').first().getAttribute('aria-label');
  const other = page.locator('details').filter({ has: page.locator(`section[aria-label="${closedName}"]`) });
  await expect(other.locator('summary')).toContainText(/\d+団体・年間経費の合計.*推定削減額/);
  await expect(other.getByRole('table')).toBeHidden();
  await other.locator('summary').click();
  await expect(other.getByRole('table')).toBeVisible();
  await expect(other.getByRole('rowheader', { name: '江田島市' })).toHaveCount(0);
});

test('a municipal manager browses the good practices of p.25, adopts another body’s case and comments on it', async ({
  page,
}) => {
  await page.goto('/');
  await signIn(page, 'etajima-manager');
  await page
    .getByRole('navigation', { name: 'メインメニュー' })
    .getByRole('link', { name: '好事例' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'DX施策・好事例' })).toBeVisible();
  const counts = page.getByRole('list', { name: '登録区分ごとの件数' });
  await expect(counts).toContainText('県DX関連事業 44件');
  await expect(counts).toContainText('デジ田交付金 実施計画書 17件');
  await page.getByLabel('登録区分', { exact: true }).selectOption('県DX関連事業');
  await expect(page.getByRole('status')).toHaveText('44件');

  await page.getByLabel('登録区分', { exact: true }).selectOption('好事例');
  await page.getByRole('link', { name: '生成AIの庁内利用ガイドラインと活用研修' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'うちも導入しました（4団体）' })).toBeVisible();
  await page.getByRole('button', { name: '江田島市も導入しました' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'うちも導入しました（5団体）' })).toBeVisible();
  await page.getByLabel('コメント', { exact: true }).fill('江田島市でもガイドラインを参考にしました。');
  await page.getByRole('button', { name: 'コメントする' }).click();
  await expect(page.getByText('江田島市でもガイドラインを参考にしました。')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'コメント（2件）' })).toBeVisible();
});
