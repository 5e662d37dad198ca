import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { planColumns } from '../placement/placement-columns.tsx';
import { useAssignments } from '../placement/placement-queries.ts';
import { type Scenario, useRun } from './matching-queries.ts';

const INITIAL_SORTING = [{ id: 'org', desc: false }];

/**
 * The placement plan of a 年度 as stored: the planned assignments (GET /api/assignments?status=planned),
 * which acceptance wrote from the accepted scenario's moves and new placements, and how many people
 * of that scenario stay in their posts.
 */
export function PlanSection({ fiscalYear, scenario }: { fiscalYear: number; scenario: Scenario }) {
  const plan = useAssignments({ fiscalYear, status: 'planned' });
  const run = useRun(scenario.latestRun?.id ?? null);
  const stays = run.data?.result?.proposals.filter((p) => p.move === 'stay').length;
  const year = formatFiscalYear(fiscalYear);

  return (
    <>
      <p className="mt-2 text-std-16N-170">
        シナリオ「{scenario.name}」を採用した{year}の配置計画です。
      </p>
      {plan.isPending ? <Loading /> : null}
      {plan.isError ? <ErrorAlert error={plan.error} /> : null}
      {plan.data ? (
        <>
          <p className="mt-2 mb-3 text-std-16N-170">
            予定の配属 <strong className="text-std-18B-160">{plan.data.items.length}件</strong>
            {stays !== undefined ? `（このほか${stays}名は現在のポストに継続）` : null}
          </p>
          <DataTable
            caption={`${year}の予定の配属（採用した計画）`}
            captionHidden
            data={plan.data.items}
            columns={planColumns}
            getRowId={(a) => a.id}
            initialSorting={INITIAL_SORTING}
            emptyMessage="予定の配属はありません（全員が現在のポストに継続します）。"
          />
        </>
      ) : null}
    </>
  );
}
