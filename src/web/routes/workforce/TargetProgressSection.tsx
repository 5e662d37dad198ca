import { useFiscalYear } from '../../components/fiscal-year.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { TargetProgressTable } from './TargetProgressTable.tsx';
import { useTargetProgress } from './workforce-queries.ts';

/** 目指す組織体制と実績 for the whole programme: every body with a target, against its people in the header's 年度. */
export function TargetProgressSection() {
  const { fiscalYear } = useFiscalYear();
  const progress = useTargetProgress(fiscalYear);
  return (
    <section aria-labelledby="target-progress" className="mt-10">
      <h2 id="target-progress" className="text-std-24B-150">
        目指す組織体制と実績
      </h2>
      <p className="mt-2 text-solid-gray-700">
        各団体が定めた目指す組織体制（資料
        p.18）の役割ごとの人数と、その年度に配属されている共通人材の数です。
      </p>
      {progress.isPending ? <Loading /> : null}
      {progress.isError ? <ErrorAlert error={progress.error} /> : null}
      {progress.data ? (
        progress.data.bodies.length === 0 ? (
          <p className="mt-3">目指す組織体制を登録した団体はまだありません。</p>
        ) : (
          <>
            <TargetProgressTable
              bodies={progress.data.bodies}
              caption={`目指す組織体制と${progress.data.label}の実績`}
            />
            <ul className="mt-3 list-disc pl-6 text-dns-14N-130 text-solid-gray-700">
              {progress.data.assumptions.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          </>
        )
      ) : null}
    </section>
  );
}
