import { mainPostIn } from '../../../domain/assignment-timeline.ts';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { postTitleText } from '../../../domain/post-priority.ts';

/** An assignment as the career page lists it. */
type CareerAssignment = {
  id: string;
  postId: string;
  postTitle: string;
  unit: string;
  org: { name: string };
  fte: number;
  startFiscalYear: number;
  endFiscalYear: number | null;
  status: 'actual' | 'planned';
};

/**
 * The path the accepted placement plans lay out across the coming 年度: from the 年度 before the first
 * planned one to the last, the post held each year — a planned move, or the current post continued.
 * Same reading as the matching's (src/domain/assignment-timeline.ts): a later row replaces an earlier one.
 */
export function PlannedPath({ assignments }: { assignments: readonly CareerAssignment[] }) {
  const planned = assignments.filter((a) => a.status === 'planned');
  const heading = <h3 className="mt-6 text-std-18B-160">今後の配置計画（年度ごと）</h3>;
  if (planned.length === 0) {
    return (
      <>
        {heading}
        <p className="mt-3">採用された配置計画に、この人材の予定の配属はありません（現在のポストに継続）。</p>
      </>
    );
  }
  const rows = assignments.map((a) => ({
    postId: a.postId,
    start: a.startFiscalYear,
    end: a.endFiscalYear,
    fte: a.fte,
    status: a.status,
  }));
  const first = Math.min(...planned.map((a) => a.startFiscalYear));
  const last = Math.max(...planned.map((a) => a.startFiscalYear));
  const years = Array.from({ length: last - first + 2 }, (_, k) => first - 1 + k);
  return (
    <>
      {heading}
      <ol className="mt-3 space-y-1">
        {years.map((fy) => {
          const held = mainPostIn(rows, fy);
          const a = held
            ? assignments.find((x) => x.postId === held.postId && x.startFiscalYear === held.start)
            : undefined;
          const what = a ? `${a.org.name} ${postTitleText(a.unit, a.postTitle)}` : '配属なし';
          const kind = !held
            ? ''
            : held.status === 'planned' && held.start === fy
              ? '（計画：異動・配置）'
              : held.status === 'planned'
                ? '（計画：継続）'
                : '（実績）';
          return (
            <li key={fy}>
              <span className="font-bold">{formatFiscalYear(fy)}</span>：{what}
              {kind}
            </li>
          );
        })}
      </ol>
    </>
  );
}
