import { useNotificationSettings } from './notifications-queries.ts';

/** For admins: whether mail is sent at all (SMTP_URL), so nobody expects mail that never goes. */
export function MailStatusNotice() {
  const settings = useNotificationSettings();
  if (!settings.data || settings.data.mailEnabled) return null;
  return (
    <div role="note" className="my-4 rounded-8 border-2 border-yellow-700 bg-yellow-50 p-4 text-std-16N-170">
      <p className="font-bold">メール送信は無効です。</p>
      <p>
        SMTP_URL が設定されていないため、通知はアプリ内にだけ届きます。メールで届けるには、サーバーに SMTP_URL
        と MAIL_FROM を設定してください（README の「通知とメール」を参照）。
      </p>
    </div>
  );
}
