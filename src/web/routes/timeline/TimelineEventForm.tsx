import type { UseMutationResult } from '@tanstack/react-query';
import { TIMELINE_PRECISION_LABELS, type TimelinePrecision } from '../../../domain/timeline.ts';
import {
  ErrorSummary,
  FormActions,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/FormField.tsx';
import { useDraftForm } from '../../components/use-draft-form.ts';
import { useOrgs } from '../orgs/orgs-queries.ts';
import type { NewTimelineEvent, TimelineEvent } from './timeline-queries.ts';

const LABELS = {
  occurredOn: '日付',
  precision: '日付の精度',
  title: '出来事',
  detail: '内容',
  orgCodes: '関係する団体',
  sourcePage: '出典（資料のページ）',
};

type Draft = {
  occurredOn: string;
  precision: TimelinePrecision;
  title: string;
  detail: string;
  orgCodes: string[];
  sourcePage: string;
};

/** Adds or changes an event of the 沿革: its date as far as it is known, bodies and source page. */
export function TimelineEventForm({
  event,
  save,
  submitLabel,
}: {
  event?: TimelineEvent;
  save: UseMutationResult<unknown, Error, NewTimelineEvent>;
  submitLabel: string;
}) {
  const orgs = useOrgs();
  const form = useDraftForm<Draft>(
    {
      occurredOn: event?.occurredOn ?? '',
      precision: event?.precision ?? 'day',
      title: event?.title ?? '',
      detail: event?.detail ?? '',
      orgCodes: event?.bodies.map((b) => b.code) ?? [],
      sourcePage: event?.sourcePage?.toString() ?? '',
    },
    save.error,
  );
  const page = form.draft.sourcePage.trim();
  return (
    <form
      noValidate
      className="mt-4 max-w-3xl space-y-4 rounded-8 bg-solid-gray-50 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        const issues =
          page !== '' && !/^\d+$/.test(page)
            ? [{ path: 'sourcePage', message: '資料のページは数字で入力してください' }]
            : [];
        if (!form.begin(issues)) return;
        save.mutate({
          occurredOn: form.draft.occurredOn,
          precision: form.draft.precision,
          title: form.draft.title,
          detail: form.draft.detail,
          orgCodes: form.draft.orgCodes,
          sourcePage: page === '' ? null : Number(page),
        });
      }}
    >
      <ErrorSummary failure={form.failure} attempt={form.attempt} labels={LABELS} fieldId={form.fieldId} />
      <div className="flex flex-wrap gap-4">
        <TextField
          {...form.bind('occurredOn')}
          type="date"
          label={LABELS.occurredOn}
          required
          className="w-56"
        />
        <SelectField
          {...form.bind('precision')}
          label={LABELS.precision}
          hint="月までなら月の初日、年度だけなら年度内の日付を入れてください。"
          options={(Object.keys(TIMELINE_PRECISION_LABELS) as TimelinePrecision[]).map((p) => ({
            value: p,
            label: TIMELINE_PRECISION_LABELS[p],
          }))}
          className="w-72"
        />
      </div>
      <TextField {...form.bind('title')} label={LABELS.title} required maxLength={200} />
      <TextAreaField {...form.bind('detail')} label={LABELS.detail} rows={2} maxLength={2000} />
      <fieldset id={form.fieldId('orgCodes')}>
        <legend className="text-std-16B-170">{LABELS.orgCodes}（なければ全体）</legend>
        <div className="mt-1 grid grid-cols-2 gap-1 sm:grid-cols-4">
          {(orgs.data?.items ?? []).map((o) => (
            <label key={o.code} className="flex items-center gap-2">
              <input
                type="checkbox"
                className="size-5"
                checked={form.draft.orgCodes.includes(o.code)}
                onChange={(e) =>
                  form.set(
                    'orgCodes',
                    e.target.checked
                      ? [...form.draft.orgCodes, o.code]
                      : form.draft.orgCodes.filter((c) => c !== o.code),
                  )
                }
              />
              {o.name}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        {...form.bind('sourcePage')}
        label={LABELS.sourcePage}
        inputMode="numeric"
        className="w-56"
      />
      <FormActions submitLabel={submitLabel} pending={save.isPending} cancelTo="/timeline" />
    </form>
  );
}
