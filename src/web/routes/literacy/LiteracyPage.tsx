import { useId, useMemo } from 'react';
import { EMPTY_MARK } from '../../../domain/japanese-date.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { DataYearNotice, useFiscalYear } from '../../components/fiscal-year.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { CHART_COLORS, type ChartOption, EChart } from '../dashboard/EChart.tsx';
import { FigureTable } from '../dashboard/FigureTable.tsx';
import { useCourses, useParticipation } from './literacy-queries.ts';
import { ParticipationForm } from './ParticipationForm.tsx';

function Participation({ fiscalYear }: { fiscalYear: number }) {
  const participation = useParticipation(fiscalYear);
  const tableId = useId();
  const data = participation.data;
  const option = useMemo<ChartOption | null>(() => {
    if (!data || data.courses.length === 0) return null;
    const bodies = [
      ...new Map(data.courses.flatMap((c) => c.byBody.map((b) => [b.orgCode, b.orgName] as const))).entries(),
    ].sort();
    return {
      legend: { bottom: 0 },
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 24, bottom: 80 },
      xAxis: { type: 'category', data: bodies.map(([, name]) => name), axisLabel: { rotate: 45 } },
      yAxis: { type: 'value', name: '人', minInterval: 1 },
      series: data.courses.map((c, i) => ({
        type: 'bar' as const,
        stack: 'total',
        name: c.name,
        data: bodies.map(([code]) => c.byBody.find((b) => b.orgCode === code)?.participants ?? 0),
        color: i === 0 ? CHART_COLORS.blue : CHART_COLORS.lightBlue,
      })),
    };
  }, [data]);
  if (participation.isPending) return <Loading />;
  if (participation.isError) return <ErrorAlert error={participation.error} />;
  if (!data || data.courses.length === 0)
    return <p className="mt-3 text-solid-gray-700">{data?.label}の参加の記録はありません。</p>;
  return (
    <>
      <FigureTable
        caption={`${data.label}の参加実績（研修別）`}
        head={['研修', '参加市町', '参加者']}
        rows={data.courses.map((c) => [c.name, `${c.bodies}市町`, `${c.participants}名`])}
      />
      {option ? (
        <EChart
          option={option}
          label={`${data.label}の団体別参加者数のグラフ。数値は下の表のとおり。`}
          describedBy={tableId}
          height={360}
        />
      ) : null}
      <FigureTable
        id={tableId}
        caption={`${data.label}の団体別参加者数`}
        head={['団体', ...data.courses.map((c) => c.name)]}
        rows={[
          ...new Map(
            data.courses.flatMap((c) => c.byBody.map((b) => [b.orgCode, b.orgName] as const)),
          ).entries(),
        ]
          .sort()
          .map(([code, name]) => [
            name,
            ...data.courses.map((c) => {
              const n = c.byBody.find((b) => b.orgCode === code)?.participants;
              return n === undefined ? EMPTY_MARK : `${n}名`;
            }),
          ])}
      />
    </>
  );
}

/** 研修: literacy training for all staff (p.28) — the menu, participation per body, and recording it. */
export function LiteracyPage() {
  const user = useCurrentUser();
  const courses = useCourses();
  const { fiscalYear } = useFiscalYear();
  const mayRecord = ['admin', 'talent_officer', 'municipal_manager', 'municipal_staff'].includes(user.role);
  return (
    <>
      <PageHeading title="研修" />
      <p className="mt-2 text-solid-gray-700">
        一般行政職員のデジタルリテラシー向上のため、県・市町が共同で実施する研修です（資料 p.28）。
      </p>
      <section aria-labelledby="lit-menu" className="mt-8">
        <h2 id="lit-menu" className="text-std-20B-150">
          研修メニュー
        </h2>
        {courses.isPending ? <Loading /> : null}
        {courses.isError ? <ErrorAlert error={courses.error} /> : null}
        {courses.data ? (
          <div
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
            tabIndex={0}
            className="mt-3 overflow-x-auto rounded-8 border border-solid-gray-200"
          >
            <table className="w-full border-collapse">
              <caption className="sr-only">研修メニュー（5年度及び6年度）</caption>
              <thead className="bg-solid-gray-50">
                <tr>
                  {['研修名', '担当', '開催方法', '研修時期', '研修内容（DX関連）', '令和6年度'].map((h) => (
                    <th key={h} scope="col" className="px-3 py-2 text-left">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {courses.data.items.map((c) => (
                  <tr key={c.id} className="border-t border-solid-gray-200 align-top">
                    <th scope="row" className="px-3 py-2 text-left font-normal">
                      {c.name}
                      {c.category ? <span className="block text-dns-14N-130">（{c.category}）</span> : null}
                    </th>
                    <td className="px-3 py-2">{c.organiser}</td>
                    <td className="px-3 py-2">{c.method}</td>
                    <td className="px-3 py-2">{c.period}</td>
                    <td className="px-3 py-2">{c.content}</td>
                    <td className="px-3 py-2">{c.statusNote}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <section aria-labelledby="lit-participation" className="mt-10">
        <h2 id="lit-participation" className="text-std-20B-150">
          参加実績
        </h2>
        <DataYearNotice area="literacy" what="研修の参加実績" />
        <Participation fiscalYear={fiscalYear} />
        {mayRecord && courses.data ? (
          <details className="mt-4">
            <summary className="cursor-pointer text-std-16B-170">参加者数を記録する</summary>
            <ParticipationForm courses={courses.data.items} />
          </details>
        ) : null}
      </section>
    </>
  );
}
