import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { MEETING_KIND_LABELS, MEETING_KINDS, type MeetingKind } from '../../../domain/community.ts';
import { ApiError } from '../../api/client.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { primaryButtonClass, secondaryButtonClass } from '../../components/button-styles.ts';
import { TextField } from '../../components/FormField.tsx';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { JapaneseDateInput } from '../../components/JapaneseDateInput.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { errorMessage, Forbidden } from '../../components/StatusMessages.tsx';
import { useOrgs } from '../orgs/orgs-queries.ts';
import { CommitmentRows } from './CommitmentRows.tsx';
import {
  DEFAULT_TITLES,
  EMPTY_MEETING_DRAFT,
  fieldLabel,
  type MeetingDraft,
  toNewMeeting,
} from './meeting-form.ts';
import { useCreateMeeting } from './meetings-queries.ts';

/** 会議を記録: a meeting with its agenda, minutes, attendance and the commitments made at it. */
export function MeetingNewPage() {
  const user = useCurrentUser();
  if (user.role !== 'admin' && user.role !== 'talent_officer') return <Forbidden />;
  return <MeetingForm />;
}

function MeetingForm() {
  const [draft, setDraft] = useState<MeetingDraft>(EMPTY_MEETING_DRAFT);
  const create = useCreateMeeting();
  const navigate = useNavigate();
  const orgs = useOrgs();
  const id = {
    kind: useId(),
    title: useId(),
    theme: useId(),
    heldOn: useId(),
    startTime: useId(),
    endTime: useId(),
    location: useId(),
    agenda: useId(),
    minutes: useId(),
    hint: useId(),
  };
  const set = <K extends keyof MeetingDraft>(key: K, value: MeetingDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const bodies = orgs.data?.items ?? [];

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    create.mutate(toNewMeeting(draft), { onSuccess: (m) => navigate(`/meetings/${m.id}`) });
  };
  const issues = create.error instanceof ApiError ? create.error.issues : [];

  return (
    <>
      <Breadcrumbs items={[{ to: '/meetings', label: '会議' }, { label: '会議を記録' }]} />
      <PageHeading title="会議を記録" />
      <form onSubmit={submit} noValidate className="mt-6 max-w-3xl space-y-5">
        {create.isError ? (
          <div role="alert" className="rounded-8 border-2 border-error-1 bg-red-50 px-4 py-3 text-error-2">
            <p className="font-bold">{errorMessage(create.error)}</p>
            {issues.length > 0 ? (
              <ul className="mt-1 list-disc pl-6">
                {issues.map((i) => (
                  <li key={`${i.path}:${i.message}`}>
                    {fieldLabel(i.path)}：{i.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <div>
          <label htmlFor={id.kind} className={labelClass}>
            種別
          </label>
          <select
            id={id.kind}
            className={controlClass}
            value={draft.kind}
            onChange={(e) => set('kind', e.target.value as MeetingKind)}
          >
            {MEETING_KINDS.map((k) => (
              <option key={k} value={k}>
                {MEETING_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={id.title} className={labelClass}>
            会議名
          </label>
          <input
            id={id.title}
            className={controlClass}
            value={draft.title}
            onChange={(e) => set('title', e.target.value)}
            placeholder={DEFAULT_TITLES[draft.kind]}
            aria-describedby={id.hint}
          />
          <p id={id.hint} className="mt-1 text-dns-14N-130 text-solid-gray-700">
            空欄のときは「{DEFAULT_TITLES[draft.kind]}」とします。
          </p>
        </div>
        <div>
          <label htmlFor={id.theme} className={labelClass}>
            テーマ{draft.kind === 'working_group' ? '（必須）' : '（任意）'}
          </label>
          <input
            id={id.theme}
            className={controlClass}
            value={draft.theme}
            onChange={(e) => set('theme', e.target.value)}
            required={draft.kind === 'working_group'}
          />
        </div>
        <div className="w-56">
          <label htmlFor={id.heldOn} className={labelClass}>
            開催日（必須）
          </label>
          <JapaneseDateInput
            id={id.heldOn}
            className={controlClass}
            value={draft.heldOn}
            onChange={(v) => set('heldOn', v)}
            required
          />
        </div>
        <div className="flex flex-wrap gap-4">
          {(['startTime', 'endTime'] as const).map((key) => (
            <TextField
              key={key}
              id={id[key]}
              type="time"
              className="w-40"
              label={`${fieldLabel(key)}（任意）`}
              value={draft[key]}
              onChange={(v) => set(key, v)}
              errors={issues.filter((i) => i.path === key).map((i) => i.message)}
            />
          ))}
        </div>
        <div>
          <label htmlFor={id.location} className={labelClass}>
            場所・方法
          </label>
          <input
            id={id.location}
            className={controlClass}
            value={draft.location}
            onChange={(e) => set('location', e.target.value)}
            placeholder="県庁・WEB"
          />
        </div>
        <div>
          <label htmlFor={id.agenda} className={labelClass}>
            議題（1行に1件）
          </label>
          <textarea
            id={id.agenda}
            rows={4}
            className={controlClass}
            value={draft.agendaText}
            onChange={(e) => set('agendaText', e.target.value)}
          />
        </div>
        <div>
          <label htmlFor={id.minutes} className={labelClass}>
            議事録
          </label>
          <textarea
            id={id.minutes}
            rows={5}
            className={controlClass}
            value={draft.minutes}
            onChange={(e) => set('minutes', e.target.value)}
          />
        </div>
        <fieldset>
          <legend className={labelClass}>出席団体</legend>
          <div className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
            {bodies.map((o) => (
              <label key={o.code} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={draft.attendeeCodes.includes(o.code)}
                  onChange={(e) =>
                    set(
                      'attendeeCodes',
                      e.target.checked
                        ? [...draft.attendeeCodes, o.code]
                        : draft.attendeeCodes.filter((c) => c !== o.code),
                    )
                  }
                />
                {o.name}
              </label>
            ))}
          </div>
        </fieldset>
        <CommitmentRows
          rows={draft.commitments}
          bodies={bodies}
          onChange={(rows) => set('commitments', rows)}
        />
        <div className="flex gap-4">
          <button type="submit" className={primaryButtonClass} disabled={create.isPending}>
            {create.isPending ? '記録しています…' : '記録する'}
          </button>
          <button type="button" className={secondaryButtonClass} onClick={() => navigate('/meetings')}>
            やめる
          </button>
        </div>
      </form>
    </>
  );
}
