import { type FormEvent, useId, useState } from 'react';
import { JOB_TYPES } from '../../../domain/job-types.ts';
import { primaryButtonClass, secondaryButtonClass } from '../../components/button-styles.ts';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { ErrorAlert } from '../../components/StatusMessages.tsx';
import { useOrgs } from '../orgs/orgs-queries.ts';
import { type Person, useUpdateOwnProfile } from './people-queries.ts';

/** How many ranked desired work locations the form offers. */
const PREFERENCE_SLOTS = 5;

/**
 * The part of their profile a member edits themselves (PATCH /api/people/{id}): 副ジョブタイプ,
 * 勤務希望地 in rank order and キャリア目標.
 */
export function OwnProfileForm({ person, onDone }: { person: Person; onDone: (saved: boolean) => void }) {
  const update = useUpdateOwnProfile(person.id, person.version);
  const orgs = useOrgs();
  const [secondary, setSecondary] = useState(person.secondaryJobType?.code ?? '');
  const [goal, setGoal] = useState(person.careerGoal ?? '');
  const [prefs, setPrefs] = useState<string[]>(() =>
    Array.from({ length: PREFERENCE_SLOTS }, (_, i) => person.locationPreferences?.[i]?.code ?? ''),
  );
  const [error, setError] = useState<string | null>(null);
  const idBase = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = prefs.filter((p) => p !== '');
    if (new Set(chosen).size !== chosen.length) {
      setError('同じ団体を複数の順位に選んでいます。');
      document.getElementById(`${idBase}-pref-0`)?.focus();
      return;
    }
    if (secondary === person.primaryJobType.code) {
      setError('副ジョブタイプは主ジョブタイプと異なるものを選んでください。');
      document.getElementById(`${idBase}-secondary`)?.focus();
      return;
    }
    setError(null);
    update.mutate(
      {
        careerGoal: goal,
        secondaryJobType: secondary === '' ? null : secondary,
        locationPreferences: chosen,
      },
      { onSuccess: () => onDone(true) },
    );
  };

  return (
    <form
      noValidate
      onSubmit={submit}
      className="mt-4 max-w-3xl space-y-5 rounded-8 border border-solid-gray-200 p-4"
    >
      <div className="max-w-md">
        <label htmlFor={`${idBase}-secondary`} className={labelClass}>
          副ジョブタイプ
        </label>
        <select
          id={`${idBase}-secondary`}
          value={secondary}
          onChange={(e) => setSecondary(e.target.value)}
          className={controlClass}
        >
          <option value="">なし</option>
          {JOB_TYPES.filter((j) => j.code !== person.primaryJobType.code).map((j) => (
            <option key={j.code} value={j.code}>
              {j.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className="text-std-16B-170">勤務希望地（第1希望から順に）</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {prefs.map((value, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the slots are fixed ranks (第1〜第5希望)
            <div key={i}>
              <label htmlFor={`${idBase}-pref-${i}`} className={labelClass}>
                第{i + 1}希望
              </label>
              <select
                id={`${idBase}-pref-${i}`}
                value={value}
                onChange={(e) => setPrefs((current) => current.map((p, j) => (j === i ? e.target.value : p)))}
                className={controlClass}
              >
                <option value="">指定しない</option>
                {(orgs.data?.items ?? []).map((o) => (
                  <option key={o.code} value={o.code}>
                    {o.name}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor={`${idBase}-goal`} className={labelClass}>
          キャリア目標
        </label>
        <textarea
          id={`${idBase}-goal`}
          value={goal}
          maxLength={2000}
          rows={4}
          onChange={(e) => setGoal(e.target.value)}
          className={controlClass}
        />
      </div>
      {error ? (
        <p role="alert" className="text-std-16B-170 text-error-1">
          {error}
        </p>
      ) : null}
      {update.isError ? <ErrorAlert error={update.error} title="保存できませんでした。" /> : null}
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={update.isPending} className={primaryButtonClass}>
          {update.isPending ? '保存しています…' : '保存する'}
        </button>
        <button type="button" onClick={() => onDone(false)} className={secondaryButtonClass}>
          キャンセル
        </button>
      </div>
    </form>
  );
}
