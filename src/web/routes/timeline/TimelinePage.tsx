import { useState } from 'react';
import { useCurrentUser } from '../../auth/current-user.ts';
import { secondaryButtonClass } from '../../components/button-styles.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { TimelineEventForm } from './TimelineEventForm.tsx';
import {
  type TimelineEvent,
  useAddTimelineEvent,
  useDeleteTimelineEvent,
  useTimeline,
  useUpdateTimelineEvent,
} from './timeline-queries.ts';

function EventActions({ event }: { event: TimelineEvent }) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const update = useUpdateTimelineEvent(event.id, event.version);
  const remove = useDeleteTimelineEvent(event.id, event.version);
  return (
    <div className="mt-2">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={secondaryButtonClass} onClick={() => setEditing(!editing)}>
          {editing ? '変更をやめる' : '変更'}
          <span className="sr-only">（{event.title}）</span>
        </button>
        <button type="button" className={secondaryButtonClass} onClick={() => setConfirming(true)}>
          削除<span className="sr-only">（{event.title}）</span>
        </button>
      </div>
      {editing ? <TimelineEventForm event={event} save={update} submitLabel="変更を保存" /> : null}
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      <ConfirmDialog
        open={confirming}
        title="この出来事を沿革から削除しますか？"
        confirmLabel="削除する"
        busy={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => remove.mutate(undefined, { onSettled: () => setConfirming(false) })}
      >
        <p>
          「{event.title}」（{event.dateLabel}）を削除します。操作は監査ログに記録されます。
        </p>
      </ConfirmDialog>
    </div>
  );
}

/** 沿革: the programme's events in time order, with the bodies concerned and the page of the programme document. */
export function TimelinePage() {
  const user = useCurrentUser();
  const timeline = useTimeline();
  const add = useAddTimelineEvent();
  const admin = user.role === 'admin';
  return (
    <>
      <PageHeading title="沿革" />
      <p className="mt-2 text-solid-gray-700">
        「DXShip（デジシップ）ひろしま」の経緯です。出典は資料「DXShip（デジシップ）ひろしま」（広島県、令和6年8月）のページです。
      </p>
      {timeline.isPending ? <Loading /> : null}
      {timeline.isError ? <ErrorAlert error={timeline.error} /> : null}
      {timeline.data ? (
        <ol className="mt-6 space-y-3 border-l-4 border-blue-900 pl-4">
          {timeline.data.items.map((e) => (
            <li key={`${e.id}-${e.version}`}>
              <p className="font-bold">
                <time dateTime={e.occurredOn}>{e.dateLabel}</time>　{e.title}
              </p>
              {e.detail ? <p className="mt-1">{e.detail}</p> : null}
              <p className="text-dns-14N-130 text-solid-gray-700">
                {e.bodies.length > 0 ? `関係団体：${e.bodies.map((b) => b.name).join('、')}` : '全体'}
                {e.sourcePage ? `・出典：資料 p.${e.sourcePage}` : ''}
              </p>
              {admin ? <EventActions event={e} /> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {admin ? (
        <section aria-labelledby="timeline-new" className="mt-10">
          <h2 id="timeline-new" className="text-std-20B-150">
            出来事を追加
          </h2>
          <TimelineEventForm key={add.data ? 'added' : 'new'} save={add} submitLabel="追加する" />
          {add.isSuccess ? <p role="status">追加しました。</p> : null}
        </section>
      ) : null}
    </>
  );
}
