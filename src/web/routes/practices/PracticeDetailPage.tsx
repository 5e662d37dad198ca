import { useId, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { EMPTY_MARK, formatDate } from '../../../domain/japanese-date.ts';
import { canAccess, mayEditRecordOf } from '../../auth/access.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { primaryButtonClass, secondaryButtonClass } from '../../components/button-styles.ts';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RecordActions } from '../../components/RecordActions.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { useAddComment, useAdoption, useDeletePractice, usePractice } from './practices-queries.ts';

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)}MB` : `${Math.ceil(bytes / 1024)}KB`;

/** One initiative: its description, attachments, the bodies that adopted it, and comments. */
export function PracticeDetailPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const practice = usePractice(id);
  const comment = useAddComment(id);
  const adoption = useAdoption(id);
  const remove = useDeletePractice(id, practice.data?.version);
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const idBase = useId();
  const p = practice.data;
  const adopted = p?.adoptions.some((a) => a.orgCode === user.body.code) ?? false;
  const mayAdopt = canAccess(user.role, 'imports') && p !== undefined && p.orgCode !== user.body.code;
  const mayComment = user.role !== 'viewer';
  const mayEdit = p !== undefined && mayEditRecordOf(user, p.orgCode);

  return (
    <>
      {practice.isPending ? <Loading /> : null}
      {practice.isError ? <ErrorAlert error={practice.error} /> : null}
      {p ? (
        <>
          <PageHeading title={p.title} />
          <p className="mt-2">
            <Link to="/practices">DX施策・好事例の一覧に戻る</Link>
          </p>
          {mayEdit ? (
            <RecordActions
              editTo={`/practices/${p.id}/edit`}
              confirmTitle="この施策を削除しますか？"
              remove={remove}
              onDeleted={() => navigate('/practices', { replace: true })}
            >
              <p>
                「{p.title}
                」を、添付ファイル・コメント・「導入しました」の記録とともに削除します。元に戻せません。
              </p>
            </RecordActions>
          ) : null}
          <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
            <dt className="font-bold">団体</dt>
            <dd>{p.orgName}</dd>
            <dt className="font-bold">年度</dt>
            <dd>{p.fiscalYearLabel}</dd>
            <dt className="font-bold">登録区分</dt>
            <dd>{p.category}</dd>
            <dt className="font-bold">テーマ</dt>
            <dd>{p.themes.join('、') || EMPTY_MARK}</dd>
            <dt className="font-bold">財源</dt>
            <dd>{p.funding ?? EMPTY_MARK}</dd>
            <dt className="font-bold">状況</dt>
            <dd>{p.status}</dd>
            <dt className="font-bold">問い合わせ先</dt>
            <dd>{p.contact ?? EMPTY_MARK}</dd>
          </dl>
          <h2 className="mt-6 text-std-24B-150">概要</h2>
          <p className="mt-2 whitespace-pre-wrap">{p.summary}</p>
          {p.outcome ? (
            <>
              <h2 className="mt-6 text-std-24B-150">成果</h2>
              <p className="mt-2 whitespace-pre-wrap">{p.outcome}</p>
            </>
          ) : null}

          <h2 className="mt-6 text-std-24B-150">添付ファイル</h2>
          {p.attachments.length === 0 ? <p className="mt-2">ありません。</p> : null}
          <ul className="mt-2 list-disc pl-6">
            {p.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/api/practices/${p.id}/attachments/${a.id}`} download={a.filename}>
                  {a.filename}
                </a>{' '}
                （{size(a.sizeBytes)}）
              </li>
            ))}
          </ul>

          <h2 className="mt-6 text-std-24B-150">うちも導入しました（{p.reuseCount}団体）</h2>
          <ul className="mt-2 list-disc pl-6">
            {p.adoptions.map((a) => (
              <li key={a.orgCode}>
                {a.orgName}
                {a.note ? `：${a.note}` : ''}
              </li>
            ))}
          </ul>
          {mayAdopt ? (
            <button
              type="button"
              className={`${adopted ? secondaryButtonClass : primaryButtonClass} mt-3`}
              disabled={adoption.isPending}
              onClick={() => adoption.mutate({ adopted: !adopted })}
            >
              {adopted ? `${user.body.name}の「導入しました」を取り消す` : `${user.body.name}も導入しました`}
            </button>
          ) : null}
          {adoption.isError ? <ErrorAlert error={adoption.error} /> : null}

          <h2 className="mt-6 text-std-24B-150">コメント（{p.comments.length}件）</h2>
          <ul className="mt-2 flex flex-col gap-2">
            {p.comments.map((c) => (
              <li key={c.id} className="rounded-8 border border-solid-gray-200 p-3">
                <p className="text-dns-14N-130 text-solid-gray-700">
                  {c.orgName}・{c.authorName}・{formatDate(c.createdAt)}
                </p>
                <p className="mt-1 whitespace-pre-wrap">{c.body}</p>
              </li>
            ))}
          </ul>
          {mayComment ? (
            <form
              className="mt-3"
              onSubmit={(e) => {
                e.preventDefault();
                if (text.trim() === '') return;
                comment.mutate(text, { onSuccess: () => setText('') });
              }}
            >
              <label htmlFor={`${idBase}-comment`} className={labelClass}>
                コメント
              </label>
              <textarea
                id={`${idBase}-comment`}
                value={text}
                onChange={(e) => setText(e.target.value)}
                rows={3}
                className={controlClass}
              />
              <button type="submit" className={`${primaryButtonClass} mt-2`} disabled={comment.isPending}>
                コメントする
              </button>
              {comment.isError ? <ErrorAlert error={comment.error} /> : null}
            </form>
          ) : null}
        </>
      ) : null}
    </>
  );
}
