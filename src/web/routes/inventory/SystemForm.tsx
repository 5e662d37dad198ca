import type { FormEvent } from 'react';
import { isStandardBusiness } from '../../../domain/standard-businesses.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import {
  CheckboxField,
  ErrorSummary,
  FormActions,
  ReadOnlyField,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/FormField.tsx';
import { useDraftForm } from '../../components/use-draft-form.ts';
import { useOrgs } from '../orgs/orgs-queries.ts';
import {
  BUSINESS_CHOICES,
  HOSTING_CHOICES,
  MIGRATION_STEP_CHOICES,
  SYSTEM_STATUS_CHOICES,
} from './inventory-labels.ts';
import type { NewSystem } from './inventory-queries.ts';
import { SYSTEM_FIELD_LABELS as L, type SystemDraft, toSystemInput } from './system-form.ts';

/** Props of {@link SystemForm}. */
export type SystemFormProps = {
  initial: SystemDraft;
  /** Label of the saving button (登録する / 保存する). */
  submitLabel: string;
  /** Whether the save is running. */
  pending: boolean;
  /** The last save's error (an ApiError with per-field issues for a 400). */
  error: unknown;
  onSubmit: (input: NewSystem) => void;
  /** Where キャンセル leads. */
  cancelTo: string;
};

/**
 * The fields of a system of the 台帳, for registering and correcting it. Numbers are read in the
 * browser; every other rule is the API's, and its issues stand by their fields and in the summary.
 */
export function SystemForm({ initial, submitLabel, pending, error, onSubmit, cancelTo }: SystemFormProps) {
  const user = useCurrentUser();
  const orgs = useOrgs();
  const form = useDraftForm(initial, error);
  const { draft, bind } = form;
  const standard = isStandardBusiness(draft.business);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { input, issues } = toSystemInput(draft);
    if (form.begin(issues) && input) onSubmit(input);
  };

  return (
    <form noValidate onSubmit={submit} className="mt-6 max-w-3xl space-y-5">
      <ErrorSummary failure={form.failure} attempt={form.attempt} labels={L} fieldId={form.fieldId} />
      {user.role === 'admin' ? (
        <SelectField
          {...bind('orgCode')}
          label={L.orgCode}
          className="max-w-md"
          options={(orgs.data?.items ?? []).map((o) => ({ value: o.code, label: o.name }))}
        />
      ) : (
        <ReadOnlyField label={L.orgCode} value={user.body.name} />
      )}
      <TextField {...bind('name')} label={L.name} required maxLength={200} />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField {...bind('business')} label={L.business} required options={BUSINESS_CHOICES} />
        <TextField {...bind('category')} label={L.category} hint="財務会計、電子申請など" maxLength={100} />
        <TextField {...bind('unit')} label={L.unit} maxLength={100} />
        <SelectField {...bind('hosting')} label={L.hosting} required options={HOSTING_CHOICES} />
        <TextField {...bind('vendor')} label={L.vendor} maxLength={200} />
        <TextField {...bind('product')} label={L.product} maxLength={200} />
        <TextField {...bind('contractStart')} label={L.contractStart} type="date" />
        <TextField {...bind('contractEnd')} label={L.contractEnd} type="date" />
        <TextField
          {...bind('yearlyCost')}
          label={L.yearlyCost}
          hint="円単位。12,000,000 のように区切っても構いません"
          inputMode="numeric"
        />
        <TextField {...bind('users')} label={L.users} inputMode="numeric" />
        <SelectField {...bind('status')} label={L.status} required options={SYSTEM_STATUS_CHOICES} />
        <CheckboxField {...bind('personalData')} label="個人情報を扱う" className="self-end pb-2" />
      </div>
      {standard ? (
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            {...bind('migrationStep')}
            label={L.migrationStep}
            options={[{ value: '', label: '未設定' }, ...MIGRATION_STEP_CHOICES]}
          />
          <TextField {...bind('migrationTargetDate')} label={L.migrationTargetDate} type="date" />
        </div>
      ) : (
        <p className="text-std-16N-170 text-solid-gray-700">
          標準化・移行状況と移行目標日は、標準化対象20業務のシステムにだけ記録します。
        </p>
      )}
      <TextAreaField {...bind('note')} label={L.note} rows={4} maxLength={2000} />
      <FormActions submitLabel={submitLabel} pending={pending} cancelTo={cancelTo} />
    </form>
  );
}
