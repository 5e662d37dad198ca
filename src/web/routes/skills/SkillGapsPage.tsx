import { EMPTY_MARK } from '../../../domain/japanese-date.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { DataYearNotice, useFiscalYear } from '../../components/fiscal-year.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { type GroupGaps, useOrgGaps, usePoolGaps } from './skills-queries.ts';

const th = 'border-b-2 border-solid-gray-600 px-3 py-2 text-left font-bold whitespace-nowrap';
const td = 'border-b border-solid-gray-200 px-3 py-2 align-top';

/** Roles whose own body's people have gaps to show (GET /api/orgs/{code}/skill-gaps). */
const BODY_ROLES = new Set(['municipal_manager', 'municipal_staff']);

/** A group's gaps by job type: people, assessed, mean achievement, bands and the largest gaps. */
function GroupGapsTable({ caption, data }: { caption: string; data: GroupGaps }) {
  const rows = [{ key: 'overall', label: '全体', figures: data.overall }].concat(
    data.byJobType.map((j) => ({
      key: j.jobType.code,
      label: `${j.jobType.no}. ${j.jobType.name}`,
      figures: j,
    })),
  );
  return (
    <div
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      className="mt-3 overflow-x-auto"
    >
      <table className="border-collapse text-std-16N-170">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-solid-gray-50">
          <tr>
            {[
              'ジョブタイプ',
              '人数',
              '評価済み',
              '平均達成度',
              '達成度の分布',
              '差の大きい項目（差の合計・目標未満の人数）',
            ].map((h) => (
              <th key={h} scope="col" className={th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, figures }) => (
            <tr key={key} className={key === 'overall' ? 'bg-solid-gray-50 font-bold' : ''}>
              <th
                scope="row"
                className={`${td} text-left whitespace-nowrap ${key === 'overall' ? '' : 'font-normal'}`}
              >
                {label}
              </th>
              <td className={`${td} text-right tabular-nums`}>{figures.headcount}名</td>
              <td className={`${td} text-right tabular-nums`}>{figures.assessed}名</td>
              <td className={`${td} text-right tabular-nums`}>
                {figures.suppressed
                  ? '非表示'
                  : figures.meanAchievement === null
                    ? EMPTY_MARK
                    : `${figures.meanAchievement}%`}
              </td>
              <td className={`${td} font-normal`}>
                {figures.suppressed ? (
                  '少人数のため非表示'
                ) : (
                  <ul className="text-dns-14N-130">
                    {figures.bands.map((b) => (
                      <li key={b.label} className="whitespace-nowrap">
                        {b.label}：{b.count}名
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className={`${td} font-normal`}>
                {figures.suppressed || figures.topGaps.length === 0 ? (
                  EMPTY_MARK
                ) : (
                  <ol className="list-decimal pl-5 text-dns-14N-130">
                    {figures.topGaps.map((g) => (
                      <li key={g.itemCode}>
                        {g.name}（{g.summedGap}・{g.peopleBelowTarget}名）
                      </li>
                    ))}
                  </ol>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * スキル: the skill gaps of the whole pool by job type, and for a body's managers and staff the gaps
 * of the people placed at their body — figures without names.
 */
export function SkillGapsPage() {
  const user = useCurrentUser();
  const { fiscalYear } = useFiscalYear();
  const pool = usePoolGaps(fiscalYear);
  const seesBody = BODY_ROLES.has(user.role);
  const body = useOrgGaps(user.body.code, fiscalYear, seesBody);

  return (
    <>
      <PageHeading title="スキル" />
      <p className="mt-2 max-w-4xl text-std-16N-170 text-solid-gray-700">
        デジタルスキルシートにもとづく、ジョブタイプ別の達成度と、目標レベルとの差が大きい項目です。氏名は表示しません。
      </p>
      <DataYearNotice area="skills" what="スキルシート" />
      {seesBody ? (
        <section aria-labelledby="gaps-body" className="mt-8">
          <h2 id="gaps-body" className="text-std-20B-150">
            {user.body.name}に配属された人材のスキルギャップ
          </h2>
          {body.isPending ? <Loading /> : null}
          {body.isError ? <ErrorAlert error={body.error} /> : null}
          {body.data ? (
            <GroupGapsTable caption={`${user.body.name}のスキルギャップ`} data={body.data} />
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="gaps-pool" className="mt-8">
        <h2 id="gaps-pool" className="text-std-20B-150">
          人材プール全体のスキルギャップ
        </h2>
        {pool.isPending ? <Loading /> : null}
        {pool.isError ? <ErrorAlert error={pool.error} /> : null}
        {pool.data ? (
          <GroupGapsTable
            caption={`人材プール全体のスキルギャップ（${pool.data.fiscalYearLabel}）`}
            data={pool.data}
          />
        ) : null}
      </section>
    </>
  );
}
