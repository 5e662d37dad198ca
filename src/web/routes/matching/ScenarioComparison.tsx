import type { ReactNode } from 'react';
import { EMPTY_MARK } from '../../../domain/japanese-date.ts';
import { textButtonClass } from '../../components/button-styles.ts';
import type { RunMetrics, Scenario } from './matching-queries.ts';

const RUN_STATUS_LABELS: Record<string, string> = {
  running: '計算中',
  done: '計算済み',
  failed: '失敗',
  cancelled: '中止',
};

type MetricRow = {
  label: string;
  hint?: string;
  /** The figure compared (null without a finished run). */
  value: (m: RunMetrics) => number;
  show: (m: RunMetrics) => string;
  /** Which way is better, to mark the best scenario. */
  better: 'lower' | 'higher';
};

const METRIC_ROWS: readonly MetricRow[] = [
  {
    label: '合計コスト',
    hint: '小さいほど望ましい',
    value: (m) => m.totalCost,
    show: (m) => m.totalCost.toLocaleString('ja-JP'),
    better: 'lower',
  },
  {
    label: '充足ポスト',
    value: (m) => m.postsFilled,
    show: (m) => `${m.postsFilled} / ${m.posts}`,
    better: 'higher',
  },
  {
    label: '希望地の充足（第1希望）',
    value: (m) => m.preferencesMet,
    show: (m) => `${m.preferencesMet}名（${m.firstChoices}名）`,
    better: 'higher',
  },
  { label: '異動数', value: (m) => m.moves, show: (m) => `${m.moves}名`, better: 'lower' },
  { label: '未配置', value: (m) => m.unassigned, show: (m) => `${m.unassigned}名`, better: 'lower' },
];

const th = 'border-b-2 border-solid-gray-600 px-4 py-2 text-left font-bold';
const td = 'px-4 py-2 align-top';

/** Props of {@link ScenarioComparison}. */
export type ScenarioComparisonProps = {
  caption: string;
  scenarios: readonly Scenario[];
  /** The run shown below the table (its column is highlighted). */
  shownRunId: string | null;
  busy: boolean;
  onShow: (scenario: Scenario) => void;
  onRun: (scenario: Scenario) => void;
};

/**
 * The scenarios of a 年度 side by side: one column per scenario, one row per figure of its latest
 * run (合計コスト, 充足ポスト, 希望地の充足, 異動数, 未配置), the best value of each row marked.
 */
export function ScenarioComparison({
  caption,
  scenarios,
  shownRunId,
  busy,
  onShow,
  onRun,
}: ScenarioComparisonProps) {
  const best = (row: MetricRow): number | null => {
    const values = scenarios.flatMap((s) => (s.latestRun?.metrics ? [row.value(s.latestRun.metrics)] : []));
    if (values.length < 2) return null;
    return row.better === 'lower' ? Math.min(...values) : Math.max(...values);
  };
  const cellClass = (s: Scenario) =>
    `${td} text-right tabular-nums ${s.latestRun && s.latestRun.id === shownRunId ? 'bg-blue-50' : ''}`;

  const row = (label: ReactNode, cells: (s: Scenario) => ReactNode, key: string) => (
    <tr key={key} className="border-b border-solid-gray-200">
      <th scope="row" className={`${td} text-left font-bold whitespace-nowrap`}>
        {label}
      </th>
      {scenarios.map((s) => (
        <td key={s.id} className={cellClass(s)}>
          {cells(s)}
        </td>
      ))}
    </tr>
  );

  return (
    <section
      aria-label={caption}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      className="w-fit max-w-full overflow-x-auto rounded-8 border border-solid-gray-200"
    >
      <table className="border-collapse text-std-16N-170">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-solid-gray-50">
          <tr>
            <th scope="col" className={th}>
              項目
            </th>
            {scenarios.map((s) => (
              <th key={s.id} scope="col" className={`${th} min-w-40 text-right`}>
                {s.name}
                {s.accepted ? (
                  <span className="ml-2 inline-block rounded-4 bg-green-100 px-2 text-dns-14B-130 leading-6 text-green-1100">
                    採用
                  </span>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {row(
            '状態',
            (s) => (s.latestRun ? (RUN_STATUS_LABELS[s.latestRun.status] ?? s.latestRun.status) : '未計算'),
            'status',
          )}
          {METRIC_ROWS.map((m) => {
            const top = best(m);
            return row(
              <>
                {m.label}
                {m.hint ? (
                  <span className="block text-dns-14N-130 font-normal text-solid-gray-700">{m.hint}</span>
                ) : null}
              </>,
              (s) => {
                const metrics = s.latestRun?.metrics;
                if (!metrics) return <span className="text-solid-gray-700">{EMPTY_MARK}</span>;
                const isBest = top !== null && m.value(metrics) === top;
                return isBest ? (
                  <strong>
                    <span aria-hidden="true" className="mr-1 text-blue-900">
                      ★
                    </span>
                    {m.show(metrics)}
                    <span className="sr-only">（最良）</span>
                  </strong>
                ) : (
                  m.show(metrics)
                );
              },
              m.label,
            );
          })}
          {row(
            '操作',
            (s) => (
              <span className="flex flex-col items-end gap-1">
                {s.latestRun ? (
                  <button
                    type="button"
                    onClick={() => onShow(s)}
                    aria-label={`${s.name}の結果を表示`}
                    className={textButtonClass}
                  >
                    結果を表示
                  </button>
                ) : null}
                <button
                  type="button"
                  onClick={() => onRun(s)}
                  disabled={busy}
                  aria-label={`${s.name}を${s.latestRun ? '再計算' : '計算'}`}
                  className={textButtonClass}
                >
                  {s.latestRun ? '再計算' : '計算'}
                </button>
              </span>
            ),
            'actions',
          )}
        </tbody>
      </table>
    </section>
  );
}
