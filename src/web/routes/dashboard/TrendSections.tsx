import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { EMPTY_MARK } from '../../../domain/japanese-date.ts';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { type Dashboard, useSkillDistribution } from './dashboard-queries.ts';
import { CHART_COLORS, type ChartOption, EChart } from './EChart.tsx';
import { FigureTable } from './FigureTable.tsx';

const sectionClass = 'mt-10';
const h2Class = 'text-std-20B-150';

/** Bodies taking part and people placed, per 年度. */
export function PlacementTrend({ d }: { d: Dashboard }) {
  const tableId = useId();
  const option = useMemo<ChartOption>(
    () => ({
      legend: { bottom: 0 },
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 24, bottom: 56 },
      xAxis: { type: 'category', data: d.placement.map((p) => p.label) },
      yAxis: { type: 'value', name: '人・市町', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: '市町への配属（県情報職等）',
          data: d.placement.map((p) => p.municipalPrefFte),
          color: CHART_COLORS.blue,
        },
        {
          type: 'bar',
          name: '市町情報職相当',
          data: d.placement.map((p) => p.municipalTotal),
          color: CHART_COLORS.lightBlue,
        },
        {
          type: 'line',
          name: '配属市町数',
          data: d.placement.map((p) => p.municipalityCount),
          color: CHART_COLORS.orange,
        },
      ],
    }),
    [d.placement],
  );
  return (
    <section aria-labelledby="dash-trend" className={sectionClass}>
      <h2 id="dash-trend" className={h2Class}>
        参画団体・人材とポストの推移
      </h2>
      <EChart
        option={option}
        label="年度ごとの配属人数と配属市町数のグラフ。数値は下の表のとおり。"
        describedBy={tableId}
      />
      <FigureTable
        id={tableId}
        caption="年度ごとの参画団体・配属・ポスト"
        head={[
          '年度',
          '参画市町',
          '配属市町',
          '市町への配属（県情報職等）',
          '共通人材 合計',
          '市町情報職相当',
          'ポスト（配属あり／全体）',
        ]}
        rows={d.placement.map((p) => [
          p.label,
          `${d.participation.find((x) => x.fiscalYear === p.fiscalYear)?.municipalities ?? 0}市町`,
          `${p.municipalityCount}市町`,
          `${p.municipalPrefFte}名`,
          `${p.prefFte}名`,
          `${p.municipalTotal}名`,
          `${p.filledPosts}／${p.posts}`,
        ])}
      />
    </section>
  );
}

/** The competition ratio falling, and applicants per route. */
export function RecruitmentTrend({ d }: { d: Dashboard }) {
  const tableId = useId();
  const { years, ratios, applicants } = d.recruitment;
  const option = useMemo<ChartOption>(
    () => ({
      legend: { bottom: 0 },
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 24, bottom: 56 },
      xAxis: { type: 'category', data: years.map((y) => y.label) },
      yAxis: { type: 'value', name: '倍' },
      series: ratios.map((r, i) => ({
        type: 'line' as const,
        name: `${r.name}の競争倍率`,
        data: r.values,
        connectNulls: false,
        color: i === 0 ? CHART_COLORS.blue : CHART_COLORS.orange,
        label: {
          show: true,
          formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? p.value.toFixed(1) : ''),
        },
      })),
    }),
    [years, ratios],
  );
  return (
    <section aria-labelledby="dash-recruitment" className={sectionClass}>
      <h2 id="dash-recruitment" className={h2Class}>
        採用の推移（競争倍率は低下傾向）
      </h2>
      <EChart
        option={option}
        label="情報職採用試験の競争倍率の推移のグラフ。数値は下の表のとおり。"
        describedBy={tableId}
      />
      <FigureTable
        id={tableId}
        caption="競争倍率（受験者÷最終合格）と受験者・応募者数"
        head={['区分', ...years.map((y) => y.label)]}
        rows={[
          ...ratios.map((r) => [
            `${r.name} 競争倍率`,
            ...r.values.map((v) => (v === null ? EMPTY_MARK : v.toFixed(1))),
          ]),
          ...applicants.map((a) => [
            `${a.name} ${a.route === 'fixed_term' ? '応募者数' : '受験者数'}`,
            ...a.values.map((v) => (v === null ? EMPTY_MARK : `${v}人`)),
          ]),
        ]}
      />
      <p className="mt-2">
        <Link to="/recruitment">採用の詳細（採用実績・計画、採用後の配属と定着）</Link>
      </p>
    </section>
  );
}

/** People per job type with their mean achievement, as the skills feature answers them (SKL). */
export function JobTypeDistribution({ fiscalYear }: { fiscalYear: number }) {
  const tableId = useId();
  const distribution = useSkillDistribution(fiscalYear);
  const rows = distribution.data?.byJobType;
  const option = useMemo<ChartOption | null>(
    () =>
      rows
        ? {
            tooltip: { trigger: 'axis' },
            grid: { left: 190, right: 24, top: 8, bottom: 24 },
            xAxis: { type: 'value', minInterval: 1, name: '人' },
            yAxis: { type: 'category', data: rows.map((r) => r.jobType.name), inverse: true },
            series: [
              {
                type: 'bar',
                name: '人数',
                data: rows.map((r) => r.people),
                color: CHART_COLORS.blue,
                label: { show: true, position: 'right' },
              },
            ],
          }
        : null,
    [rows],
  );
  return (
    <section aria-labelledby="dash-jobtypes" className={sectionClass}>
      <h2 id="dash-jobtypes" className={h2Class}>
        ジョブタイプ別の人数とスキル達成度
      </h2>
      {distribution.isPending ? <Loading /> : null}
      {distribution.isError ? <ErrorAlert error={distribution.error} /> : null}
      {rows && option ? (
        <>
          <EChart
            option={option}
            label="ジョブタイプ別の人数のグラフ。数値は下の表のとおり。"
            describedBy={tableId}
            height={360}
          />
          <FigureTable
            id={tableId}
            caption="ジョブタイプ別の人数と平均達成度"
            captionHidden
            head={['ジョブタイプ', '人数', '評価済み', '平均達成度']}
            rows={rows.map((r) => [
              r.jobType.name,
              `${r.people}名`,
              `${r.assessed}名`,
              r.suppressed
                ? '－（少人数のため非表示）'
                : r.meanAchievement === null
                  ? EMPTY_MARK
                  : `${r.meanAchievement}%`,
            ])}
          />
        </>
      ) : null}
      <p className="mt-2 text-dns-14N-130 text-solid-gray-700">
        スキル分布はデジタルスキルシートの集計（スキル機能）から表示しています。
      </p>
    </section>
  );
}
