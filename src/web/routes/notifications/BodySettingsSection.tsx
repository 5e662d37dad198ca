import { useId, useState } from 'react';
import { useCurrentUser } from '../../auth/current-user.ts';
import { primaryButtonClass } from '../../components/button-styles.ts';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { ErrorAlert } from '../../components/StatusMessages.tsx';
import { useBodySettings, useSaveBodySettings } from './notifications-queries.ts';

/** The own body's contract window (契約満了を知らせる期間), for its manager and admins. */
export function BodySettingsSection() {
  const user = useCurrentUser();
  const orgCode = user.body.code;
  const settings = useBodySettings(orgCode);
  const save = useSaveBodySettings(orgCode);
  const id = useId();
  const [months, setMonths] = useState<string | null>(null);
  const shown = months ?? String(settings.data?.contractWindowMonths ?? '');
  return (
    <section aria-labelledby={`${id}-h`} className="mt-8">
      <h2 id={`${id}-h`} className="text-std-20B-150">
        {user.body.name}の設定
      </h2>
      <form
        className="mt-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (!settings.data) return;
          save.mutate({ contractWindowMonths: Number(shown), version: settings.data.version });
        }}
      >
        <label htmlFor={`${id}-months`} className={labelClass}>
          契約満了を知らせる期間（満了の何か月前から。既定 18 か月）
        </label>
        <input
          id={`${id}-months`}
          type="number"
          min={1}
          max={60}
          value={shown}
          onChange={(event) => setMonths(event.target.value)}
          className={`${controlClass} mt-1 w-32`}
        />
        <button
          type="submit"
          className={`${primaryButtonClass} ml-3`}
          disabled={save.isPending || !settings.data}
        >
          保存
        </button>
        {save.isSuccess ? (
          <p role="status" className="mt-2 text-std-16N-170">
            保存しました。
          </p>
        ) : null}
        {save.isError ? <ErrorAlert error={save.error} title="保存できませんでした。" /> : null}
        {settings.isError ? <ErrorAlert error={settings.error} title="設定を読み込めませんでした。" /> : null}
      </form>
    </section>
  );
}
