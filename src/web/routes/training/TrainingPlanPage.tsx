import { type FormEvent, useId, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { currentFiscalYear, fiscalYearOf, formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { EMPTY_MARK, formatDate, formatDateTime } from '../../../domain/japanese-date.ts';
import { isSkillItemCode } from '../../../domain/skills/catalogue.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { primaryButtonClass, secondaryButtonClass, textButtonClass } from '../../components/button-styles.ts';
import { FiscalYearSelect, fiscalYearRangeOf } from '../../components/FiscalYearSelect.tsx';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { JapaneseDateInput } from '../../components/JapaneseDateInput.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { usePerson } from '../people/people-queries.ts';
import {
  type EditItem,
  PLAN_ITEM_STATUS_LABELS,
  type PlanItem,
  TRAINING_KIND_LABELS,
  type TrainingPlan,
  useCompleteItem,
  useCourses,
  useDraftPlan,
  useEditPlan,
  useTrainingPlans,
} from './training-queries.ts';

const th = 'border-b-2 border-solid-gray-600 px-3 py-2 text-left font-bold whitespace-nowrap';
const td = 'border-b border-solid-gray-200 px-3 py-2 align-top';

/** Roles that draft and edit a plan besides the person themselves. */
const PLANNERS = new Set(['admin', 'talent_officer']);

/** Today in Japan as YYYY-MM-DD. */
function todayIso(): string {
  return new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
}

/** The existing items as PUT …/items takes them, keeping everything but what `change` alters. */
function asEdit(items: readonly PlanItem[]): EditItem[] {
  return items.map((i) => ({
    id: i.id,
    courseId: i.course.id,
    targetItem: i.targetItem && isSkillItemCode(i.targetItem.code) ? i.targetItem.code : null,
    ...(i.status === 'completed' ? {} : { status: i.status }),
    note: i.note,
  }));
}

/**
 * A person's yearly training plan (/people/:id/training): drafted from the skill sheet's gaps (the
 * courses that close the largest gaps first), edited (add, cancel, remove, reorder) and completed —
 * a completed course becomes evidence on that 年度's skill sheet.
 */
export function TrainingPlanPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const person = usePerson(id);
  const plans = useTrainingPlans(id);
  const [params, setParams] = useSearchParams();
  const now = currentFiscalYear();
  const requested = Number(params.get('fiscalYear'));
  const fiscalYear = Number.isInteger(requested) && requested >= 2000 && requested <= 2100 ? requested : now;
  const plan = plans.data?.items.find((p) => p.fiscalYear === fiscalYear);
  const isSelf = user.role === 'member' && person.data?.account?.login === user.login;
  const canPlan = isSelf || PLANNERS.has(user.role);
  const name = person.data?.name ?? '';
  const years = fiscalYearRangeOf(now - 3, now + 1);

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'ホーム', to: '/' },
          isSelf ? { label: 'マイページ', to: '/me' } : { label: '人材', to: '/people' },
          ...(isSelf ? [] : [{ label: name || '人材の詳細', to: `/people/${id}` }]),
          { label: '研修計画' },
        ]}
      />
      <PageHeading title={name ? `${name}さんの研修計画` : '研修計画'} />
      <div className="mt-6 flex flex-wrap items-end gap-6 rounded-8 bg-solid-gray-50 p-4">
        <FiscalYearSelect
          value={fiscalYear}
          years={years}
          onChange={(fy) => setParams({ fiscalYear: String(fy) }, { replace: true })}
        />
        <p className="pb-2">
          <Link to={`/people/${id}/skills`}>スキルシートを見る</Link>
        </p>
      </div>
      {person.isError ? <ErrorAlert error={person.error} /> : null}
      {plans.isPending ? <Loading /> : null}
      {plans.isError ? <ErrorAlert error={plans.error} /> : null}
      {plans.data ? (
        plan ? (
          <PlanView personId={id} plan={plan} canEdit={canPlan} canDraft={canPlan} />
        ) : (
          <section aria-labelledby="plan-empty" className="mt-8">
            <h2 id="plan-empty" className="text-std-20B-150">
              {formatFiscalYear(fiscalYear)}の研修計画
            </h2>
            <p className="mt-2">この年度の研修計画はまだありません。</p>
            {canPlan ? <DraftForm personId={id} fiscalYear={fiscalYear} replaces={false} /> : null}
          </section>
        )
      ) : null}
    </>
  );
}

/** Drafts the plan from the gaps, within an optional budget. */
function DraftForm({
  personId,
  fiscalYear,
  replaces,
}: {
  personId: string;
  fiscalYear: number;
  replaces: boolean;
}) {
  const draft = useDraftPlan(personId);
  const [budget, setBudget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const budgetId = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = budget.normalize('NFKC').replace(/[,円\s]/g, '');
    if (text !== '' && !/^\d{1,9}$/.test(text)) {
      setError('予算は円単位の整数で入力してください。');
      document.getElementById(budgetId)?.focus();
      return;
    }
    setError(null);
    draft.mutate(text === '' ? { fiscalYear } : { fiscalYear, budgetYen: Number(text) });
  };
  const result = draft.data;
  return (
    <form noValidate onSubmit={submit} className="mt-4 rounded-8 border border-solid-gray-200 p-4">
      <p className="text-std-16N-170">
        スキルシートの差（目標レベルとの差）が大きい項目から、その差を埋める研修を選んで下書きします。
        {replaces ? '予定の項目は下書きで置き換えられます（修了済みの項目は残ります）。' : ''}
      </p>
      <div className="mt-3 flex flex-wrap items-end gap-4">
        <div className="w-56">
          <label htmlFor={budgetId} className={labelClass}>
            研修費の上限（円・任意）
          </label>
          <input
            id={budgetId}
            type="text"
            inputMode="numeric"
            value={budget}
            onChange={(e) => setBudget(e.target.value)}
            aria-invalid={error ? true : undefined}
            className={controlClass}
          />
        </div>
        <button type="submit" disabled={draft.isPending} className={primaryButtonClass}>
          スキルギャップから下書き
        </button>
      </div>
      {error ? (
        <p role="alert" className="mt-2 text-std-16B-170 text-error-1">
          {error}
        </p>
      ) : null}
      {draft.isError ? <ErrorAlert error={draft.error} title="下書きできませんでした。" /> : null}
      {result ? (
        <p role="status" className="mt-3">
          {result.picks.length}件の研修で下書きしました（{result.basedOn.fiscalYear}
          年度のスキルシート、達成度{result.basedOn.achievementPercent}%にもとづく）。
          {result.unclosedGaps.length > 0 ? `埋まらない差が${result.unclosedGaps.length}項目あります。` : ''}
        </p>
      ) : null}
    </form>
  );
}

/** A plan: totals, items with their status, and — for the person and HR — editing and completion. */
function PlanView({
  personId,
  plan,
  canEdit,
  canDraft,
}: {
  personId: string;
  plan: TrainingPlan;
  canEdit: boolean;
  canDraft: boolean;
}) {
  const edit = useEditPlan(personId, plan.fiscalYear, plan.version);
  const complete = useCompleteItem(personId);
  const courses = useCourses(canEdit);
  const [completing, setCompleting] = useState<number | null>(null);
  const [completedOn, setCompletedOn] = useState(todayIso);
  const [adding, setAdding] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const ids = { add: useId(), date: useId() };
  const inPlan = new Set(plan.items.map((i) => i.course.id));

  const save = (items: EditItem[], message: string) =>
    edit.mutate(items, { onSuccess: () => setNotice(message) });
  const move = (index: number, by: -1 | 1) => {
    const items = asEdit(plan.items);
    const [item] = items.splice(index, 1);
    if (!item) return;
    items.splice(index + by, 0, item);
    save(items, '順番を変更しました。');
  };

  return (
    <section aria-labelledby="plan-title" className="mt-8">
      <h2 id="plan-title" className="text-std-20B-150">
        {plan.fiscalYearLabel}の研修計画
      </h2>
      <dl className="mt-3 grid max-w-xl grid-cols-[10rem_1fr] border-t border-solid-gray-200">
        {(
          [
            [
              '費用の合計',
              `${plan.totals.costYen.toLocaleString('ja-JP')}円（うち修了 ${plan.totals.completedCostYen.toLocaleString('ja-JP')}円）`,
            ],
            ['時間の合計', `${plan.totals.hours}時間（うち修了 ${plan.totals.completedHours}時間）`],
            ['最終更新', formatDateTime(plan.updatedAt)],
          ] as const
        ).map(([term, value]) => (
          <div key={term} className="col-span-2 grid grid-cols-subgrid border-b border-solid-gray-200">
            <dt className="bg-solid-gray-50 px-4 py-2 font-bold">{term}</dt>
            <dd className="px-4 py-2">{value}</dd>
          </div>
        ))}
      </dl>
      <p
        role="status"
        className={notice ? 'mt-3 rounded-8 border border-green-900 bg-green-50 px-4 py-2' : 'sr-only'}
      >
        {notice}
      </p>
      {edit.isError ? <ErrorAlert error={edit.error} title="研修計画を更新できませんでした。" /> : null}
      {complete.isError ? <ErrorAlert error={complete.error} title="修了を記録できませんでした。" /> : null}
      <div
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
        tabIndex={0}
        className="mt-4 overflow-x-auto"
      >
        <table className="border-collapse text-std-16N-170">
          <caption className="sr-only">{plan.fiscalYearLabel}の研修計画の項目</caption>
          <thead className="bg-solid-gray-50">
            <tr>
              {['研修', '種類', '時間', '対象のスキル', '費用', '状態', ...(canEdit ? ['操作'] : [])].map(
                (h) => (
                  <th key={h} scope="col" className={th}>
                    {h}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {plan.items.length === 0 ? (
              <tr>
                <td colSpan={canEdit ? 7 : 6} className="px-4 py-6 text-center text-solid-gray-700">
                  項目はありません。
                </td>
              </tr>
            ) : null}
            {plan.items.map((item, index) => (
              <tr key={item.id} className={item.status === 'cancelled' ? 'text-solid-gray-700' : ''}>
                <th scope="row" className={`${td} text-left font-normal`}>
                  <span className={item.status === 'cancelled' ? 'line-through' : ''}>
                    {item.course.name}
                  </span>
                  <span className="block text-dns-14N-130 text-solid-gray-700">{item.course.provider}</span>
                </th>
                <td className={td}>{TRAINING_KIND_LABELS[item.course.kind] ?? item.course.kind}</td>
                <td className={`${td} text-right tabular-nums whitespace-nowrap`}>{item.course.hours}時間</td>
                <td className={td}>{item.targetItem?.name ?? EMPTY_MARK}</td>
                <td className={`${td} text-right tabular-nums whitespace-nowrap`}>
                  {item.costYen.toLocaleString('ja-JP')}円
                </td>
                <td className={`${td} whitespace-nowrap`}>
                  {PLAN_ITEM_STATUS_LABELS[item.status]}
                  {item.completedOn ? (
                    <span className="block text-dns-14N-130">{formatDate(item.completedOn)}</span>
                  ) : null}
                </td>
                {canEdit ? (
                  <td className={td}>
                    {item.status === 'planned' ? (
                      completing === item.id ? (
                        <form
                          onSubmit={(e) => {
                            e.preventDefault();
                            complete.mutate(
                              { itemId: item.id, completedOn },
                              {
                                onSuccess: (r) => {
                                  setCompleting(null);
                                  setNotice(
                                    `「${item.course.name}」の修了を記録しました。${r.evidence ? 'スキルシートの根拠に登録しました。' : ''}`,
                                  );
                                },
                              },
                            );
                          }}
                          className="flex flex-wrap items-end gap-2"
                        >
                          <div>
                            <label htmlFor={ids.date} className="block text-dns-14B-130">
                              修了日
                            </label>
                            <JapaneseDateInput
                              id={ids.date}
                              value={completedOn}
                              onChange={(v) => setCompletedOn(v)}
                              className={`${controlClass} mt-0`}
                            />
                          </div>
                          <button type="submit" disabled={complete.isPending} className={primaryButtonClass}>
                            記録
                          </button>
                          <button
                            type="button"
                            onClick={() => setCompleting(null)}
                            className={textButtonClass}
                          >
                            やめる
                          </button>
                        </form>
                      ) : (
                        <div className="flex flex-wrap gap-x-2">
                          <button
                            type="button"
                            onClick={() => {
                              setCompletedOn(
                                fiscalYearOf(todayIso()) === plan.fiscalYear
                                  ? todayIso()
                                  : `${plan.fiscalYear}-04-01`,
                              );
                              setCompleting(item.id);
                            }}
                            aria-label={`${item.course.name}の修了を記録`}
                            className={textButtonClass}
                          >
                            修了を記録
                          </button>
                          <button
                            type="button"
                            disabled={edit.isPending}
                            aria-label={`${item.course.name}を取り消す`}
                            onClick={() =>
                              save(
                                asEdit(plan.items).map((e) =>
                                  e.id === item.id ? { ...e, status: 'cancelled' } : e,
                                ),
                                `「${item.course.name}」を取り消しました。`,
                              )
                            }
                            className={textButtonClass}
                          >
                            取り消す
                          </button>
                          <button
                            type="button"
                            disabled={edit.isPending || index === 0}
                            aria-label={`${item.course.name}を上へ`}
                            onClick={() => move(index, -1)}
                            className={textButtonClass}
                          >
                            上へ
                          </button>
                          <button
                            type="button"
                            disabled={edit.isPending || index === plan.items.length - 1}
                            aria-label={`${item.course.name}を下へ`}
                            onClick={() => move(index, 1)}
                            className={textButtonClass}
                          >
                            下へ
                          </button>
                        </div>
                      )
                    ) : item.status === 'cancelled' ? (
                      <button
                        type="button"
                        disabled={edit.isPending}
                        aria-label={`${item.course.name}を計画から削除`}
                        onClick={() =>
                          save(
                            asEdit(plan.items).filter((e) => e.id !== item.id),
                            `「${item.course.name}」を計画から削除しました。`,
                          )
                        }
                        className={textButtonClass}
                      >
                        削除
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {canEdit ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (adding === '') return;
            const course = courses.data?.items.find((c) => c.id === adding);
            save(
              [...asEdit(plan.items), { courseId: adding }],
              `「${course?.name ?? '研修'}」を追加しました。`,
            );
            setAdding('');
          }}
          className="mt-4 flex flex-wrap items-end gap-3"
        >
          <div className="min-w-80">
            <label htmlFor={ids.add} className={labelClass}>
              研修を追加
            </label>
            <select
              id={ids.add}
              value={adding}
              onChange={(e) => setAdding(e.target.value)}
              className={controlClass}
            >
              <option value="">研修カタログから選ぶ</option>
              {(courses.data?.items ?? [])
                .filter((c) => !inPlan.has(c.id))
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.kindLabel}：{c.name}（{c.hours}時間・{c.costYen.toLocaleString('ja-JP')}円）
                  </option>
                ))}
            </select>
          </div>
          <button type="submit" disabled={adding === '' || edit.isPending} className={secondaryButtonClass}>
            追加
          </button>
        </form>
      ) : null}
      {canDraft ? (
        <details className="mt-6">
          <summary className="cursor-pointer text-std-16B-170">スキルギャップから下書きし直す</summary>
          <DraftForm personId={personId} fiscalYear={plan.fiscalYear} replaces />
        </details>
      ) : null}
    </section>
  );
}
