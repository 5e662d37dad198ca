import { Link } from 'react-router';
import type { RunResult } from './matching-queries.ts';
import { PriorityBadge } from './ProposalsTable.tsx';

const th = 'border-b-2 border-solid-gray-600 px-4 py-2 text-left font-bold whitespace-nowrap';
const td = 'border-b border-solid-gray-200 px-4 py-2 align-top';

type TierLoss = { label: string; count: number };

/** "+35点" and, when tiers would lose slots, "（必須の空き枠 +1）". */
function costText(extraCost: number, losses: readonly TierLoss[]): string {
  const points = `${extraCost >= 0 ? '+' : ''}${extraCost.toLocaleString('ja-JP')}点`;
  const tiers = losses.map((l) => `${l.label}の空き枠 ${l.count > 0 ? '+' : ''}${l.count}`).join('、');
  return tiers ? `${points}（${tiers}）` : points;
}

/** Hard rules (and locks) that could not all hold: shown first, and acceptance is refused. */
export function ConflictsAlert({ conflicts }: { conflicts: RunResult['conflicts'] }) {
  if (conflicts.length === 0) return null;
  return (
    <div role="alert" className="mt-4 rounded-8 border-2 border-error-1 bg-red-50 px-4 py-3 text-error-2">
      <p className="font-bold">
        必ず守るルールを満たせない点が{conflicts.length}件あります。この配置案は採用できません。
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {conflicts.map((c) => (
          <li key={`${c.rule}-${c.message}`}>
            {c.message}
            {c.rule ? `（ルール「${c.rule}」）` : ''}
            {c.people.length ? ` 対象: ${c.people.join('、')}` : ''}
          </li>
        ))}
      </ul>
      <p className="mt-2">
        <Link to="/matching/rules" className="text-error-2">
          配置のルールを見直す
        </Link>
      </p>
    </div>
  );
}

/** Each empty post: its priority and why it stayed empty — nobody allowed (by which rule) or the cost of filling it. */
export function UnfilledPosts({ posts }: { posts: RunResult['unfilledPosts'] }) {
  return (
    <section aria-labelledby="unfilled-heading">
      <h3 id="unfilled-heading" className="text-std-18B-160">
        空いたポストとその理由（{posts.length}件）
      </h3>
      {posts.length === 0 ? (
        <p className="mt-2">すべてのポストに配置しています。</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {posts.map((p) => (
            <li key={p.postId} className="rounded-8 border border-solid-gray-200 p-3">
              <p className="text-std-16B-170">
                <PriorityBadge label={p.priorityLabel} /> {p.orgName} {p.postTitle}
              </p>
              {p.why ? (
                <>
                  <p className="mt-1">{p.why.summary}</p>
                  {p.why.fill && !p.why.fill.proven ? (
                    <p className="text-dns-14N-130 text-solid-gray-700">
                      （計算の上限で打ち切ったため、より良い埋め方があり得ます）
                    </p>
                  ) : null}
                  {p.why.blockers.length > 0 ? (
                    <details className="mt-1">
                      <summary className="cursor-pointer">配置できない職員とルール</summary>
                      <ul className="mt-1 list-disc pl-6">
                        {p.why.blockers.map((b) => (
                          <li key={b.reason}>
                            {b.reason}：{b.people.join('、')}（{b.people.length}人）
                          </li>
                        ))}
                      </ul>
                    </details>
                  ) : null}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const WISH_TEXT: Record<RunResult['people'][number]['wishes'][number]['outcome'], string> = {
  granted: '希望どおり',
  forbidden: '不可',
  costly: '可能',
  noPost: 'ポストなし',
};

/** Per person: where the plan puts them, the best other post and its exact extra cost, and each wish. */
export function PeopleAlternatives({ people }: { people: RunResult['people'] }) {
  return (
    <section aria-labelledby="alternatives-heading">
      <h3 id="alternatives-heading" className="text-std-18B-160">
        選ばなかった案（人材ごと）
      </h3>
      <p className="mt-1 text-std-16N-170 text-solid-gray-700">
        次善の案は、その人材を別のポストに配置したときの最善の配置案で、増える点数は厳密な計算値です。勤務希望の団体に配置しなかった理由も示します。
      </p>
      <div className="mt-3 overflow-x-auto">
        <table className="border-collapse text-std-16N-170">
          <caption className="sr-only">選ばなかった案（人材ごと）</caption>
          <thead className="bg-solid-gray-50">
            <tr>
              <th scope="col" className={th}>
                氏名
              </th>
              <th scope="col" className={th}>
                次善の案（増える点数）
              </th>
              <th scope="col" className={th}>
                勤務希望
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.personId}>
                <th scope="row" className={`${td} text-left font-normal whitespace-nowrap`}>
                  {p.personName}
                </th>
                <td className={td}>
                  {p.placedBy ? (
                    <span>{p.placedBy}で配置（動かしません）</span>
                  ) : p.alternative ? (
                    <span>
                      {p.alternative.orgName} {p.alternative.postTitle}：
                      {costText(p.alternative.extraCost, p.alternative.tierLosses)}
                      {p.alternative.changes.length > 1
                        ? `、ほか${p.alternative.changes.length - 1}人が動く`
                        : ''}
                    </span>
                  ) : (
                    <span>ほかに配置できるポストはありません</span>
                  )}
                </td>
                <td className={td}>
                  <ul className="space-y-1">
                    {p.wishes.map((w) => (
                      <li key={w.orgCode}>
                        {w.orgName}：{WISH_TEXT[w.outcome]}
                        {w.outcome === 'costly' && w.extraCost !== null
                          ? `（${costText(w.extraCost, w.tierLosses)}）`
                          : ''}
                        {w.rules.length > 0 ? ` — ${w.rules.join('、')}` : ''}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** People a hard rule keeps out of every post, and the rules the run used. */
export function RulesInForce({ result }: { result: RunResult }) {
  return (
    <section aria-labelledby="rules-heading">
      <h3 id="rules-heading" className="text-std-18B-160">
        この計算で従ったルール（{result.rules.length}件）
      </h3>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {result.rules.map((r) => (
          <li key={r.id}>
            {r.description}（{r.enforcement === 'hard' ? '必ず守る' : '減点'}）
          </li>
        ))}
      </ul>
      {result.notCandidates.length > 0 ? (
        <>
          <h4 className="mt-4 text-std-16B-170">
            ルールにより対象外の人材（{result.notCandidates.length}名）
          </h4>
          <ul className="mt-1 list-disc pl-6">
            {result.notCandidates.map((n) => (
              <li key={n.personId}>
                {n.personName}：ルール「{n.rule}」
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="mt-2">
        <Link to="/matching/rules">配置のルールを確認・変更する</Link>
      </p>
    </section>
  );
}
