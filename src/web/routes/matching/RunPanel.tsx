import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { primaryButtonClass, secondaryButtonClass } from '../../components/button-styles.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { MOVE_LABELS } from './matching-labels.ts';
import {
  type Proposal,
  type Run,
  type Scenario,
  useAcceptRun,
  useCancelRun,
  useRun,
} from './matching-queries.ts';
import { ProposalsTable } from './ProposalsTable.tsx';
import { ConflictsAlert, PeopleAlternatives, RulesInForce, UnfilledPosts } from './RunExplanations.tsx';

/** What the live region says about a run. */
function announcement(run: Run | undefined): string {
  if (!run) return '';
  switch (run.status) {
    case 'running':
      return `計算しています（${Math.round(run.progress * 100)}%）…`;
    case 'done':
      return run.result
        ? `計算が完了しました。配置案${run.result.proposals.length}件、未充足のポスト${run.result.unfilledPosts.length}件、未配置の人材${run.result.unassignedPeople.length}名です。`
        : '計算が完了しました。';
    case 'cancelled':
      return '計算を中止しました。';
    case 'failed':
      return '計算に失敗しました。';
  }
}

/** Props of {@link RunPanel}. */
export type RunPanelProps = {
  runId: string;
  /** The run's scenario (once the list has loaded). */
  scenario: Scenario | undefined;
  fiscalYear: number;
  /** A run has ended (done, cancelled or failed): the comparison should be refreshed. */
  onFinished: () => void;
  /** The run has been accepted into the plan. */
  onAccepted: (planned: number) => void;
};

/**
 * One run: while running, a progress bar, a live status and 中止; when done, the figures, the proposals
 * (each explained term by term on request), the unfilled posts and unassigned people, and 採用.
 */
export function RunPanel({ runId, scenario, fiscalYear, onFinished, onAccepted }: RunPanelProps) {
  const run = useRun(runId);
  const cancel = useCancelRun();
  const accept = useAcceptRun();
  const [confirming, setConfirming] = useState(false);
  const [moveFilter, setMoveFilter] = useState<'' | Proposal['move']>('');
  const filterId = useId();
  const status = run.data?.status;

  // Tell the page once when the run stops running (its metrics then join the comparison).
  const lastStatus = useRef(status);
  useEffect(() => {
    if (lastStatus.current === 'running' && status && status !== 'running') onFinished();
    lastStatus.current = status;
  }, [status, onFinished]);

  const result = run.data?.result ?? null;
  const shown = useMemo(
    () => (result ? result.proposals.filter((p) => moveFilter === '' || p.move === moveFilter) : []),
    [result, moveFilter],
  );
  const year = formatFiscalYear(fiscalYear);
  const name = scenario?.name ?? 'このシナリオ';
  const counts = result
    ? {
        move: result.proposals.filter((p) => p.move === 'move').length,
        new: result.proposals.filter((p) => p.move === 'new').length,
      }
    : { move: 0, new: 0 };

  return (
    <div className="mt-4">
      <p role="status" className="text-std-16N-170">
        {announcement(run.data)}
      </p>
      {run.isPending ? <Loading label="計算結果を読み込んでいます…" /> : null}
      {run.isError ? <ErrorAlert error={run.error} title="計算の状況を取得できませんでした。" /> : null}

      {status === 'running' && run.data ? (
        <div className="mt-3 max-w-xl space-y-3">
          <ProgressBar label="計算の進捗" value={run.data.progress} />
          <button
            type="button"
            onClick={() => cancel.mutate(runId)}
            disabled={cancel.isPending}
            className={secondaryButtonClass}
          >
            中止
          </button>
          {cancel.isError ? <ErrorAlert error={cancel.error} title="中止できませんでした。" /> : null}
        </div>
      ) : null}

      {status === 'failed' && run.data?.error ? (
        <div role="alert" className="my-4 rounded-8 border-2 border-error-1 bg-red-50 px-4 py-3 text-error-2">
          <p>{run.data.error}</p>
        </div>
      ) : null}

      {status === 'done' && result ? (
        <>
          <ConflictsAlert conflicts={result.conflicts} />
          <h3 className="mt-6 text-std-18B-160">概要</h3>
          <dl className="mt-2 grid max-w-3xl grid-cols-[12rem_1fr] border-t border-solid-gray-200">
            {(
              [
                ['合計コスト', `${result.metrics.totalCost.toLocaleString('ja-JP')}点`],
                ['配置する人材', `${result.proposals.length}名（対象${result.metrics.people}名）`],
                ['充足ポスト', `${result.metrics.postsFilled} / ${result.metrics.posts}`],
                ...result.metrics.tiers.map(
                  (t) => [`${t.label}の枠`, `${t.filled} / ${t.slots} を充足`] as const,
                ),
                [
                  'ルール',
                  `必ず守るルールを満たせない点 ${result.metrics.ruleBreaks}件・減点ルール ${result.metrics.penaltyHits}件（${result.metrics.penaltyPoints}点）`,
                ],
                [
                  '希望地の充足',
                  `${result.metrics.preferencesMet}名（うち第1希望${result.metrics.firstChoices}名）`,
                ],
                ['異動数', `${result.metrics.moves}名`],
                ['未配置', `${result.metrics.unassigned}名`],
                [
                  '計算',
                  `組み合わせ${result.pairsConsidered.toLocaleString('ja-JP')}通りから${(result.solveMs / 1000).toFixed(1)}秒で最適解を求めました`,
                ],
              ] as const
            ).map(([term, value]) => (
              <div key={term} className="col-span-2 grid grid-cols-subgrid border-b border-solid-gray-200">
                <dt className="bg-solid-gray-50 px-4 py-2 font-bold">{term}</dt>
                <dd className="px-4 py-2">{value}</dd>
              </div>
            ))}
          </dl>

          <div className="mt-4 flex flex-wrap items-center gap-4">
            {scenario?.accepted && scenario.latestRun?.id === runId ? (
              <p className="rounded-8 bg-green-50 px-4 py-2 text-std-16B-170 text-green-1100">
                この配置案は{year}の配置計画として採用済みです。
              </p>
            ) : result.conflicts.length > 0 ? null : (
              <button type="button" onClick={() => setConfirming(true)} className={primaryButtonClass}>
                この配置案を採用
              </button>
            )}
          </div>
          {accept.isError ? <ErrorAlert error={accept.error} title="採用できませんでした。" /> : null}
          <ConfirmDialog
            open={confirming}
            title={`${year}の配置計画として採用しますか？`}
            confirmLabel="採用する"
            busy={accept.isPending}
            onCancel={() => setConfirming(false)}
            onConfirm={() =>
              accept.mutate(runId, {
                onSuccess: (accepted) => {
                  setConfirming(false);
                  onAccepted(accepted.planned);
                },
                onError: () => setConfirming(false),
              })
            }
          >
            <p>
              「{name}」の配置案（{result.proposals.length}名：{MOVE_LABELS.move}
              {counts.move}名・{MOVE_LABELS.new}
              {counts.new}名）を{year}の配置計画として採用します。
            </p>
            <p className="mt-2">
              {year}のこれまでの計画（予定の配属）は、この案で置き換えられます。操作は監査ログに記録されます。
            </p>
          </ConfirmDialog>

          <h3 className="mt-8 text-std-18B-160">配置案（{result.proposals.length}件）</h3>
          <p className="mt-1 text-std-16N-170 text-solid-gray-700">
            点数はコストです（小さいほど望ましい組み合わせ）。「内訳」で項目ごとの点数と理由を表示します。
          </p>
          <div className="mt-3 w-48">
            <label htmlFor={filterId} className={labelClass}>
              区分で絞り込み
            </label>
            <select
              id={filterId}
              value={moveFilter}
              onChange={(e) => setMoveFilter(e.target.value as '' | Proposal['move'])}
              className={controlClass}
            >
              <option value="">すべて</option>
              {(Object.keys(MOVE_LABELS) as Proposal['move'][]).map((m) => (
                <option key={m} value={m}>
                  {MOVE_LABELS[m]}
                </option>
              ))}
            </select>
          </div>
          <div className="mt-3">
            <ProposalsTable caption={`配置案（${name}）`} proposals={shown} />
          </div>

          <div className="mt-8 grid gap-8 md:grid-cols-2">
            <UnfilledPosts posts={result.unfilledPosts} />
            <div>
              <h3 className="text-std-18B-160">未配置の人材（{result.unassignedPeople.length}名）</h3>
              {result.unassignedPeople.length === 0 ? (
                <p className="mt-2">全員をいずれかのポストに配置しています。</p>
              ) : (
                <ul className="mt-2 list-disc space-y-1 pl-6">
                  {result.unassignedPeople.map((p) => (
                    <li key={p.personId}>{p.personName}</li>
                  ))}
                </ul>
              )}
              <div className="mt-8">
                <RulesInForce result={result} />
              </div>
            </div>
          </div>
          <div className="mt-8">
            <PeopleAlternatives people={result.people} />
          </div>
        </>
      ) : null}
    </div>
  );
}
