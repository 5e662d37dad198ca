import { useId, useState } from 'react';
import { RECRUITMENT_ROUTES, type RecruitmentRoute } from '../../../domain/recruitment.ts';
import { ApiError } from '../../api/client.ts';
import { primaryButtonClass } from '../../components/button-styles.ts';
import { FiscalYearSelect, fiscalYearRangeOf } from '../../components/FiscalYearSelect.tsx';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { ErrorAlert } from '../../components/StatusMessages.tsx';
import { useCreateExam } from './recruitment-queries.ts';

const FIELDS = [
  ['applicants', '受験者数・応募者数'],
  ['finalPassers', '最終合格者数'],
  ['hires', '採用者数'],
  ['plannedHires', '採用予定数（計画）'],
] as const;
type Field = (typeof FIELDS)[number][0];

const toCount = (text: string) => (text.trim() === '' ? null : Number(text));

/** Records the results or the plan of an exam (admin, talent_officer). Empty figures are "none". */
export function ExamForm({ defaultYear }: { defaultYear: number }) {
  const create = useCreateExam();
  const [fiscalYear, setFiscalYear] = useState(defaultYear);
  const [route, setRoute] = useState<RecruitmentRoute>('mid_career');
  const [values, setValues] = useState<Record<Field, string>>({
    applicants: '',
    finalPassers: '',
    hires: '',
    plannedHires: '',
  });
  const [note, setNote] = useState('');
  const [done, setDone] = useState(false);
  const ids = { route: useId(), note: useId(), a: useId(), b: useId(), c: useId(), d: useId() };
  const fieldIds: Record<Field, string> = {
    applicants: ids.a,
    finalPassers: ids.b,
    hires: ids.c,
    plannedHires: ids.d,
  };
  return (
    <form
      className="mt-4 space-y-4 rounded-8 bg-solid-gray-50 p-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setDone(false);
        create.mutate(
          {
            fiscalYear,
            route,
            note,
            applicants: toCount(values.applicants),
            finalPassers: toCount(values.finalPassers),
            hires: toCount(values.hires),
            plannedHires: toCount(values.plannedHires),
          },
          { onSuccess: () => setDone(true) },
        );
      }}
    >
      <div className="flex flex-wrap gap-4">
        <FiscalYearSelect
          label="採用年度"
          value={fiscalYear}
          years={fiscalYearRangeOf(2021, defaultYear + 3)}
          onChange={setFiscalYear}
        />
        <div className="w-80">
          <label htmlFor={ids.route} className={labelClass}>
            区分
          </label>
          <select
            id={ids.route}
            className={controlClass}
            value={route}
            onChange={(e) => setRoute(e.target.value as RecruitmentRoute)}
          >
            {RECRUITMENT_ROUTES.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex flex-wrap gap-4">
        {FIELDS.map(([field, label]) => (
          <div key={field} className="w-44">
            <label htmlFor={fieldIds[field]} className={labelClass}>
              {label}
            </label>
            <input
              id={fieldIds[field]}
              inputMode="numeric"
              className={controlClass}
              value={values[field]}
              onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
            />
          </div>
        ))}
        <div className="min-w-48 flex-1">
          <label htmlFor={ids.note} className={labelClass}>
            備考
          </label>
          <input
            id={ids.note}
            className={controlClass}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder="R6.6募集開始"
          />
        </div>
      </div>
      <button type="submit" className={primaryButtonClass} disabled={create.isPending}>
        記録する
      </button>
      {done ? <p role="status">記録しました。</p> : null}
      {create.isError ? (
        <ErrorAlert
          error={create.error}
          title={
            create.error instanceof ApiError && create.error.status === 409
              ? '既に記録があります。'
              : undefined
          }
        />
      ) : null}
    </form>
  );
}
