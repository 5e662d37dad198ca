import { useId, useMemo } from 'react';
import { EMPTY_MARK } from '../../../domain/japanese-date.ts';
import { CHART_COLORS, type ChartOption, EChart } from '../dashboard/EChart.tsx';
import { FigureTable } from '../dashboard/FigureTable.tsx';
import type { Projection } from './workforce-queries.ts';

const n1 = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const signed = (n: number) => (n > 0 ? `+${n1(n)}` : n < 0 ? `▲${n1(-n)}` : '0');

/** The projection as a chart of totals, a table per 年度, the gap per job type, and the assumptions. */
export function ProjectionView({ p }: { p: Projection }) {
  const totalsId = useId();
  const option = useMemo<ChartOption>(
    () => ({
      legend: { bottom: 0 },
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 24, bottom: 56 },
      xAxis: { type: 'category', data: p.totals.map((t) => t.label) },
      yAxis: { type: 'value', name: '人' },
      series: [
        { type: 'bar', name: '需要', data: p.totals.map((t) => t.need), color: CHART_COLORS.orange },
        {
          type: 'bar',
          name: '供給（年度末）',
          data: p.totals.map((t) => t.supply),
          color: CHART_COLORS.blue,
        },
        { type: 'line', name: '過不足', data: p.totals.map((t) => t.gap), color: CHART_COLORS.green },
      ],
    }),
    [p.totals],
  );
  const gapRows = p.jobTypes.map((j) => [
    j.name,
    ...p.years.map((y) => {
      const c = p.cells.find((x) => x.fiscalYear === y.fiscalYear && x.jobType === j.code);
      return c ? `${signed(c.gap)}（需要${n1(c.need)}／供給${n1(c.supply)}）` : EMPTY_MARK;
    }),
  ]);
  return (
    <>
      <section aria-labelledby="wf-totals" className="mt-8">
        <h2 id="wf-totals" className="text-std-20B-150">
          全体の需給
        </h2>
        <EChart
          option={option}
          label="年度ごとの需要・供給・過不足のグラフ。数値は下の表のとおり。"
          describedBy={totalsId}
        />
        <FigureTable
          id={totalsId}
          caption="年度ごとの需給（人）"
          head={['年度', '需要', '年度当初', '採用', '離職見込み', '供給（年度末）', '過不足']}
          rows={p.totals.map((t) => [
            t.label,
            n1(t.need),
            n1(t.start),
            n1(t.hires),
            n1(t.leavers),
            n1(t.supply),
            signed(t.gap),
          ])}
        />
      </section>
      <section aria-labelledby="wf-jobtypes" className="mt-10">
        <h2 id="wf-jobtypes" className="text-std-20B-150">
          ジョブタイプ別の過不足
        </h2>
        <p className="mt-1 text-solid-gray-700">＋は余裕、▲は不足（供給−需要）。</p>
        <FigureTable
          caption="ジョブタイプ別・年度別の過不足"
          captionHidden
          head={['ジョブタイプ', ...p.years.map((y) => y.label)]}
          rows={gapRows}
        />
      </section>
      <section aria-labelledby="wf-assumptions" className="mt-10">
        <h2 id="wf-assumptions" className="text-std-20B-150">
          前提
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {p.assumptions.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="wf-targets" className="mt-10">
        <h2 id="wf-targets" className="text-std-20B-150">
          目指す組織体制（需要に含めるもの）
        </h2>
        {p.targets.length === 0 ? (
          <p className="mt-2 text-solid-gray-700">登録はありません。</p>
        ) : (
          <FigureTable
            caption="目指す組織体制"
            captionHidden
            head={['団体・役割', '目標年度', '区分', 'ジョブタイプ', '人数']}
            rows={p.targets.map((t) => [
              `${t.orgName} ${t.roleName}`,
              t.label,
              t.staffKind === 'it' ? '情報システム人材' : '行政職',
              t.jobTypeName ?? '（対象外）',
              `${t.count}名`,
            ])}
          />
        )}
      </section>
    </>
  );
}
