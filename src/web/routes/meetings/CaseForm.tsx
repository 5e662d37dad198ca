import { useId, useState } from 'react';
import { CASE_KIND_LABELS, type CaseKind } from '../../../domain/community.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { primaryButtonClass } from '../../components/button-styles.ts';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { ErrorAlert } from '../../components/StatusMessages.tsx';
import { useOrgs } from '../orgs/orgs-queries.ts';
import { useReportCase } from './cases-queries.ts';

/** Reports a good case or an open problem from a post. The API decides which bodies the user may report for. */
export function CaseForm() {
  const user = useCurrentUser();
  const orgs = useOrgs();
  const report = useReportCase();
  const own = user.role === 'municipal_manager' || user.role === 'municipal_staff';
  const bodies = (orgs.data?.items ?? []).filter((o) => !own || o.code === user.body.code);
  const [orgCode, setOrgCode] = useState(own ? user.body.code : '');
  const [kind, setKind] = useState<CaseKind>('good_case');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [saved, setSaved] = useState(false);
  const ids = { org: useId(), kind: useId(), title: useId(), body: useId() };
  const chosen = orgCode || (bodies.find((b) => b.type !== '県')?.code ?? '');
  return (
    <form
      className="mt-4 max-w-3xl space-y-4 rounded-8 bg-solid-gray-50 p-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        report.mutate(
          { orgCode: chosen, kind, title, body, meetingId: null },
          {
            onSuccess: () => {
              setSaved(true);
              setTitle('');
              setBody('');
            },
          },
        );
      }}
    >
      <div className="flex flex-wrap gap-4">
        <div className="w-56">
          <label htmlFor={ids.org} className={labelClass}>
            団体（配属先）
          </label>
          <select
            id={ids.org}
            className={controlClass}
            value={chosen}
            onChange={(e) => setOrgCode(e.target.value)}
            disabled={own}
          >
            {bodies.map((b) => (
              <option key={b.code} value={b.code}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
        <div className="w-40">
          <label htmlFor={ids.kind} className={labelClass}>
            種別
          </label>
          <select
            id={ids.kind}
            className={controlClass}
            value={kind}
            onChange={(e) => setKind(e.target.value as CaseKind)}
          >
            {(Object.keys(CASE_KIND_LABELS) as CaseKind[]).map((k) => (
              <option key={k} value={k}>
                {CASE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div>
        <label htmlFor={ids.title} className={labelClass}>
          件名
        </label>
        <input
          id={ids.title}
          className={controlClass}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div>
        <label htmlFor={ids.body} className={labelClass}>
          内容
        </label>
        <textarea
          id={ids.body}
          rows={4}
          className={controlClass}
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
      </div>
      <button type="submit" className={primaryButtonClass} disabled={report.isPending}>
        登録する
      </button>
      {saved ? <p role="status">登録しました。</p> : null}
      {report.isError ? <ErrorAlert error={report.error} /> : null}
    </form>
  );
}
