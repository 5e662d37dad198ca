import { useId, useState } from 'react';
import { seesAllBodies } from '../../../domain/roles.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { primaryButtonClass } from '../../components/button-styles.ts';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { ErrorAlert } from '../../components/StatusMessages.tsx';
import { useOrgs } from '../orgs/orgs-queries.ts';
import { type Course, useRecordParticipation } from './literacy-queries.ts';

/** Records how many staff of a body took part in a session (a body's own staff, or the office for any body). */
export function ParticipationForm({ courses }: { courses: readonly Course[] }) {
  const user = useCurrentUser();
  const orgs = useOrgs();
  const record = useRecordParticipation();
  const sessions = courses.flatMap((c) => c.sessions.map((s) => ({ ...s, courseName: c.name })));
  const all = seesAllBodies(user.role);
  const bodies = (orgs.data?.items ?? []).filter(
    (o) => o.type !== '県' && (all || o.code === user.body.code),
  );
  const [sessionId, setSessionId] = useState(sessions.at(-1)?.id ?? '');
  const [orgCode, setOrgCode] = useState(all ? '' : user.body.code);
  const [count, setCount] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const ids = { session: useId(), org: useId(), count: useId() };
  return (
    <form
      className="mt-4 flex flex-wrap items-end gap-4 rounded-8 bg-solid-gray-50 p-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(null);
        record.mutate(
          { sessionId, orgCode: orgCode || (bodies[0]?.code ?? ''), participants: Number(count) },
          { onSuccess: (r) => setSaved(`${r.orgName}の参加者数を${r.participants}名で記録しました。`) },
        );
      }}
    >
      <div className="min-w-72 flex-1">
        <label htmlFor={ids.session} className={labelClass}>
          研修の実施回
        </label>
        <select
          id={ids.session}
          className={controlClass}
          value={sessionId}
          onChange={(e) => setSessionId(e.target.value)}
        >
          {sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title || s.courseName}（{s.fiscalYearLabel}）
            </option>
          ))}
        </select>
      </div>
      <div className="w-48">
        <label htmlFor={ids.org} className={labelClass}>
          団体
        </label>
        <select
          id={ids.org}
          className={controlClass}
          value={orgCode || (bodies[0]?.code ?? '')}
          onChange={(e) => setOrgCode(e.target.value)}
        >
          {bodies.map((b) => (
            <option key={b.code} value={b.code}>
              {b.name}
            </option>
          ))}
        </select>
      </div>
      <div className="w-36">
        <label htmlFor={ids.count} className={labelClass}>
          参加者数
        </label>
        <input
          id={ids.count}
          inputMode="numeric"
          className={controlClass}
          value={count}
          onChange={(e) => setCount(e.target.value)}
        />
      </div>
      <button type="submit" className={primaryButtonClass} disabled={record.isPending || !sessionId}>
        記録する
      </button>
      {saved ? (
        <p role="status" className="basis-full">
          {saved}
        </p>
      ) : null}
      {record.isError ? (
        <div className="basis-full">
          <ErrorAlert error={record.error} />
        </div>
      ) : null}
    </form>
  );
}
