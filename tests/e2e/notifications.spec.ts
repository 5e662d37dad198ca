import { expect, test } from '@playwright/test';
import { signIn } from './support/sign-in.ts';

/** The ISO date `days` from today in Japan. */
function daysFromToday(days: number): string {
  return new Date(Date.now() + 9 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

test('the bell counts a meeting invitation; the inbox shows it and marks it read; the settings choose a digest and issue a calendar URL', async ({
  page,
}) => {
  await page.goto('/');
  await signIn(page, 'admin');
  await expect(page.getByRole('link', { name: /^通知 / })).toBeVisible();

  // The program office schedules a meeting to which the prefecture (the admin's body) is invited.
  const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const title = 'E2E 通知確認フォーラム';
  const created = await page.request.post('/api/meetings', {
    headers: { 'x-csrf-token': me.csrfToken },
    data: {
      kind: 'cdo_forum',
      title,
      heldOn: daysFromToday(14),
      startTime: '13:30',
      endTime: '15:00',
      location: '広島県庁 本館6階 講堂',
      agenda: ['通知の確認'],
      attendees: [{ orgCode: '340006', organisationName: '広島県', personName: '', title: '' }],
    },
  });
  expect(created.status()).toBe(201);
  const meetingId = ((await created.json()) as { id: string }).id;

  await page.reload();
  const bell = page.getByRole('link', { name: /^通知 未読 \d+ 件$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(page.getByRole('heading', { level: 1, name: '通知' })).toBeVisible();
  // Mail is off in this server (no SMTP_URL): the admin is told so.
  await expect(page.getByText('メール送信は無効です。')).toBeVisible();
  const entry = page.getByRole('listitem').filter({ hasText: `会議のご案内: ${title}` });
  await expect(entry).toBeVisible();
  await expect(entry.getByText('未読')).toBeVisible();
  await expect(entry.getByText('場所: 広島県庁 本館6階 講堂')).toBeVisible();

  await page.getByRole('button', { name: 'すべて既読にする' }).click();
  await expect(page.getByRole('link', { name: '通知 未読なし' })).toBeVisible();
  await expect(entry.getByText('未読')).toHaveCount(0);
  await entry.getByRole('link', { name: '開く' }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${meetingId}$`));

  await page.getByRole('link', { name: /^通知 / }).click();
  await page.getByRole('link', { name: '通知設定（受け取り方・予定表）' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '通知設定' })).toBeVisible();
  await page.getByRole('group', { name: '会議' }).getByLabel('1日1回まとめてメール').check();
  await page.getByRole('button', { name: '受け取り方を保存' }).click();
  await expect(page.getByText('保存しました。これから届く通知に適用されます。')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('group', { name: '会議' }).getByLabel('1日1回まとめてメール')).toBeChecked();

  await page.getByRole('button', { name: '購読URLを発行する' }).click();
  const url = (await page.getByTestId('calendar-feed-url').textContent()) ?? '';
  expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const feed = await page.request.get(new URL(url).pathname, { headers: { cookie: '' } });
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain(`UID:meeting-${meetingId}@dxship`);

  await page.getByRole('link', { name: '通知一覧へ戻る' }).click();
  await page.getByRole('link', { name: 'メール送信キュー' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'メール送信キュー' })).toBeVisible();
});
