import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { currentFiscalYear, formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { formatDateTime } from '../../../domain/japanese-date.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { primaryButtonClass, secondaryButtonClass, textButtonClass } from '../../components/button-styles.ts';
import { FiscalYearSelect } from '../../components/FiscalYearSelect.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { usePerson } from '../people/people-queries.ts';
import { AssessmentForm } from './AssessmentForm.tsx';
import { SkillSheetChart } from './SkillSheetChart.tsx';
import { SHEET_STATUS_LABELS } from './skill-labels.ts';
import { type SkillSheet, useOpenSheet, usePersonGaps, useSkillSheets } from './skills-queries.ts';

const th = 'border-b-2 border-solid-gray-600 px-3 py-2 text-left font-bold whitespace-nowrap';
const td = 'border-b border-solid-gray-200 px-3 py-2 align-top';

/** Roles that write evaluator assessments (a municipal manager only for the people placed at their body). */
const EVALUATORS = new Set(['admin', 'talent_officer', 'municipal_manager']);
/** Roles that open a 年度's sheet (besides the person themselves). */
const OPENERS = new Set(['admin', 'talent_officer']);

/**
 * A person's デジタルスキルシート (/people/:id/skills): a 年度's sheet as a radar and a table, the
 * self-assessment (the person) or the evaluation (talent officers, the host body's manager), the
 * evidence, the history across 年度 and the gaps with the courses that close them.
 */
export function SkillSheetPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const person = usePerson(id);
  const sheets = useSkillSheets(id);
  const [params, setParams] = useSearchParams();
  const list = sheets.data?.items ?? [];
  const requested = Number(params.get('fiscalYear'));
  const sheet = list.find((s) => s.fiscalYear === requested) ?? list.at(-1);
  const isSelf = user.role === 'member' && person.data?.account?.login === user.login;
  const canEvaluate = EVALUATORS.has(user.role) && !isSelf;
  const canOpen = isSelf || OPENERS.has(user.role);
  const name = person.data?.name ?? '';
  const title = name ? `${name}さんのスキルシート` : 'スキルシート';
  const [editing, setEditing] = useState<'self' | 'evaluation' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (editing === null && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const choose = (fiscalYear: number) => {
    setEditing(null);
    setNotice(null);
    setParams({ fiscalYear: String(fiscalYear) }, { replace: true });
  };

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'ホーム', to: '/' },
          isSelf ? { label: 'マイページ', to: '/me' } : { label: '人材', to: '/people' },
          ...(isSelf ? [] : [{ label: name || '人材の詳細', to: `/people/${id}` }]),
          { label: 'スキルシート' },
        ]}
      />
      <PageHeading title={title} />
      {person.isError ? <ErrorAlert error={person.error} /> : null}
      {sheets.isPending ? <Loading /> : null}
      {sheets.isError ? <ErrorAlert error={sheets.error} /> : null}

      {sheets.data ? (
        <>
          {canOpen ? <OpenSheetForm personId={id} existing={list} onOpened={choose} /> : null}
          {sheet ? (
            <>
              <section aria-labelledby="sheet-summary" className="mt-8">
                <h2 id="sheet-summary" className="text-std-20B-150">
                  {sheet.fiscalYearLabel}のスキルシート
                </h2>
                <dl className="mt-3 grid max-w-3xl grid-cols-[10rem_1fr] border-t border-solid-gray-200">
                  {(
                    [
                      ['ジョブタイプ', sheet.jobType.name],
                      ['キャリア段階', sheet.careerStage.name],
                      ['状態', SHEET_STATUS_LABELS[sheet.status]],
                      [
                        '評価者',
                        sheet.evaluatedBy
                          ? `${sheet.evaluatedBy.displayName}${sheet.evaluatedAt ? `（${formatDateTime(sheet.evaluatedAt)}）` : ''}`
                          : '未評価',
                      ],
                      ['達成度', `${sheet.achievementPercent}%`],
                    ] as const
                  ).map(([term, value]) => (
                    <div
                      key={term}
                      className="col-span-2 grid grid-cols-subgrid border-b border-solid-gray-200"
                    >
                      <dt className="bg-solid-gray-50 px-4 py-2 font-bold">{term}</dt>
                      <dd className="px-4 py-2">{value}</dd>
                    </div>
                  ))}
                </dl>
                <p className="mt-2 text-dns-14N-130 text-solid-gray-700">
                  達成度は、ジョブタイプとキャリア段階の目標レベルに対する有効レベル（評価者の評価、なければ自己評価）の割合です。
                </p>
                <SkillSheetChart sheet={sheet} />
              </section>

              <section aria-labelledby="sheet-assessment" className="mt-8">
                <h2 id="sheet-assessment" className="text-std-20B-150">
                  {isSelf ? '自己評価' : canEvaluate ? '評価' : '評価の状況'}
                </h2>
                {notice ? (
                  <p role="status" className="mt-2 rounded-8 border border-green-900 bg-green-50 px-4 py-2">
                    {notice}
                  </p>
                ) : null}
                {editing ? (
                  <AssessmentForm
                    personId={id}
                    sheet={sheet}
                    mode={editing}
                    onDone={(saved) => {
                      if (saved)
                        setNotice(editing === 'self' ? '自己評価を保存しました。' : '評価を保存しました。');
                      returnFocus.current = true;
                      setEditing(null);
                    }}
                  />
                ) : isSelf ? (
                  <button
                    ref={editButton}
                    type="button"
                    onClick={() => {
                      setNotice(null);
                      setEditing('self');
                    }}
                    className={`${primaryButtonClass} mt-3`}
                  >
                    自己評価を入力
                  </button>
                ) : canEvaluate ? (
                  <button
                    ref={editButton}
                    type="button"
                    onClick={() => {
                      setNotice(null);
                      setEditing('evaluation');
                    }}
                    className={`${primaryButtonClass} mt-3`}
                  >
                    評価を入力
                  </button>
                ) : (
                  <p className="mt-2">評価は人材機構と配属先のDX責任者が入力します。</p>
                )}
              </section>

              <section aria-labelledby="sheet-evidence" className="mt-8">
                <h2 id="sheet-evidence" className="text-std-20B-150">
                  根拠（資格・研修・OJT）
                </h2>
                {sheet.evidence.length === 0 ? (
                  <p className="mt-2">登録された根拠はありません。</p>
                ) : (
                  <ul className="mt-2 list-disc space-y-1 pl-6">
                    {sheet.evidence.map((e) => (
                      <li key={e.id}>
                        {sheet.items.find((i) => i.itemCode === e.itemCode)?.name ?? e.itemCode}：
                        {e.kind === 'certification' ? '資格' : e.kind === 'training' ? '研修' : 'OJT'}「
                        {e.description}」
                      </li>
                    ))}
                  </ul>
                )}
              </section>

              <GapsSection personId={id} fiscalYear={sheet.fiscalYear} />
            </>
          ) : (
            <p className="mt-6">まだスキルシートがありません。</p>
          )}

          {list.length > 0 ? (
            <section aria-labelledby="sheet-history" className="mt-8">
              <h2 id="sheet-history" className="text-std-20B-150">
                年度ごとの推移
              </h2>
              <div
                // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
                tabIndex={0}
                className="mt-3 overflow-x-auto"
              >
                <table className="border-collapse text-std-16N-170">
                  <caption className="sr-only">スキルシートの年度ごとの推移</caption>
                  <thead className="bg-solid-gray-50">
                    <tr>
                      {['年度', 'ジョブタイプ', 'キャリア段階', '状態', '達成度', ''].map((h) => (
                        <th key={h} scope="col" className={th}>
                          {h === '' ? <span className="sr-only">表示</span> : h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((s) => (
                      <tr key={s.id} className={s.id === sheet?.id ? 'bg-blue-50' : ''}>
                        <th scope="row" className={`${td} text-left font-normal whitespace-nowrap`}>
                          {s.fiscalYearLabel}
                        </th>
                        <td className={td}>{s.jobType.name}</td>
                        <td className={td}>{s.careerStage.name}</td>
                        <td className={td}>{SHEET_STATUS_LABELS[s.status]}</td>
                        <td className={`${td} text-right tabular-nums`}>{s.achievementPercent}%</td>
                        <td className={td}>
                          {s.id === sheet?.id ? (
                            <span>表示中</span>
                          ) : (
                            <button
                              type="button"
                              onClick={() => choose(s.fiscalYear)}
                              className={textButtonClass}
                            >
                              {s.fiscalYearLabel}を表示
                            </button>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ) : null}

          <p className="mt-8 flex flex-wrap gap-x-6 gap-y-2">
            <Link to={`/people/${id}/training`}>研修計画を見る</Link>
            {isSelf ? (
              <Link to="/me">マイページへ戻る</Link>
            ) : (
              <Link to={`/people/${id}`}>人材の詳細へ戻る</Link>
            )}
          </p>
        </>
      ) : null}
    </>
  );
}

/** Opens the sheet of a 年度 that has none yet. */
function OpenSheetForm({
  personId,
  existing,
  onOpened,
}: {
  personId: string;
  existing: readonly SkillSheet[];
  onOpened: (fiscalYear: number) => void;
}) {
  const open = useOpenSheet(personId);
  const now = currentFiscalYear();
  const years = [now - 1, now, now + 1].filter((fy) => !existing.some((s) => s.fiscalYear === fy));
  const [fiscalYear, setFiscalYear] = useState(years.includes(now) ? now : (years[0] ?? now));
  if (years.length === 0) return null;
  return (
    <div className="mt-6 rounded-8 bg-solid-gray-50 p-4">
      <div className="flex flex-wrap items-end gap-4">
        <FiscalYearSelect
          label="シートを作成する年度"
          value={fiscalYear}
          years={years}
          onChange={setFiscalYear}
        />
        <button
          type="button"
          disabled={open.isPending}
          onClick={() => open.mutate(fiscalYear, { onSuccess: () => onOpened(fiscalYear) })}
          className={secondaryButtonClass}
        >
          {formatFiscalYear(fiscalYear)}のスキルシートを作成
        </button>
      </div>
      {open.isError ? <ErrorAlert error={open.error} title="スキルシートを作成できませんでした。" /> : null}
    </div>
  );
}

/** The gaps of a 年度's sheet, largest first, with the courses that would close them. */
function GapsSection({ personId, fiscalYear }: { personId: string; fiscalYear: number }) {
  const gaps = usePersonGaps(personId, fiscalYear);
  return (
    <section aria-labelledby="sheet-gaps" className="mt-8">
      <h2 id="sheet-gaps" className="text-std-20B-150">
        スキルギャップ
      </h2>
      {gaps.isPending ? <Loading /> : null}
      {gaps.isError ? <ErrorAlert error={gaps.error} /> : null}
      {gaps.data ? (
        gaps.data.gaps.length === 0 ? (
          <p className="mt-2">目標に届いていない項目はありません。</p>
        ) : (
          <div
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
            tabIndex={0}
            className="mt-3 overflow-x-auto"
          >
            <table className="border-collapse text-std-16N-170">
              <caption className="sr-only">スキルギャップ（{gaps.data.fiscalYearLabel}）</caption>
              <thead className="bg-solid-gray-50">
                <tr>
                  {['項目', '分類', '目標', '有効', '差', 'この差を埋める研修'].map((h) => (
                    <th key={h} scope="col" className={th}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {gaps.data.gaps.map((g) => (
                  <tr key={g.itemCode}>
                    <th scope="row" className={`${td} text-left font-normal`}>
                      {g.name}
                    </th>
                    <td className={td}>{g.categoryName}</td>
                    <td className={`${td} text-right tabular-nums`}>{g.target}</td>
                    <td className={`${td} text-right tabular-nums`}>{g.level}</td>
                    <td className={`${td} text-right font-bold tabular-nums`}>{g.gap}</td>
                    <td className={td}>
                      {g.courses.length === 0 ? (
                        <span className="text-solid-gray-700">該当する研修はありません</span>
                      ) : (
                        <ul>
                          {g.courses.map((c) => (
                            <li key={c.id}>
                              {c.name}
                              <span className="text-dns-14N-130 text-solid-gray-700">
                                （{c.provider}・{c.hours}時間・{c.costYen.toLocaleString('ja-JP')}円）
                              </span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </section>
  );
}
