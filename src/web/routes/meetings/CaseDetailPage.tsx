import { Link, useParams } from 'react-router';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../domain/community.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { Facts } from '../../components/Facts.tsx';
import { ErrorSummary, FormActions, SelectField, TextAreaField } from '../../components/FormField.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { useDraftForm } from '../../components/use-draft-form.ts';
import { type CommunityCase, useCase, useUpdateCase } from './cases-queries.ts';
import { PracticePicker } from './PracticePicker.tsx';

type Draft = { status: CaseStatus; response: string; practice: { id: number; title: string } | null };

const LABELS = { status: '対応状況', response: '対応内容', practiceId: '結び付ける好事例' };

/** Who is offered the form (the API decides): the office, HR, the body's DX staff, and members who may have reported it. */
function mayOfferUpdate(user: ReturnType<typeof useCurrentUser>, c: CommunityCase): boolean {
  if (user.role === 'admin' || user.role === 'talent_officer' || user.role === 'member') return true;
  return (
    (user.role === 'municipal_manager' || user.role === 'municipal_staff') && user.body.code === c.orgCode
  );
}

function ClosureForm({ c }: { c: CommunityCase }) {
  const update = useUpdateCase(c.id, c.version);
  const form = useDraftForm<Draft>(
    { status: c.status, response: c.response, practice: c.practice },
    update.error,
  );
  const saved = update.isSuccess && !update.isPending;
  return (
    <form
      className="mt-4 max-w-3xl space-y-4 rounded-8 bg-solid-gray-50 p-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!form.begin([])) return;
        update.mutate({
          status: form.draft.status,
          response: form.draft.response,
          practiceId: form.draft.practice?.id ?? null,
        });
      }}
    >
      <ErrorSummary failure={form.failure} attempt={form.attempt} labels={LABELS} fieldId={form.fieldId} />
      <SelectField
        {...form.bind('status')}
        label={LABELS.status}
        options={(Object.keys(CASE_STATUS_LABELS) as CaseStatus[]).map((s) => ({
          value: s,
          label: CASE_STATUS_LABELS[s],
        }))}
        className="w-56"
      />
      <TextAreaField
        {...form.bind('response')}
        label={LABELS.response}
        hint="解決にするときは必ず入力してください。配属先に共有されます。"
        maxLength={8000}
      />
      <PracticePicker
        id={form.fieldId('practiceId')}
        value={form.draft.practice}
        onChange={(p) => form.set('practice', p)}
        errors={form.errorsOf('practiceId')}
      />
      <FormActions submitLabel="対応を保存" pending={update.isPending} cancelTo="/meetings/cases" />
      {saved ? <p role="status">保存しました。</p> : null}
    </form>
  );
}

/** /meetings/cases/:id — a case or problem from a post, its closure and the good practice that answers it. */
export function CaseDetailPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const found = useCase(id);
  const c = found.data;
  return (
    <>
      <Breadcrumbs
        items={[
          { to: '/meetings', label: '会議' },
          { to: '/meetings/cases', label: '好事例・課題' },
          { label: c?.title ?? '事例・課題' },
        ]}
      />
      <PageHeading title={c?.title ?? '事例・課題'} />
      {found.isPending ? <Loading /> : null}
      {found.isError ? <ErrorAlert error={found.error} /> : null}
      {c ? (
        <>
          <Facts
            rows={[
              ['種別', c.kindLabel],
              ['団体（配属先）', c.orgName],
              ['報告', `${c.reportedOnLabel}・${c.reporterName}`],
              ['対応状況', c.statusLabel],
              ...(c.resolvedOnLabel ? ([['解決日', c.resolvedOnLabel]] as const) : []),
              [
                '結び付いた好事例',
                c.practice ? (
                  <Link key="practice" to={`/practices/${c.practice.id}`}>
                    {c.practice.title}
                  </Link>
                ) : (
                  '—'
                ),
              ],
            ]}
          />
          <h2 className="mt-6 text-std-20B-150">内容</h2>
          <p className="mt-2 whitespace-pre-wrap">{c.body}</p>
          <h2 className="mt-6 text-std-20B-150">対応内容</h2>
          <p className="mt-2 whitespace-pre-wrap">{c.response || 'まだ記録されていません。'}</p>
          {mayOfferUpdate(user, c) ? (
            <section aria-labelledby="case-closure" className="mt-8">
              <h2 id="case-closure" className="text-std-20B-150">
                対応を記録する
              </h2>
              <ClosureForm key={c.version} c={c} />
            </section>
          ) : null}
        </>
      ) : null}
      <p className="mt-8">
        <Link to="/meetings/cases">好事例・課題の一覧へ戻る</Link>
      </p>
    </>
  );
}
