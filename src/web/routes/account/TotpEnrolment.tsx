import { type FormEvent, useState } from 'react';
import { primaryButtonClass, secondaryButtonClass } from '../../components/button-styles.ts';
import { ErrorSummary, TextField } from '../../components/FormField.tsx';
import { ErrorAlert } from '../../components/StatusMessages.tsx';
import { useDraftForm } from '../../components/use-draft-form.ts';
import { useTotpConfirm, useTotpSetup } from './account-queries.ts';

const LABELS = { code: '確認コード' };

/** The ten recovery codes, shown once after enrolment. */
function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <section aria-labelledby="recovery-codes" className="mt-4 rounded-8 border-2 border-blue-900 p-4">
      <h3 id="recovery-codes" className="text-std-18B-160">
        回復コード（この画面でだけ表示します）
      </h3>
      <p className="mt-2">
        2段階認証を設定しました。スマートフォンをなくしたときは、次の回復コードを確認コードの代わりに使えます（各1回）。
        印刷するか、安全な場所に書き写してください。
      </p>
      <ul
        aria-label="回復コード"
        className="mt-3 grid grid-cols-2 gap-2 font-mono text-std-18B-160 sm:grid-cols-5"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <button type="button" onClick={onDone} className={`${primaryButtonClass} mt-4`}>
        書き留めたので次へ進む
      </button>
    </section>
  );
}

/**
 * Enrols an authenticator app (TOTP): shows a QR code and the secret, then takes a code from the
 * app to confirm, and shows the recovery codes once. `onDone` runs when the user has noted them.
 */
export function TotpEnrolment({ onDone }: { onDone: () => void }) {
  const setup = useTotpSetup();
  const confirm = useTotpConfirm();
  const form = useDraftForm({ code: '' }, confirm.error);
  const [codes, setCodes] = useState<string[] | null>(null);

  if (codes) return <RecoveryCodes codes={codes} onDone={onDone} />;
  if (!setup.data) {
    return (
      <div className="mt-4">
        {setup.isError ? <ErrorAlert error={setup.error} /> : null}
        <button
          type="button"
          onClick={() => setup.mutate()}
          disabled={setup.isPending}
          className={primaryButtonClass}
        >
          {setup.isPending ? '準備しています…' : '認証アプリを登録する'}
        </button>
      </div>
    );
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = form.draft.code.trim();
    const issues = /^\d{6}$/.test(code)
      ? []
      : [{ path: 'code', message: '認証アプリに表示されている6桁の数字を入力してください' }];
    if (form.begin(issues)) confirm.mutate(code, { onSuccess: (result) => setCodes(result.recoveryCodes) });
  };
  return (
    <div className="mt-4 space-y-4">
      <ol className="list-decimal space-y-2 pl-6">
        <li>
          スマートフォンの認証アプリ（Google Authenticator、Microsoft Authenticator など）で QR
          コードを読み取ります。
        </li>
        <li>アプリに表示された6桁の確認コードを入力して「登録を完了する」を押します。</li>
      </ol>
      <img
        src={setup.data.qrCode}
        alt="認証アプリに読み取らせる QR コード"
        width={200}
        height={200}
        className="border"
      />
      <p>
        読み取れないときは、この鍵を手入力してください:{' '}
        <code data-testid="totp-secret" className="break-all font-mono">
          {setup.data.secret}
        </code>
      </p>
      <form noValidate onSubmit={submit} className="max-w-sm space-y-4">
        <ErrorSummary failure={form.failure} attempt={form.attempt} labels={LABELS} fieldId={form.fieldId} />
        <TextField {...form.bind('code')} label={LABELS.code} inputMode="numeric" required maxLength={6} />
        <div className="flex flex-wrap gap-3">
          <button type="submit" disabled={confirm.isPending} className={primaryButtonClass}>
            {confirm.isPending ? '確認しています…' : '登録を完了する'}
          </button>
          <button type="button" onClick={() => setup.reset()} className={secondaryButtonClass}>
            やり直す
          </button>
        </div>
      </form>
    </div>
  );
}
