import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { PersonView } from './PersonView.tsx';
import { useOwnPerson, usePerson } from './people-queries.ts';

/** マイページ (/me): a member's own profile, allowance, preferences and career. */
export function MyProfilePage() {
  const own = useOwnPerson(true);
  return (
    <>
      <PageHeading title="マイページ" />
      {own.isPending ? <Loading /> : null}
      {own.isError ? <ErrorAlert error={own.error} /> : null}
      {own.data === null ? (
        <p className="mt-4">
          このアカウントに紐付いた人材の登録がありません。人材機構にお問い合わせください。
        </p>
      ) : null}
      {own.data ? <OwnPerson id={own.data.id} /> : null}
    </>
  );
}

/** The member's own record, loaded like any person page (so edits refresh it). */
function OwnPerson({ id }: { id: string }) {
  const person = usePerson(id);
  if (person.isPending) return <Loading />;
  if (person.isError) return <ErrorAlert error={person.error} />;
  return (
    <>
      <p className="mt-2 text-std-18B-160">{person.data.name}</p>
      <PersonView person={person.data} />
    </>
  );
}
