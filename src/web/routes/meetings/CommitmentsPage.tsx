import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { CommitmentsTable } from './CommitmentsTable.tsx';
import { useCommitments } from './meetings-queries.ts';

const FILTERS = [
  ['open', '対応中'],
  ['overdue', '期限超過'],
  ['done', '完了'],
  ['cancelled', '取りやめ'],
  ['all', 'すべて'],
] as const;
type Filter = (typeof FILTERS)[number][0];
const isFilter = (v: string | null): v is Filter => FILTERS.some(([f]) => f === v);

/** 決定事項・コミットメント: tracked to closure; the overdue ones on their own. */
export function CommitmentsPage() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const filter: Filter = isFilter(raw) ? raw : 'open';
  const commitments = useCommitments(filter);
  const selectId = useId();
  const label = FILTERS.find(([f]) => f === filter)?.[1] ?? '';
  return (
    <>
      <Breadcrumbs items={[{ to: '/meetings', label: '会議' }, { label: '決定事項・コミットメント' }]} />
      <PageHeading title="決定事項・コミットメント" />
      <div className="mt-4 w-56">
        <label htmlFor={selectId} className={labelClass}>
          状態
        </label>
        <select
          id={selectId}
          className={controlClass}
          value={filter}
          onChange={(e) => setParams({ status: e.target.value }, { replace: true })}
        >
          {FILTERS.map(([f, l]) => (
            <option key={f} value={f}>
              {l}
            </option>
          ))}
        </select>
      </div>
      {commitments.isPending ? <Loading /> : null}
      {commitments.isError ? <ErrorAlert error={commitments.error} /> : null}
      {commitments.data ? (
        <>
          <p role="status" className="mt-6">
            <strong className="text-std-18B-160">
              {label} {commitments.data.total}件
            </strong>
          </p>
          <CommitmentsTable items={commitments.data.items} caption={`${label}のコミットメント`} showMeeting />
        </>
      ) : null}
    </>
  );
}
