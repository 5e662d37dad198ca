import { useId, useState } from 'react';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { primaryButtonClass } from '../../components/button-styles.ts';
import { useFiscalYear } from '../../components/fiscal-year.tsx';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { ProjectionView } from './ProjectionView.tsx';
import { type ProjectionParams, useProjection } from './workforce-queries.ts';

function Projection({ params }: { params: ProjectionParams }) {
  const projection = useProjection(params);
  if (projection.isPending) return <Loading label="見通しを計算しています…" />;
  if (projection.isError) return <ErrorAlert error={projection.error} />;
  return <ProjectionView p={projection.data} />;
}

/** 需給見通し: need against supply per job type for the coming 年度, with the officer's leave rate. */
export function WorkforcePage() {
  const { fiscalYear } = useFiscalYear();
  const [settings, setSettings] = useState({ years: 5, leaveRatePercent: 5 });
  // The projection starts at the app's 年度 (the header's selector).
  const params: ProjectionParams = { fromFiscalYear: fiscalYear, ...settings };
  const [draft, setDraft] = useState({ ...params, leaveRateText: String(params.leaveRatePercent) });
  const ids = { years: useId(), rate: useId(), rateHint: useId() };
  return (
    <>
      <PageHeading title="需給見通し" />
      <p className="mt-2 text-solid-gray-700">
        ポストと目指す組織体制（需要）に対し、人材プール・採用計画・離職の見込み（供給）から、ジョブタイプ別・年度別の過不足を見通します。
      </p>
      <form
        className="mt-4 flex flex-wrap items-end gap-4 rounded-8 bg-solid-gray-50 p-4"
        onSubmit={(e) => {
          e.preventDefault();
          setSettings({
            years: draft.years,
            leaveRatePercent: Number(draft.leaveRateText),
          });
        }}
      >
        <p className="pb-2">
          最初の年度：<strong>{formatFiscalYear(fiscalYear)}</strong>（画面上部の「年度」で切り替えます）
        </p>
        <div className="w-32">
          <label htmlFor={ids.years} className={labelClass}>
            年数
          </label>
          <select
            id={ids.years}
            className={controlClass}
            value={draft.years}
            onChange={(e) => setDraft((d) => ({ ...d, years: Number(e.target.value) }))}
          >
            {Array.from({ length: 10 }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}年
              </option>
            ))}
          </select>
        </div>
        <div className="w-44">
          <label htmlFor={ids.rate} className={labelClass}>
            離職率（%／年）
          </label>
          <input
            id={ids.rate}
            inputMode="decimal"
            className={controlClass}
            value={draft.leaveRateText}
            aria-describedby={ids.rateHint}
            onChange={(e) => setDraft((d) => ({ ...d, leaveRateText: e.target.value }))}
          />
          <p id={ids.rateHint} className="mt-1 text-dns-14N-130 text-solid-gray-700">
            0〜50
          </p>
        </div>
        <button type="submit" className={primaryButtonClass}>
          見通しを計算
        </button>
      </form>
      <Projection params={params} />
    </>
  );
}
