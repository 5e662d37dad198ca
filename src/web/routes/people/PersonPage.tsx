import { useParams } from 'react-router';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { WithHistoryTab } from '../history/WithHistoryTab.tsx';
import { PersonView } from './PersonView.tsx';
import { usePerson } from './people-queries.ts';

/** A person (/people/:id): everything the signed-in user may see of them. */
export function PersonPage() {
  const { id = '' } = useParams();
  const person = usePerson(id);
  const name = person.data?.name ?? '人材の詳細';
  return (
    <>
      <Breadcrumbs
        items={[{ label: 'ホーム', to: '/' }, { label: '人材', to: '/people' }, { label: name }]}
      />
      <PageHeading title={name} />
      {person.isPending ? <Loading /> : null}
      {person.isError ? <ErrorAlert error={person.error} /> : null}
      {person.data ? (
        <WithHistoryTab kind="people" id={person.data.id} label="人材の表示">
          <PersonView person={person.data} />
        </WithHistoryTab>
      ) : null}
    </>
  );
}
