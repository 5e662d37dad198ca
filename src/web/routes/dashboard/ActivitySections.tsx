import { Link } from 'react-router';
import type { Dashboard } from './dashboard-queries.ts';
import { FigureTable } from './FigureTable.tsx';

/** Open commitments, soonest due first. */
export function OpenCommitments({ d }: { d: Dashboard }) {
  const c = d.commitments;
  return (
    <section aria-labelledby="dash-commitments" className="mt-10">
      <h2 id="dash-commitments" className="text-std-20B-150">
        対応中のコミットメント
      </h2>
      <p className="mt-2">
        対応中 {c.open}件
        {c.overdue > 0 ? <strong className="text-error-2">（うち期限超過 {c.overdue}件）</strong> : null}
      </p>
      {c.nextDue.length === 0 ? (
        <p className="mt-2 text-solid-gray-700">対応中のコミットメントはありません。</p>
      ) : (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {c.nextDue.map((x) => (
            <li key={x.id}>
              {x.meetingId ? <Link to={`/meetings/${x.meetingId}`}>{x.title}</Link> : x.title}（
              {x.ownerOrgName}、期限 {x.dueOnLabel}
              {x.overdue ? '・期限超過' : ''}）
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2">
        <Link to="/meetings/commitments">コミットメントの一覧</Link>
      </p>
    </section>
  );
}

/** Literacy training participation. */
export function TrainingParticipation({ d }: { d: Dashboard }) {
  const l = d.literacy;
  return (
    <section aria-labelledby="dash-literacy" className="mt-10">
      <h2 id="dash-literacy" className="text-std-20B-150">
        職員向け研修の参加（{l.label}）
      </h2>
      {l.courses.length === 0 ? (
        <p className="mt-2 text-solid-gray-700">参加の記録はまだありません。</p>
      ) : (
        <FigureTable
          caption={`${l.label}の研修参加実績`}
          captionHidden
          head={['研修', '参加市町', '参加者']}
          rows={l.courses.map((c) => [c.name, `${c.bodies}市町`, `${c.participants}名`])}
        />
      )}
      <p className="mt-2">
        <Link to="/literacy">研修メニューと参加実績</Link>
      </p>
    </section>
  );
}
