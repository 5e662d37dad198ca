import { useQuery } from '@tanstack/react-query';
import { api, readJson } from '../../api/client.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { FigureTable } from '../dashboard/FigureTable.tsx';

/** 県・市町CDOフォーラムのメンバー (p.24): 24 bodies and the two associations. */
export function ForumMembersPage() {
  const members = useQuery({
    queryKey: ['forum-members'],
    queryFn: async () => readJson(await api.community['forum-members'].$get()),
  });
  return (
    <>
      <Breadcrumbs items={[{ to: '/meetings', label: '会議' }, { label: 'CDOフォーラムのメンバー' }]} />
      <PageHeading title="県・市町CDOフォーラムのメンバー" />
      <p className="mt-2 text-solid-gray-700">
        県・市町の情報政策に関する責任者（CDO/CIO等）のコミュニティです。
      </p>
      {members.isPending ? <Loading /> : null}
      {members.isError ? <ErrorAlert error={members.error} /> : null}
      {members.data ? (
        <FigureTable
          caption={`メンバー（${members.data.total}団体）`}
          head={['団体名', '職名']}
          rows={members.data.items.map((m) => [m.organisationName, m.title])}
        />
      ) : null}
    </>
  );
}
