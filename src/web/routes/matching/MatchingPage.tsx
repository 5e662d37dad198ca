import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { useFiscalYear } from '../../components/fiscal-year.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { usePeople } from '../people/people-queries.ts';
import { usePosts } from '../placement/placement-queries.ts';
import { useCreateAndRun, useRefreshScenarios, useScenarios, useStartRun } from './matching-queries.ts';
import { PlanSection } from './PlanSection.tsx';
import { RunPanel } from './RunPanel.tsx';
import { ScenarioComparison } from './ScenarioComparison.tsx';
import { type Choice, ScenarioForm } from './ScenarioForm.tsx';

/** The 年度 planned first: R7, the 年度 for which the program plans second posts (p.20). */
const _DEFAULT_FISCAL_YEAR = 2025;
/** The roster the solver draws from: people in service (the largest page the API serves). */
const ACTIVE_PEOPLE = { status: 'active', pageSize: '200' } as const;
/** The first 年度 of the share (R5). */
const _FIRST_FISCAL_YEAR = 2023;

/**
 * The people and posts a scenario may lock, forbid or exclude: the active people of the roster and the
 * 年度's posts with a secured budget — the same sets the solver takes (build-matching-problem).
 */
function useChoices(fiscalYear: number): { people: Choice[]; posts: Choice[] } {
  const people = usePeople(ACTIVE_PEOPLE);
  const posts = usePosts(fiscalYear);
  const personItems = people.data?.items;
  const postItems = posts.data?.items;
  return useMemo(
    () => ({
      people: (personItems ?? [])
        .map((p) => ({ id: p.id, label: `${p.name}（${p.kana}）`, sortKey: p.kana }))
        .sort((a, b) => a.sortKey.localeCompare(b.sortKey, 'ja'))
        .map(({ id, label }) => ({ id, label })),
      posts: (postItems ?? [])
        .filter((p) => p.budgetSecured)
        .map((p) => ({ id: p.id, label: `${p.orgName} ${p.unit} ${p.title}` })),
    }),
    [personItems, postItems],
  );
}

/**
 * 最適配置（マッチング）: for a 年度, scenarios (weights, rules, locks, exclusions) are saved and solved
 * exactly in a worker; each run shows progress, then proposals explained term by term; scenarios are
 * compared side by side and one is accepted into the 年度's placement plan.
 */
export function MatchingPage() {
  const [params, setParams] = useSearchParams();
  const { fiscalYear } = useFiscalYear();
  const runId = params.get('run');
  const year = formatFiscalYear(fiscalYear);
  const scenarios = useScenarios(fiscalYear);
  const createAndRun = useCreateAndRun();
  const startRun = useStartRun();
  const refreshScenarios = useRefreshScenarios();
  const items = scenarios.data?.items ?? [];
  const choices = useChoices(fiscalYear);
  const [acceptedNotice, setAcceptedNotice] = useState<string | null>(null);

  const resultHeading = useRef<HTMLHeadingElement>(null);
  const planHeading = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<'result' | 'plan' | null>(null);

  const shownScenario =
    items.find((s) => s.latestRun?.id === runId) ?? items.find((s) => s.id === params.get('scenario'));
  const accepted = items.find((s) => s.accepted);

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );

  const showRun = (id: string, scenarioId: string) => {
    focusNext.current = 'result';
    update({ run: id, scenario: scenarioId });
  };

  // Move focus to the result after a run starts or is chosen, to the plan after acceptance.
  useEffect(() => {
    if (focusNext.current === 'result' && runId) resultHeading.current?.focus();
    if (focusNext.current === 'plan' && accepted) planHeading.current?.focus();
    if ((focusNext.current === 'result' && runId) || (focusNext.current === 'plan' && accepted)) {
      focusNext.current = null;
    }
  });

  const onFinished = useCallback(() => void refreshScenarios(fiscalYear), [refreshScenarios, fiscalYear]);
  const running = createAndRun.isPending || startRun.isPending;

  return (
    <>
      <PageHeading title="最適配置（マッチング）" />
      <p className="mt-2 max-w-4xl text-std-16N-170 text-solid-gray-700">
        年度の配置先ポストと人材の組み合わせを、ジョブタイプ・スキル・勤務希望地・通勤距離・異動のルールなどの点数の合計が最小になるよう厳密に求めます。重みを変えたシナリオを並べて比較し、採用した案がその年度の配置計画になります。
      </p>

      <div className="mt-6 flex flex-wrap items-end gap-6 rounded-8 bg-solid-gray-50 p-4">
        <p>
          対象年度：<strong>{year}</strong>（画面上部の「年度」で切り替えます）
        </p>
        <p>
          <a href="#new-scenario">新しいシナリオを作成</a>
        </p>
      </div>

      <section aria-labelledby="matching-compare" className="mt-8">
        <h2 id="matching-compare" className="text-std-20B-150">
          シナリオの比較
        </h2>
        {scenarios.isPending ? <Loading /> : null}
        {scenarios.isError ? <ErrorAlert error={scenarios.error} /> : null}
        {scenarios.data ? (
          items.length === 0 ? (
            <p className="mt-3">
              {year}のシナリオはまだありません。下の「新しいシナリオ」で重みを決めて計算してください。
            </p>
          ) : (
            <div className="mt-3">
              <ScenarioComparison
                caption={`シナリオの比較（${year}）`}
                scenarios={items}
                shownRunId={runId}
                busy={running}
                onShow={(s) => s.latestRun && showRun(s.latestRun.id, s.id)}
                onRun={(s) => startRun.mutate(s, { onSuccess: ({ runId: id }) => showRun(id, s.id) })}
              />
              {startRun.isError ? (
                <ErrorAlert error={startRun.error} title="計算を開始できませんでした。" />
              ) : null}
            </div>
          )
        ) : null}
      </section>

      {runId ? (
        <section aria-labelledby="matching-result" className="mt-10">
          <h2
            id="matching-result"
            ref={resultHeading}
            tabIndex={-1}
            className="text-std-20B-150 focus:outline-none"
          >
            計算結果{shownScenario ? `：${shownScenario.name}` : ''}
          </h2>
          <RunPanel
            key={runId}
            runId={runId}
            scenario={shownScenario}
            fiscalYear={fiscalYear}
            onFinished={onFinished}
            onAccepted={(planned) => {
              focusNext.current = 'plan';
              setAcceptedNotice(
                `「${shownScenario?.name ?? 'シナリオ'}」を${year}の配置計画として採用しました（予定の配属${planned}件）。`,
              );
            }}
          />
        </section>
      ) : null}

      <section aria-labelledby="matching-plan" className="mt-10">
        <h2
          id="matching-plan"
          ref={planHeading}
          tabIndex={-1}
          className="text-std-20B-150 focus:outline-none"
        >
          {year}の配置計画
        </h2>
        <p
          role="status"
          className={
            acceptedNotice
              ? 'mt-2 rounded-8 border border-green-900 bg-green-50 px-4 py-3 text-std-16B-170'
              : 'sr-only'
          }
        >
          {acceptedNotice}
        </p>
        {accepted ? (
          <PlanSection fiscalYear={fiscalYear} scenario={accepted} />
        ) : scenarios.data ? (
          <p className="mt-2">
            まだ採用されたシナリオはありません。計算結果の「この配置案を採用」で採用します。
          </p>
        ) : null}
      </section>

      <section aria-labelledby="new-scenario" className="mt-10 rounded-12 border border-solid-gray-200 p-6">
        <h2 id="new-scenario" className="text-std-20B-150">
          新しいシナリオ（{year}）
        </h2>
        {scenarios.data ? (
          <ScenarioForm
            // A new form (and suggested name) for each 年度 and after each scenario saved.
            key={`${fiscalYear}-${items.length}`}
            fiscalYear={fiscalYear}
            suggestedName={items.length === 0 ? '標準（既定の重み）' : `シナリオ${items.length + 1}`}
            people={choices.people}
            posts={choices.posts}
            busy={createAndRun.isPending}
            error={createAndRun.isError ? createAndRun.error : null}
            onSubmit={(input) =>
              createAndRun.mutate(input, {
                onSuccess: ({ scenario, runId: id }) => showRun(id, scenario.id),
              })
            }
          />
        ) : null}
      </section>
    </>
  );
}
