import { useNavigate, useParams } from 'react-router';
import { mayEditRecordOf } from '../../auth/access.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Forbidden, Loading } from '../../components/StatusMessages.tsx';
import { PracticeForm } from './PracticeForm.tsx';
import { draftOfPractice, emptyPracticeDraft, toNewPractice, toPracticeChange } from './practice-form.ts';
import { useCreatePractice, usePractice, useUpdatePractice } from './practices-queries.ts';

const LIST = { label: 'DX施策・好事例', to: '/practices' };

/** /practices/new: registers an initiative of the user's body (admins choose the body). */
export function PracticeNewPage() {
  const user = useCurrentUser();
  const create = useCreatePractice();
  const navigate = useNavigate();
  return (
    <>
      <Breadcrumbs items={[LIST, { label: '施策を登録' }]} />
      <PageHeading title="DX施策・好事例を登録" />
      <PracticeForm
        initial={emptyPracticeDraft(user.body.code)}
        chooseBody={user.role === 'admin'}
        submitLabel="登録する"
        pending={create.isPending}
        error={create.error}
        onSubmit={(draft) =>
          create.mutate(toNewPractice(draft), {
            onSuccess: (saved) => navigate(`/practices/${saved.id}`, { replace: true }),
          })
        }
        cancelTo="/practices"
      />
    </>
  );
}

/** /practices/:id/edit: corrects an initiative of a body the user keeps the records of. */
export function PracticeEditPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const practice = usePractice(id);
  const update = useUpdatePractice(id, practice.data?.version);
  const navigate = useNavigate();
  const p = practice.data;
  const mayEdit = p !== undefined && mayEditRecordOf(user, p.orgCode);
  return (
    <>
      <Breadcrumbs items={[LIST, { label: p?.title ?? '施策', to: `/practices/${id}` }, { label: '編集' }]} />
      <PageHeading title={p ? `${p.title}を編集` : '施策を編集'} />
      {practice.isPending ? <Loading /> : null}
      {practice.isError ? <ErrorAlert error={practice.error} /> : null}
      {p && !mayEdit ? <Forbidden /> : null}
      {p && mayEdit ? (
        <PracticeForm
          key={p.id}
          initial={draftOfPractice(p)}
          chooseBody={false}
          submitLabel="保存する"
          pending={update.isPending}
          error={update.error}
          onSubmit={(draft) =>
            update.mutate(toPracticeChange(draft), {
              onSuccess: () => navigate(`/practices/${id}`, { replace: true }),
            })
          }
          cancelTo={`/practices/${id}`}
        />
      ) : null}
    </>
  );
}
