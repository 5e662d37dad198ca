import { useNavigate, useParams } from 'react-router';
import { mayEditRecordOf } from '../../auth/access.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Forbidden, Loading } from '../../components/StatusMessages.tsx';
import { useCreateSystem, useSystem, useUpdateSystem } from './inventory-queries.ts';
import { SystemForm } from './SystemForm.tsx';
import { draftOfSystem, emptySystemDraft } from './system-form.ts';

const LIST = { label: '情報システム台帳', to: '/inventory' };

/** /inventory/new: registers a system in the user's body's 台帳 (admins choose the body). */
export function SystemNewPage() {
  const user = useCurrentUser();
  const create = useCreateSystem();
  const navigate = useNavigate();
  return (
    <>
      <Breadcrumbs items={[LIST, { label: 'システムを登録' }]} />
      <PageHeading title="情報システムを登録" />
      <SystemForm
        initial={emptySystemDraft(user.body.code)}
        submitLabel="登録する"
        pending={create.isPending}
        error={create.error}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (saved) => navigate(`/inventory/${saved.id}`, { replace: true }),
          })
        }
        cancelTo="/inventory"
      />
    </>
  );
}

/** /inventory/:id/edit: corrects a system of a body the user keeps the 台帳 of. */
export function SystemEditPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const system = useSystem(id);
  const update = useUpdateSystem(id, system.data?.version);
  const navigate = useNavigate();
  const s = system.data;
  return (
    <>
      <Breadcrumbs
        items={[LIST, { label: s?.name ?? '情報システム', to: `/inventory/${id}` }, { label: '編集' }]}
      />
      <PageHeading title={s ? `${s.name}を編集` : '情報システムを編集'} />
      {system.isPending ? <Loading /> : null}
      {system.isError ? <ErrorAlert error={system.error} /> : null}
      {s && !mayEditRecordOf(user, s.orgCode) ? <Forbidden /> : null}
      {s && mayEditRecordOf(user, s.orgCode) ? (
        <SystemForm
          key={s.id}
          initial={draftOfSystem(s)}
          submitLabel="保存する"
          pending={update.isPending}
          error={update.error}
          onSubmit={(input) =>
            update.mutate(input, { onSuccess: () => navigate(`/inventory/${id}`, { replace: true }) })
          }
          cancelTo={`/inventory/${id}`}
        />
      ) : null}
    </>
  );
}
