import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/current-user.ts';
import { primaryButtonClass, secondaryButtonClass } from '../../components/button-styles.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { BodySettingsSection } from './BodySettingsSection.tsx';
import { MailStatusNotice } from './MailStatusNotice.tsx';
import {
  type Delivery,
  type NotificationSettings,
  useIssueCalendarFeed,
  useNotificationSettings,
  useRevokeCalendarFeed,
  useSavePreferences,
} from './notifications-queries.ts';

const DELIVERY_LABELS: Record<Delivery, string> = {
  immediate: 'すぐにメール',
  digest: '1日1回まとめてメール',
  in_app: 'アプリ内のみ',
};
const DELIVERIES = Object.keys(DELIVERY_LABELS) as Delivery[];

function PreferencesForm({ settings }: { settings: NotificationSettings }) {
  const save = useSavePreferences();
  const idBase = useId();
  const [choice, setChoice] = useState(() => new Map(settings.preferences.map((p) => [p.kind, p.delivery])));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate([...choice].map(([kind, delivery]) => ({ kind, delivery })));
      }}
    >
      {settings.preferences.map((p) => (
        <fieldset key={p.kind} className="mb-4">
          <legend className="text-std-16B-170">{p.label}</legend>
          <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
            {DELIVERIES.map((d) => (
              <label key={d} htmlFor={`${idBase}-${p.kind}-${d}`} className="flex items-center gap-2">
                <input
                  type="radio"
                  id={`${idBase}-${p.kind}-${d}`}
                  name={`${idBase}-${p.kind}`}
                  value={d}
                  checked={choice.get(p.kind) === d}
                  onChange={() => setChoice(new Map(choice).set(p.kind, d))}
                />
                {DELIVERY_LABELS[d]}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <button type="submit" className={primaryButtonClass} disabled={save.isPending}>
        受け取り方を保存
      </button>
      {save.isSuccess ? (
        <p role="status" className="mt-2 text-std-16N-170">
          保存しました。これから届く通知に適用されます。
        </p>
      ) : null}
      {save.isError ? <ErrorAlert error={save.error} title="保存できませんでした。" /> : null}
    </form>
  );
}

function CalendarFeedSection({ settings }: { settings: NotificationSettings }) {
  const issue = useIssueCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const feed = settings.calendarFeed;
  return (
    <section aria-labelledby="calendar-feed" className="mt-8">
      <h2 id="calendar-feed" className="text-std-20B-150">
        予定表（Outlook・Google カレンダー）
      </h2>
      <p className="mt-2 text-std-16N-170">
        招待された会議を、お使いの予定表に購読で表示できます。URL
        は本人専用です（他の人に知らせないでください）。
      </p>
      <p className="mt-2 text-std-16N-170">
        {feed.issued ? '購読URLは発行済みです。' : '購読URLはまだ発行していません。'}
      </p>
      {issue.data && !revoke.isSuccess ? (
        <div className="mt-2 rounded-8 border border-blue-900 bg-blue-50 p-3">
          <p className="text-std-16B-170">購読URL（この画面でだけ表示します）</p>
          <p className="mt-1 font-mono text-dns-14N-130 break-all" data-testid="calendar-feed-url">
            {issue.data.url}
          </p>
        </div>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-3">
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={issue.isPending}
          onClick={() => {
            revoke.reset();
            issue.mutate();
          }}
        >
          {feed.issued ? '購読URLを発行し直す（以前のURLは無効）' : '購読URLを発行する'}
        </button>
        {feed.issued ? (
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={revoke.isPending}
            onClick={() => revoke.mutate()}
          >
            購読URLを無効にする
          </button>
        ) : null}
      </div>
      {issue.isError ? <ErrorAlert error={issue.error} title="発行できませんでした。" /> : null}
      {revoke.isError ? <ErrorAlert error={revoke.error} title="無効にできませんでした。" /> : null}
    </section>
  );
}

/** 通知設定: how one hears of each kind of event, one's address, the calendar feed, the body's window. */
export function NotificationSettingsPage() {
  const user = useCurrentUser();
  const settings = useNotificationSettings();
  return (
    <>
      <PageHeading title="通知設定" />
      <p className="mt-2">
        <Link to="/notifications" className="text-blue-1000 underline underline-offset-3">
          通知一覧へ戻る
        </Link>
      </p>
      {user.role === 'admin' ? <MailStatusNotice /> : null}
      {settings.isPending ? <Loading /> : null}
      {settings.isError ? (
        <ErrorAlert error={settings.error} title="通知設定を読み込めませんでした。" />
      ) : null}
      {settings.data ? (
        <>
          <section aria-labelledby="delivery" className="mt-4">
            <h2 id="delivery" className="text-std-20B-150">
              受け取り方
            </h2>
            <p className="my-2 text-std-16N-170">
              {settings.data.email
                ? `メールの宛先: ${settings.data.email}`
                : 'メールアドレスが登録されていないため、通知はアプリ内にだけ届きます（登録は管理者に依頼してください）。'}
            </p>
            <PreferencesForm settings={settings.data} />
          </section>
          <CalendarFeedSection settings={settings.data} />
        </>
      ) : null}
      {user.role === 'admin' || user.role === 'municipal_manager' ? <BodySettingsSection /> : null}
    </>
  );
}
