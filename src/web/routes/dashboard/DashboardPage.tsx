import { DataYearNotice, useFiscalYear } from '../../components/fiscal-year.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { OpenCommitments, TrainingParticipation } from './ActivitySections.tsx';
import { useDashboard } from './dashboard-queries.ts';
import { MunicipalMap } from './MunicipalMap.tsx';
import { SummaryCards } from './SummaryCards.tsx';
import { JobTypeDistribution, PlacementTrend, RecruitmentTrend } from './TrendSections.tsx';

function DashboardContent({ fiscalYear }: { fiscalYear: number }) {
  const dashboard = useDashboard(fiscalYear);
  if (dashboard.isPending) return <Loading />;
  if (dashboard.isError) return <ErrorAlert error={dashboard.error} />;
  const d = dashboard.data;
  return (
    <>
      <SummaryCards d={d} />
      <section aria-labelledby="dash-map" className="mt-10">
        <h2 id="dash-map" className="text-std-20B-150">
          市町ごとの配属（{d.label}）
        </h2>
        <MunicipalMap bodies={d.map.bodies} yearLabel={d.label} />
      </section>
      <PlacementTrend d={d} />
      <RecruitmentTrend d={d} />
      <JobTypeDistribution fiscalYear={d.fiscalYear} />
      <OpenCommitments d={d} />
      <TrainingParticipation d={d} />
    </>
  );
}

/** ダッシュボード: the program at a glance for the program office and the CDOs. */
export function DashboardPage() {
  const { fiscalYear } = useFiscalYear();
  return (
    <>
      <PageHeading title="ダッシュボード" />
      <p className="mt-2 text-std-16N-170 text-solid-gray-700">
        DXShip（デジシップ）ひろしまの取組を年度ごとに集計しています。氏名は表示しません。
      </p>
      <DataYearNotice area="participation" what="参画の記録" />
      <DashboardContent fiscalYear={fiscalYear} />
    </>
  );
}
