import { EMPTY_MARK } from '../../../domain/japanese-date.ts';
import type { Dashboard } from './dashboard-queries.ts';

function Card({ title, value, detail }: { title: string; value: string; detail?: string }) {
  return (
    <li className="min-w-52 flex-1 rounded-12 border border-solid-gray-200 bg-white px-5 py-4 shadow-1">
      <span className="block text-std-16B-170 text-solid-gray-700">{title}</span>
      <span className="block text-std-28B-150 text-blue-1000">{value}</span>
      {detail ? <span className="block text-dns-14N-130 text-solid-gray-700">{detail}</span> : null}
    </li>
  );
}

/** The headline figures of the 年度. */
export function SummaryCards({ d }: { d: Dashboard }) {
  const year = d.placement.find((p) => p.fiscalYear === d.fiscalYear);
  const participating = d.participation.find((p) => p.fiscalYear === d.fiscalYear)?.municipalities ?? 0;
  const [pref, fixedTerm, municipal] = d.people.byCategory;
  return (
    <ul className="mt-4 flex flex-wrap gap-4" aria-label={`${d.label}の主な数字`}>
      <Card title="人材シェア参画市町" value={`${participating}市町`} />
      <Card
        title="共通人材"
        value={`${d.people.total}名`}
        detail={`県情報職等 ${(pref?.count ?? 0) + (fixedTerm?.count ?? 0)}名・市町職員 ${municipal?.count ?? 0}名`}
      />
      <Card
        title="市町への配属"
        value={year ? `${year.municipalityCount}市町${year.municipalPrefFte}名` : EMPTY_MARK}
        detail={year ? `共通人材 合計 ${year.prefFte}名・市町情報職相当 ${year.municipalTotal}名` : undefined}
      />
      <Card
        title="ポスト"
        value={year ? `${year.filledPosts} / ${year.posts}` : EMPTY_MARK}
        detail="配属あり / 年度内のポスト"
      />
      <Card
        title="対応中のコミットメント"
        value={`${d.commitments.open}件`}
        detail={d.commitments.overdue > 0 ? `うち期限超過 ${d.commitments.overdue}件` : '期限超過なし'}
      />
    </ul>
  );
}
