import { useId, useMemo } from 'react';
import { currentFiscalYear } from '../../../domain/fiscal-year.ts';
import { EMPTY_MARK } from '../../../domain/japanese-date.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { CHART_COLORS, type ChartOption, EChart } from '../dashboard/EChart.tsx';
import { FigureTable } from '../dashboard/FigureTable.tsx';
import { ExamForm } from './ExamForm.tsx';
import { ExamsTable } from './ExamsTable.tsx';
import { useRecruitment } from './recruitment-queries.ts';

/** 採用: exams and plans (p.21), competition ratios (p.22) and the funnel hire → first post → retention. */
export function RecruitmentPage() {
  const user = useCurrentUser();
  const { exams, ratios, funnel } = useRecruitment();
  const ratioTableId = useId();
  const funnelTableId = useId();
  const ratioOption = useMemo<ChartOption | null>(() => {
    if (!ratios.data) return null;
    return {
      legend: { bottom: 0 },
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 24, bottom: 56 },
      xAxis: { type: 'category', data: ratios.data.years.map((y) => y.label) },
      yAxis: { type: 'value', name: '倍' },
      series: ratios.data.routes.map((r, i) => ({
        type: 'line' as const,
        name: r.name,
        data: r.items.map((x) => x.ratio),
        color: i === 0 ? CHART_COLORS.blue : CHART_COLORS.orange,
        label: {
          show: true,
          formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? p.value.toFixed(1) : ''),
        },
      })),
    };
  }, [ratios.data]);
  const funnelOption = useMemo<ChartOption | null>(() => {
    if (!funnel.data) return null;
    const items = funnel.data.items;
    return {
      legend: { bottom: 0 },
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 24, bottom: 56 },
      xAxis: { type: 'category', data: items.map((i) => i.label) },
      yAxis: { type: 'value', minInterval: 1, name: '人' },
      series: [
        { type: 'bar', name: '採用', data: items.map((i) => i.hired), color: CHART_COLORS.lightBlue },
        { type: 'bar', name: '配属', data: items.map((i) => i.placed), color: CHART_COLORS.blue },
        { type: 'bar', name: '在職', data: items.map((i) => i.retained), color: CHART_COLORS.green },
      ],
    };
  }, [funnel.data]);
  const officer = user.role === 'admin' || user.role === 'talent_officer';

  return (
    <>
      <PageHeading title="採用" />
      <p className="mt-2 text-solid-gray-700">
        情報職採用試験と任期付職員採用の実績・計画、競争倍率、採用後の配属と定着です。
      </p>

      <section aria-labelledby="rec-exams" className="mt-8">
        <h2 id="rec-exams" className="text-std-20B-150">
          採用実績・計画
        </h2>
        {exams.isPending ? <Loading /> : null}
        {exams.isError ? <ErrorAlert error={exams.error} /> : null}
        {exams.data ? <ExamsTable data={exams.data} /> : null}
        {officer ? (
          <details className="mt-4">
            <summary className="cursor-pointer text-std-16B-170">採用試験の実績・計画を記録する</summary>
            <ExamForm defaultYear={currentFiscalYear()} />
          </details>
        ) : null}
      </section>

      <section aria-labelledby="rec-ratios" className="mt-10">
        <h2 id="rec-ratios" className="text-std-20B-150">
          情報職採用試験の競争倍率（受験者数÷最終合格者数）
        </h2>
        <p className="mt-1 text-solid-gray-700">
          受験者数÷最終合格者数。競争倍率は低下傾向にあります（資料 p.22）。
        </p>
        {ratios.isError ? <ErrorAlert error={ratios.error} /> : null}
        {ratios.data && ratioOption ? (
          <>
            <EChart
              option={ratioOption}
              label="競争倍率の推移のグラフ。数値は下の表のとおり。"
              describedBy={ratioTableId}
            />
            <FigureTable
              id={ratioTableId}
              caption="競争倍率"
              captionHidden
              head={['区分', ...ratios.data.years.map((y) => y.label)]}
              rows={ratios.data.routes.map((r) => [r.name, ...r.items.map((i) => i.text)])}
            />
          </>
        ) : null}
      </section>

      <section aria-labelledby="rec-funnel" className="mt-10">
        <h2 id="rec-funnel" className="text-std-20B-150">
          採用後の配属と定着（採用年度別）
        </h2>
        <p className="mt-1 text-solid-gray-700">
          県が採用した人材（情報職・任期付）を、人材データベースの配属・在職の記録から数えています。
        </p>
        {funnel.isError ? <ErrorAlert error={funnel.error} /> : null}
        {funnel.data && funnelOption ? (
          <>
            <EChart
              option={funnelOption}
              label="採用年度別の採用・配属・在職の人数のグラフ。数値は下の表のとおり。"
              describedBy={funnelTableId}
            />
            <FigureTable
              id={funnelTableId}
              caption="採用→配属→定着"
              captionHidden
              head={[
                '採用年度',
                '採用（人材DB）',
                '採用者数（試験）',
                '公募（最初の配属 県・市町）',
                '配属あり',
                '最初の配属が市町',
                '在職',
                '定着率',
              ]}
              rows={funnel.data.items.map((i) => [
                i.label,
                `${i.hired}名`,
                i.examHires === null ? EMPTY_MARK : `${i.examHires}名`,
                i.publicHires.total === 0
                  ? EMPTY_MARK
                  : `${i.publicHires.total}名（県${i.publicHires.prefecture}・市町${i.publicHires.municipal}）`,
                `${i.placed}名`,
                `${i.firstPostMunicipal}名`,
                `${i.retained}名`,
                i.retentionPercent === null ? EMPTY_MARK : `${i.retentionPercent.toFixed(1)}%`,
              ])}
            />
          </>
        ) : null}
      </section>
    </>
  );
}
