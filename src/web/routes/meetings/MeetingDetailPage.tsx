import { useId, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { EMPTY_MARK } from '../../../domain/japanese-date.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { primaryButtonClass, secondaryButtonClass } from '../../components/button-styles.ts';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { JapaneseDateInput } from '../../components/JapaneseDateInput.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RecordActions } from '../../components/RecordActions.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { WithHistoryTab } from '../history/WithHistoryTab.tsx';
import { useOrgs } from '../orgs/orgs-queries.ts';
import { CommitmentsTable } from './CommitmentsTable.tsx';
import { MaterialsSection } from './MaterialsSection.tsx';
import { timeRangeLabel } from './meeting-form.ts';
import {
  type MeetingDetail,
  useAddCommitment,
  useDeleteMeeting,
  useMeeting,
  useUpdateMeeting,
} from './meetings-queries.ts';

function Minutes({ meeting, editable }: { meeting: MeetingDetail; editable: boolean }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(meeting.minutes);
  const update = useUpdateMeeting(meeting.id, meeting.version);
  const id = useId();
  if (editing) {
    return (
      <form
        className="mt-2 space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate({ minutes: text }, { onSuccess: () => setEditing(false) });
        }}
      >
        <label htmlFor={id} className={labelClass}>
          議事録
        </label>
        <textarea
          id={id}
          rows={6}
          className={controlClass}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="flex gap-2">
          <button type="submit" className={primaryButtonClass} disabled={update.isPending}>
            議事録を保存
          </button>
          <button type="button" className={secondaryButtonClass} onClick={() => setEditing(false)}>
            やめる
          </button>
        </div>
        {update.isError ? <ErrorAlert error={update.error} /> : null}
      </form>
    );
  }
  return (
    <>
      {meeting.minutes ? (
        <p className="mt-2 whitespace-pre-wrap">{meeting.minutes}</p>
      ) : (
        <p className="mt-2 text-solid-gray-700">議事録はまだありません。</p>
      )}
      {editable ? (
        <button
          type="button"
          className={`${secondaryButtonClass} mt-2`}
          onClick={() => {
            setText(meeting.minutes);
            setEditing(true);
          }}
        >
          議事録を編集
        </button>
      ) : null}
    </>
  );
}

function AddCommitment({ meetingId }: { meetingId: string }) {
  const orgs = useOrgs();
  const add = useAddCommitment(meetingId);
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('340006');
  const [dueOn, setDueOn] = useState('');
  const ids = { title: useId(), owner: useId(), due: useId() };
  return (
    <form
      className="mt-4 flex flex-wrap items-end gap-4 rounded-8 bg-solid-gray-50 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate(
          { title, ownerOrgCode: owner, dueOn },
          {
            onSuccess: () => {
              setTitle('');
              setDueOn('');
            },
          },
        );
      }}
    >
      <div className="min-w-64 flex-1">
        <label htmlFor={ids.title} className={labelClass}>
          追加するコミットメントの内容
        </label>
        <input
          id={ids.title}
          className={controlClass}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="w-48">
        <label htmlFor={ids.owner} className={labelClass}>
          担当団体
        </label>
        <select
          id={ids.owner}
          className={controlClass}
          value={owner}
          onChange={(e) => setOwner(e.target.value)}
        >
          {(orgs.data?.items ?? []).map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <div className="w-48">
        <label htmlFor={ids.due} className={labelClass}>
          期限
        </label>
        <JapaneseDateInput id={ids.due} className={controlClass} value={dueOn} onChange={setDueOn} />
      </div>
      <button type="submit" className={primaryButtonClass} disabled={add.isPending}>
        追加
      </button>
      {add.isError ? (
        <div className="basis-full">
          <ErrorAlert error={add.error} />
        </div>
      ) : null}
    </form>
  );
}

function MeetingRecord({ meeting }: { meeting: MeetingDetail }) {
  const user = useCurrentUser();
  const officer = user.role === 'admin' || user.role === 'talent_officer';
  const remove = useDeleteMeeting(meeting.id);
  const navigate = useNavigate();
  const hours = timeRangeLabel(meeting);
  return (
    <>
      <Breadcrumbs
        items={[{ to: '/meetings', label: '会議' }, { label: `${meeting.title}（${meeting.heldOnLabel}）` }]}
      />
      <PageHeading title={meeting.title} />
      {officer ? (
        <RecordActions
          confirmTitle="この会議を削除しますか？"
          remove={remove}
          onDeleted={() => navigate('/meetings', { replace: true })}
        >
          <p>
            「{meeting.title}」（{meeting.heldOnLabel}
            ）を、出席と資料の記録とともに削除します。招待した団体には取消を通知します。元に戻せません。
          </p>
        </RecordActions>
      ) : null}
      <WithHistoryTab kind="meetings" id={meeting.id} label="会議の表示">
        <dl className="mt-4 grid grid-cols-[8rem_1fr] gap-x-4 gap-y-1">
          <dt className="font-bold">種別</dt>
          <dd>{meeting.kindLabel}</dd>
          {meeting.theme ? (
            <>
              <dt className="font-bold">テーマ</dt>
              <dd>{meeting.theme}</dd>
            </>
          ) : null}
          <dt className="font-bold">開催日</dt>
          <dd>
            {meeting.heldOnLabel}（{formatFiscalYear(meeting.fiscalYear)}）
          </dd>
          {hours ? (
            <>
              <dt className="font-bold">時刻</dt>
              <dd>{hours}</dd>
            </>
          ) : null}
          {meeting.location ? (
            <>
              <dt className="font-bold">場所・方法</dt>
              <dd>{meeting.location}</dd>
            </>
          ) : null}
        </dl>
        <section aria-labelledby="meeting-agenda" className="mt-8">
          <h2 id="meeting-agenda" className="text-std-20B-150">
            議題
          </h2>
          {meeting.agenda.length === 0 ? (
            <p className="mt-2 text-solid-gray-700">議題の記録はありません。</p>
          ) : (
            <ol className="mt-2 list-decimal space-y-1 pl-6">
              {meeting.agenda.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="meeting-minutes" className="mt-8">
          <h2 id="meeting-minutes" className="text-std-20B-150">
            議事録
          </h2>
          <Minutes meeting={meeting} editable={officer} />
        </section>
        <section aria-labelledby="meeting-commitments" className="mt-8">
          <h2 id="meeting-commitments" className="text-std-20B-150">
            決定事項・コミットメント
          </h2>
          <CommitmentsTable items={meeting.commitments} caption="この会議の決定事項・コミットメント" />
          {officer ? <AddCommitment meetingId={meeting.id} /> : null}
        </section>
        <MaterialsSection meeting={meeting} />
        <section aria-labelledby="meeting-attendees" className="mt-8">
          <h2 id="meeting-attendees" className="text-std-20B-150">
            出席（{meeting.attendees.length}）
          </h2>
          {meeting.attendees.length === 0 ? (
            <p className="mt-2 text-solid-gray-700">出席の記録はありません。</p>
          ) : (
            <div
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
              tabIndex={0}
              className="mt-2 overflow-x-auto rounded-8 border border-solid-gray-200"
            >
              <table className="w-full border-collapse">
                <caption className="sr-only">出席者</caption>
                <thead className="bg-solid-gray-50">
                  <tr>
                    <th scope="col" className="px-3 py-2 text-left">
                      団体
                    </th>
                    <th scope="col" className="px-3 py-2 text-left">
                      職名
                    </th>
                    <th scope="col" className="px-3 py-2 text-left">
                      氏名
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {meeting.attendees.map((a) => (
                    <tr
                      key={`${a.orgCode ?? a.organisationName}-${a.personName}-${a.title}`}
                      className="border-t border-solid-gray-200"
                    >
                      <th scope="row" className="px-3 py-1 text-left font-normal">
                        {a.organisationName}
                      </th>
                      <td className="px-3 py-1">{a.title || EMPTY_MARK}</td>
                      <td className="px-3 py-1">{a.personName || EMPTY_MARK}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </WithHistoryTab>
    </>
  );
}

/** A meeting's record: agenda, minutes, commitments (closable by those allowed), materials, attendance. */
export function MeetingDetailPage() {
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  if (meeting.isPending) return <Loading />;
  if (meeting.isError) return <ErrorAlert error={meeting.error} />;
  return <MeetingRecord meeting={meeting.data} />;
}
