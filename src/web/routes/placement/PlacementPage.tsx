import { useId, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { DataYearNotice, useFiscalYear } from '../../components/fiscal-year.tsx';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { useOrgs } from '../orgs/orgs-queries.ts';
import { PlacementSummaryTable } from './PlacementSummaryTable.tsx';
import { PostPriorityForm } from './PostPriorityForm.tsx';
import { planColumns, postColumns } from './placement-columns.tsx';
import { useAssignments, usePlacementSummary, usePosts } from './placement-queries.ts';

const POST_SORTING = [{ id: 'org', desc: false }];
const PLAN_SORTING = [{ id: 'org', desc: false }];

/**
 * 配置状況: for a 年度, the table of p.20 (who is placed where, computed from the assignments), the posts
 * of every body with their holders (p.13), and the planned assignments of the 年度.
 */
export function PlacementPage() {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const { fiscalYear } = useFiscalYear();
  const orgFilter = params.get('org') ?? '';
  const year = formatFiscalYear(fiscalYear);
  const summary = usePlacementSummary(fiscalYear);
  const previous = usePlacementSummary(fiscalYear - 1);
  const posts = usePosts(fiscalYear);
  const orgs = useOrgs();
  // The planned assignments name people: GET /api/assignments serves every role with a people scope,
  // which a viewer (CDO forum, auditor) does not have.
  const seesPlan = user.role !== 'viewer';
  const plan = useAssignments({ fiscalYear, status: 'planned' }, seesPlan);
  const orgSelectId = useId();

  const codeOfName = useMemo(() => {
    const byName = new Map((orgs.data?.items ?? []).map((o) => [o.name, o.code]));
    return (name: string) => byName.get(name) ?? name;
  }, [orgs.data]);

  const postItems = posts.data?.items;
  const postBodies = useMemo(() => {
    const bodies = new Map<string, string>();
    for (const p of postItems ?? []) bodies.set(p.orgCode, p.orgName);
    return [...bodies].sort(([a], [b]) => a.localeCompare(b));
  }, [postItems]);
  const visiblePosts = useMemo(
    () => (postItems ?? []).filter((p) => orgFilter === '' || p.orgCode === orgFilter),
    [postItems, orgFilter],
  );
  const planItems = plan.data?.items;
  const visiblePlan = useMemo(
    () => (planItems ?? []).filter((a) => orgFilter === '' || a.orgCode === orgFilter),
    [planItems, orgFilter],
  );
  // The API's POST_EDITORS: program-wide roles edit every body's posts, a manager their own body's.
  const editablePosts = useMemo(
    () =>
      visiblePosts.filter(
        (p) =>
          user.role === 'admin' ||
          user.role === 'talent_officer' ||
          (user.role === 'municipal_manager' && user.body.code === p.orgCode),
      ),
    [visiblePosts, user],
  );
  const filledFte = visiblePosts.reduce(
    (s, p) => s + (p.holders.some((h) => h.status === 'actual') ? p.fte : 0),
    0,
  );

  const setParam = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null || value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeading title="配置状況" />
      <p className="mt-2 max-w-4xl text-std-16N-170 text-solid-gray-700">
        共通人材の団体ごとの配属状況、各団体が確保したポスト、年度の配置計画を表示します。数値は配属の記録から集計しています。
      </p>

      <DataYearNotice area="placement" what="配属の記録" />

      <section aria-labelledby="placement-summary" className="mt-8">
        <h2 id="placement-summary" className="text-std-20B-150">
          共通人材の配属状況（{year}）
        </h2>
        <p className="mt-1 text-std-16N-170 text-solid-gray-700">
          県情報職等は勤務割合（例：0.4名）で数えます。「（年度中途）」は年度の途中からの配属を含むことを示します。
        </p>
        {summary.isPending ? <Loading /> : null}
        {summary.isError ? <ErrorAlert error={summary.error} /> : null}
        {summary.data ? (
          <div className="mt-3">
            <PlacementSummaryTable current={summary.data} previous={previous.data} codeOfName={codeOfName} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="placement-posts" className="mt-10">
        <h2 id="placement-posts" className="text-std-20B-150">
          団体のポストと配属（{year}）
        </h2>
        <p className="mt-1 text-std-16N-170 text-solid-gray-700">
          各団体が確保したポスト（部署・職名、優先度、主要業務、求めるジョブタイプ）と、そのポストに配属された共通人材です。部署・職名が決まっていないポストは「未定」と表示します。
        </p>
        <div className="mt-3 w-64">
          <label htmlFor={orgSelectId} className={labelClass}>
            団体で絞り込み
          </label>
          <select
            id={orgSelectId}
            value={orgFilter}
            onChange={(e) => setParam('org', e.target.value)}
            className={controlClass}
          >
            <option value="">すべての団体</option>
            {postBodies.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </div>
        {posts.isPending ? <Loading /> : null}
        {posts.isError ? <ErrorAlert error={posts.error} /> : null}
        {posts.data ? (
          <>
            <p role="status" className="mt-4 mb-2 text-std-16N-170">
              <strong className="text-std-18B-160">{visiblePosts.length}ポスト</strong>
              （配属済み {Math.round(filledFte * 100) / 100}名分）
            </p>
            <DataTable
              caption={`ポストの一覧（${year}）`}
              captionHidden
              data={visiblePosts}
              columns={postColumns}
              getRowId={(p) => p.id}
              initialSorting={POST_SORTING}
              emptyMessage={`${year}のポストはありません。`}
            />
            {editablePosts.length > 0 ? (
              <details className="mt-4">
                <summary className="cursor-pointer text-std-16B-170">ポストの優先度を変更</summary>
                <p className="mt-2 text-std-16N-170 text-solid-gray-700">
                  最適配置は、必須の枠をまず埋め、次に優先の枠を埋め、そのうえで点数の合計が最小になる配置を求めます。
                </p>
                <PostPriorityForm key={`${fiscalYear}-${orgFilter}`} posts={editablePosts} />
              </details>
            ) : null}
          </>
        ) : null}
      </section>

      {seesPlan ? (
        <section aria-labelledby="placement-plan" className="mt-10">
          <h2 id="placement-plan" className="text-std-20B-150">
            配置計画（{year}の予定の配属）
          </h2>
          <p className="mt-1 text-std-16N-170 text-solid-gray-700">
            最適配置で採用した案など、まだ実績になっていない配属の予定です。記載のない人材は現在のポストに継続します。
          </p>
          {plan.isPending ? <Loading /> : null}
          {plan.isError ? <ErrorAlert error={plan.error} /> : null}
          {plan.data ? (
            <div className="mt-3">
              <DataTable
                caption={`${year}の予定の配属`}
                captionHidden
                data={visiblePlan}
                columns={planColumns}
                getRowId={(a) => a.id}
                initialSorting={PLAN_SORTING}
                emptyMessage={`${year}の予定の配属はありません。`}
              />
            </div>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
