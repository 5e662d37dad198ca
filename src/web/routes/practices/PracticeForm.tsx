import type { FormEvent } from 'react';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import {
  PRACTICE_CATEGORY_VALUES,
  PRACTICE_STATUS_VALUES,
  SUGGESTED_THEMES,
} from '../../../domain/practice-values.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import {
  ErrorSummary,
  Field,
  FieldGroup,
  FormActions,
  ReadOnlyField,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/FormField.tsx';
import { useDraftForm } from '../../components/use-draft-form.ts';
import { useOrgs } from '../orgs/orgs-queries.ts';
import { PRACTICE_FIELD_LABELS as L, type PracticeDraft, practiceYears } from './practice-form.ts';

/** Props of {@link PracticeForm}. */
export type PracticeFormProps = {
  initial: PracticeDraft;
  /** Whether the body may be chosen (admins registering; an initiative never changes body). */
  chooseBody: boolean;
  /** Label of the saving button (登録する / 保存する). */
  submitLabel: string;
  pending: boolean;
  /** The last save's error (an ApiError with per-field issues for a 400). */
  error: unknown;
  onSubmit: (draft: PracticeDraft) => void;
  /** Where キャンセル leads. */
  cancelTo: string;
};

/** The fields of a DX施策・好事例 for registering and correcting it; the API's issues stand by their fields. */
export function PracticeForm({
  initial,
  chooseBody,
  submitLabel,
  pending,
  error,
  onSubmit,
  cancelTo,
}: PracticeFormProps) {
  const user = useCurrentUser();
  const orgs = useOrgs();
  const form = useDraftForm(initial, error);
  const { draft, bind, set } = form;
  const bodyName = (orgs.data?.items ?? []).find((o) => o.code === draft.orgCode)?.name ?? user.body.name;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (form.begin([])) onSubmit(draft);
  };

  return (
    <form noValidate onSubmit={submit} className="mt-6 max-w-3xl space-y-5">
      <ErrorSummary failure={form.failure} attempt={form.attempt} labels={L} fieldId={form.fieldId} />
      {chooseBody ? (
        <SelectField
          {...bind('orgCode')}
          label={L.orgCode}
          className="max-w-md"
          options={(orgs.data?.items ?? []).map((o) => ({ value: o.code, label: o.name }))}
        />
      ) : (
        <ReadOnlyField label={L.orgCode} value={bodyName} />
      )}
      <TextField {...bind('title')} label={L.title} required maxLength={200} />
      <div className="grid gap-5 sm:grid-cols-3">
        <SelectField {...bind('category')} label={L.category} options={PRACTICE_CATEGORY_VALUES} />
        <Field
          id={form.fieldId('fiscalYear')}
          label={L.fiscalYear}
          required
          errors={form.errorsOf('fiscalYear')}
        >
          {(control) => (
            <select
              {...control}
              value={draft.fiscalYear}
              onChange={(e) => set('fiscalYear', Number(e.target.value))}
            >
              {practiceYears(draft.fiscalYear).map((fy) => (
                <option key={fy} value={fy}>
                  {formatFiscalYear(fy)}（{fy}年度）
                </option>
              ))}
            </select>
          )}
        </Field>
        <SelectField {...bind('status')} label={L.status} options={PRACTICE_STATUS_VALUES} />
      </div>
      <FieldGroup
        id={form.fieldId('themes')}
        legend={L.themes}
        hint="10個まで"
        errors={form.errorsOf('themes')}
      >
        <div className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
          {SUGGESTED_THEMES.map((theme) => (
            <label key={theme} className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={draft.themes.includes(theme)}
                onChange={(e) =>
                  set(
                    'themes',
                    e.target.checked ? [...draft.themes, theme] : draft.themes.filter((t) => t !== theme),
                  )
                }
              />
              {theme}
            </label>
          ))}
        </div>
      </FieldGroup>
      <TextField {...bind('otherThemes')} label={L.otherThemes} hint="「、」で区切って入力します" />
      <TextField
        {...bind('funding')}
        label={L.funding}
        hint="デジタル田園都市国家構想交付金など"
        maxLength={100}
      />
      <TextAreaField {...bind('summary')} label={L.summary} required rows={6} maxLength={4000} />
      <TextAreaField {...bind('outcome')} label={L.outcome} rows={4} maxLength={4000} />
      <TextField {...bind('contact')} label={L.contact} hint="担当課と電話番号など" maxLength={200} />
      <FormActions submitLabel={submitLabel} pending={pending} cancelTo={cancelTo} />
    </form>
  );
}
