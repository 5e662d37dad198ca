import { type ReactNode, useEffect, useRef, useState } from 'react';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { EMPTY_MARK, formatDate } from '../../../domain/japanese-date.ts';
import { postTitleText } from '../../../domain/post-priority.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { secondaryButtonClass } from '../../components/button-styles.ts';
import { Facts } from '../../components/Facts.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { SkillSummarySection } from '../skills/SkillSummarySection.tsx';
import { OwnProfileForm } from './OwnProfileForm.tsx';
import { PlannedPath } from './PlannedPath.tsx';
import { type Person, useCareer } from './people-queries.ts';

const th = 'border-b-2 border-solid-gray-600 px-4 py-2 text-left font-bold whitespace-nowrap';
const td = 'border-b border-solid-gray-200 px-4 py-2 align-top';

/** A simple table with a caption and column headers; the first column is the row header. */
function SimpleTable({
  caption,
  headers,
  rows,
  empty,
}: {
  caption: string;
  headers: readonly string[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
  empty: string;
}) {
  if (rows.length === 0) return <p className="mt-3">{empty}</p>;
  return (
    <div
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      className="mt-3 overflow-x-auto"
    >
      <table className="border-collapse text-std-16N-170">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-solid-gray-50">
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col" className={th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed
                  <th key={i} scope="row" className={`${td} text-left font-normal whitespace-nowrap`}>
                    {cell}
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed
                  <td key={i} className={td}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** 初任給調整手当 (p.8), shown only when the API returns it (the person, talent officers, admins). */
function AllowanceFacts({ allowance }: { allowance: NonNullable<Person['allowance']> }) {
  return allowance.eligible ? (
    <Facts
      rows={[
        ['支給', <strong key="e">支給対象</strong>],
        [
          '月額',
          allowance.monthlyYen === null ? EMPTY_MARK : `${allowance.monthlyYen.toLocaleString('ja-JP')}円`,
        ],
        ['支給期間', allowance.period ?? EMPTY_MARK],
        ['対象の試験', allowance.qualifyingExam?.name ?? EMPTY_MARK],
      ]}
    />
  ) : (
    <Facts
      rows={[
        ['支給', '対象外'],
        ['理由', allowance.reason ?? EMPTY_MARK],
      ]}
    />
  );
}

/**
 * A person's page: profile, 初任給調整手当 (when the API returns it), certifications, desired work
 * locations and career goal (editable by the person), and the career — assignments over the 年度,
 * trainings and skill achievement over time. `extra` renders below (e.g. the skill sheet).
 */
export function PersonView({ person, extra }: { person: Person; extra?: ReactNode }) {
  const user = useCurrentUser();
  const career = useCareer(person.id);
  const isSelf = user.role === 'member' && person.account?.login === user.login;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  // Back from the form: focus returns to the button that opened it.
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);
  const current = person.assignments.filter((a) => a.status === 'actual');

  return (
    <>
      <section aria-labelledby="person-profile" className="mt-6">
        <h2 id="person-profile" className="text-std-20B-150">
          基本情報
        </h2>
        <Facts
          rows={[
            ['ふりがな', person.kana],
            ['職員番号', person.employeeNo],
            ['採用団体', person.employer.name],
            ['区分', person.categoryLabel],
            ['採用', `${person.hiringRouteLabel}（${person.hiringFiscalYearLabel}採用）`],
            ['採用日', person.hiredOnLabel],
            ['職位', person.grade],
            ['主ジョブタイプ', person.primaryJobType.name],
            ['副ジョブタイプ', person.secondaryJobType?.name ?? 'なし'],
            [
              '現在の配属',
              current.length === 0
                ? 'なし'
                : current
                    .map((a) => `${a.org.name} ${postTitleText(a.unit, a.postTitle)}（${a.period}）`)
                    .join('、'),
            ],
            ...(person.homeOrg !== undefined
              ? ([['拠点（居住地）', person.homeOrg?.name ?? '未登録']] as const)
              : []),
            ['状態', person.statusLabel],
          ]}
        />
      </section>

      {person.allowance ? (
        <section aria-labelledby="person-allowance" className="mt-8">
          <h2 id="person-allowance" className="text-std-20B-150">
            初任給調整手当
          </h2>
          <p className="mt-1 text-std-16N-170 text-solid-gray-700">
            令和5年度以降に採用された情報職が応用情報技術者試験以上に合格している場合、採用から10年間、月額5万円を支給します。
          </p>
          <AllowanceFacts allowance={person.allowance} />
        </section>
      ) : null}

      <section aria-labelledby="person-certs" className="mt-8">
        <h2 id="person-certs" className="text-std-20B-150">
          資格
        </h2>
        <SimpleTable
          caption="資格"
          headers={['試験', '合格日']}
          rows={person.certifications.map((c) => ({ key: c.code, cells: [c.name, c.passedOnLabel] }))}
          empty="登録された資格はありません。"
        />
      </section>

      {person.locationPreferences !== undefined || person.careerGoal !== undefined ? (
        <section aria-labelledby="person-wishes" className="mt-8">
          <h2 id="person-wishes" className="text-std-20B-150">
            勤務希望地とキャリア目標
          </h2>
          {saved ? (
            <p role="status" className="mt-2 rounded-8 border border-green-900 bg-green-50 px-4 py-2">
              保存しました。
            </p>
          ) : null}
          {editing ? (
            <OwnProfileForm
              person={person}
              onDone={(ok) => {
                returnFocus.current = true;
                setEditing(false);
                setSaved(ok);
              }}
            />
          ) : (
            <>
              <h3 className="mt-3 text-std-16B-170">勤務希望地</h3>
              {person.locationPreferences && person.locationPreferences.length > 0 ? (
                <ol className="mt-1 list-decimal space-y-1 pl-8">
                  {person.locationPreferences.map((p) => (
                    <li key={p.code}>{p.name}</li>
                  ))}
                </ol>
              ) : (
                <p className="mt-1">登録されていません。</p>
              )}
              <h3 className="mt-3 text-std-16B-170">キャリア目標</h3>
              <p className="mt-1 max-w-3xl whitespace-pre-wrap">
                {person.careerGoal || '登録されていません。'}
              </p>
              {isSelf ? (
                <button
                  ref={editButton}
                  type="button"
                  onClick={() => {
                    setSaved(false);
                    setEditing(true);
                  }}
                  className={`${secondaryButtonClass} mt-4`}
                >
                  勤務希望地・キャリア目標を編集
                </button>
              ) : null}
            </>
          )}
        </section>
      ) : null}

      <SkillSummarySection personId={person.id} />

      {extra}

      <section aria-labelledby="person-career" className="mt-8">
        <h2 id="person-career" className="text-std-20B-150">
          キャリア
        </h2>
        {career.isPending ? <Loading /> : null}
        {career.isError ? <ErrorAlert error={career.error} /> : null}
        {career.data ? (
          <>
            <h3 className="mt-4 text-std-18B-160">配属の履歴（ローテーション）</h3>
            <SimpleTable
              caption="配属の履歴"
              headers={['期間', '団体', '部署・職名', '勤務割合', '区分']}
              rows={[...career.data.assignments]
                .sort((a, b) => a.startFiscalYear - b.startFiscalYear)
                .map((a) => ({
                  key: a.id,
                  cells: [
                    a.period,
                    a.org.name,
                    postTitleText(a.unit, a.postTitle),
                    `${a.fte}`,
                    a.status === 'planned' ? '予定' : '実績',
                  ],
                }))}
              empty="配属の記録はありません。"
            />
            <PlannedPath assignments={career.data.assignments} />
            <h3 className="mt-6 text-std-18B-160">研修</h3>
            <SimpleTable
              caption="研修の履歴"
              headers={['年度', '研修', '種類', '提供者', '時間', '修了日']}
              rows={career.data.trainings.map((t, i) => ({
                key: `${t.fiscalYear}-${t.courseName}-${i}`,
                cells: [
                  formatFiscalYear(t.fiscalYear),
                  t.courseName,
                  t.kind,
                  t.provider,
                  `${t.hours}時間`,
                  t.completedOn ? formatDate(t.completedOn) : '未修了',
                ],
              }))}
              empty="研修の記録はありません。"
            />
            <h3 className="mt-6 text-std-18B-160">スキルの推移</h3>
            {career.data.skills === null ? (
              <p className="mt-3">スキルの評価は、本人・人材機構・配属先の責任者のみ閲覧できます。</p>
            ) : (
              <SimpleTable
                caption="年度ごとのスキル達成度"
                headers={['年度', 'ジョブタイプ', 'キャリア段階', '状態', '達成度']}
                rows={career.data.skills.map((s) => ({
                  key: String(s.fiscalYear),
                  cells: [
                    s.fiscalYearLabel,
                    s.jobType.name,
                    s.careerStage.name,
                    s.status,
                    `${s.achievementPercent}%`,
                  ],
                }))}
                empty="スキルシートの記録はありません。"
              />
            )}
          </>
        ) : null}
      </section>
    </>
  );
}
