import { primaryButtonClass } from '../../components/button-styles.ts';
import { ErrorSummary, TextAreaField, TextField } from '../../components/FormField.tsx';
import { Loading } from '../../components/StatusMessages.tsx';
import { useDraftForm } from '../../components/use-draft-form.ts';
import { type ProgrammeSettings, useProgrammeSettings, useUpdateSettings } from './procurement-queries.ts';

const LABELS = { savingsRatePercent: '削減率の想定（%）', savingsRateBasis: '削減率の根拠' };

function Form({ settings }: { settings: ProgrammeSettings }) {
  const update = useUpdateSettings(settings.version);
  const form = useDraftForm(
    { savingsRatePercent: String(settings.savingsRatePercent), savingsRateBasis: settings.savingsRateBasis },
    update.error,
  );
  return (
    <form
      noValidate
      className="mt-4 max-w-2xl space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const rate = Number(form.draft.savingsRatePercent.normalize('NFKC').replace('%', ''));
        const issues = Number.isFinite(rate)
          ? []
          : [{ path: 'savingsRatePercent', message: '削減率は数字で入力してください' }];
        if (!form.begin(issues)) return;
        update.mutate({ savingsRatePercent: rate, savingsRateBasis: form.draft.savingsRateBasis });
      }}
    >
      <ErrorSummary failure={form.failure} attempt={form.attempt} labels={LABELS} fieldId={form.fieldId} />
      <TextField
        {...form.bind('savingsRatePercent')}
        label={LABELS.savingsRatePercent}
        hint="0〜90、小数第1位まで。すべての候補の推定削減額に使います。"
        inputMode="numeric"
        className="w-56"
      />
      <TextAreaField
        {...form.bind('savingsRateBasis')}
        label={LABELS.savingsRateBasis}
        rows={2}
        maxLength={500}
      />
      <button type="submit" className={primaryButtonClass} disabled={update.isPending}>
        削減率を保存
      </button>
      {update.isSuccess ? <p role="status">保存しました。推定削減額を計算し直しました。</p> : null}
    </form>
  );
}

/** The savings rate behind every estimate, changed by admins (プログラムの設定). */
export function SavingsRateForm() {
  const settings = useProgrammeSettings();
  if (!settings.data) return <Loading />;
  return <Form key={settings.data.version} settings={settings.data} />;
}
