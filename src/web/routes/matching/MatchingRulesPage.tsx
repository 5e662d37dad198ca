import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ENFORCEMENTS, RULE_KIND_LABELS } from '../../../domain/matching-rules.ts';
import { ApiError } from '../../api/client.ts';
import { secondaryButtonClass, textButtonClass } from '../../components/button-styles.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { type FormFailure, formFailure } from '../../components/form-errors.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { useOrgs } from '../orgs/orgs-queries.ts';
import { type RuleInput, useRules, useSaveRules } from './matching-queries.ts';
import { RuleForm } from './RuleForm.tsx';

const th = 'border-b-2 border-solid-gray-600 px-4 py-2 text-left font-bold whitespace-nowrap';
const td = 'border-b border-solid-gray-200 px-4 py-2 align-top';

/** A rule as the page holds it: what PUT takes, without the name the GET adds. */
function inputOf(rule: RuleInput & { description?: string }): RuleInput {
  const { description: _d, ...input } = rule;
  return input;
}

/**
 * The failure of the last save for the rule at `index`: the issues of `rules.index.field` become the
 * field's, anything else is kept whole for the summary.
 */
function failureFor(error: unknown, index: number): FormFailure | null {
  const failure = formFailure(error, []);
  if (!failure || !(error instanceof ApiError)) return failure;
  const prefix = `rules.${index}.`;
  return {
    ...failure,
    issues: error.issues.map((i) =>
      i.path.startsWith(prefix) ? { ...i, path: i.path.slice(prefix.length) } : i,
    ),
  };
}

/**
 * 配置のルール: the programme's rules by 年度 and body that every matching run follows — each either
 * hard (pairs breaking it are never chosen) or a penalty (points added, named in the explanations).
 * A talent officer edits one rule at a time; each save replaces the whole set (If-Match on its version).
 */
export function MatchingRulesPage() {
  const rules = useRules();
  const orgs = useOrgs();
  const save = useSaveRules();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [failedIndex, setFailedIndex] = useState(-1);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const bodies = useMemo(
    () => (orgs.data?.items ?? []).map((o) => ({ code: o.code, name: o.name })),
    [orgs.data],
  );
  const current = rules.data?.rules ?? [];
  const list = current.map(inputOf);

  const saveList = (next: RuleInput[], index: number, done: string) => {
    if (!rules.data) return;
    setAttempt((a) => a + 1);
    setFailedIndex(index);
    save.mutate(
      { rules: next, version: rules.data.version },
      {
        onSuccess: () => {
          setEditing(null);
          setRemoving(null);
          setNotice(`${done}。最適配置で計算し直すと反映されます。`);
          requestAnimationFrame(() => noticeRef.current?.focus());
        },
      },
    );
  };

  const newId = `rule-${Date.now().toString(36)}`;
  const removed = current.find((r) => r.id === removing);

  return (
    <>
      <PageHeading title="配置のルール" />
      <p className="mt-2 max-w-4xl text-std-16N-170 text-solid-gray-700">
        最適配置がすべてのシナリオで従う制度のルールです（年度・団体ごと）。「必ず守る」ルールに反する組み合わせは選ばれず、「減点」ルールは反するたびに点数が加わります。計算結果の説明には、ここでのルール名が表示されます。
      </p>
      <p className="mt-2">
        <Link to="/matching">最適配置（マッチング）へ戻る</Link>
      </p>

      <p
        ref={noticeRef}
        tabIndex={-1}
        role="status"
        className={
          notice ? 'mt-4 rounded-8 border border-green-900 bg-green-50 px-4 py-3 text-std-16B-170' : 'sr-only'
        }
      >
        {notice}
      </p>

      {rules.isPending ? <Loading /> : null}
      {rules.isError ? <ErrorAlert error={rules.error} /> : null}
      {rules.data ? (
        <>
          <p className="mt-4 text-std-16N-170">
            {rules.data.isDefault
              ? '資料（DXShipひろしま）に基づく既定のルールです。まだ保存されていません。'
              : `保存されたルール（版 ${rules.data.version}）です。`}
          </p>
          <div className="mt-3 overflow-x-auto">
            <table className="border-collapse text-std-16N-170">
              <caption className="sr-only">配置のルール</caption>
              <thead className="bg-solid-gray-50">
                <tr>
                  <th scope="col" className={th}>
                    ルール
                  </th>
                  <th scope="col" className={th}>
                    種類
                  </th>
                  <th scope="col" className={th}>
                    扱い
                  </th>
                  <th scope="col" className={th}>
                    備考
                  </th>
                  <th scope="col" className={th}>
                    操作
                  </th>
                </tr>
              </thead>
              <tbody>
                {current.map((rule) => (
                  <tr key={rule.id}>
                    <th scope="row" className={`${td} text-left font-bold`}>
                      {rule.description}
                    </th>
                    <td className={td}>{RULE_KIND_LABELS[rule.kind]}</td>
                    <td className={`${td} whitespace-nowrap`}>
                      {rule.enforcement === 'hard' ? '必ず守る' : `減点 ${rule.penalty}点`}
                    </td>
                    <td className={td}>{rule.note}</td>
                    <td className={`${td} whitespace-nowrap`}>
                      <button
                        type="button"
                        className={textButtonClass}
                        aria-label={`「${rule.description}」を編集`}
                        onClick={() => {
                          save.reset();
                          setEditing(rule.id);
                        }}
                      >
                        編集
                      </button>{' '}
                      <button
                        type="button"
                        className={textButtonClass}
                        aria-label={`「${rule.description}」を削除`}
                        onClick={() => setRemoving(rule.id)}
                      >
                        削除
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {current.length === 0 ? <p className="mt-2">ルールはありません。</p> : null}

          {editing === null ? (
            <button
              type="button"
              className={`${secondaryButtonClass} mt-4`}
              onClick={() => {
                save.reset();
                setEditing('new');
              }}
            >
              ルールを追加
            </button>
          ) : (
            <section aria-labelledby="rule-form-heading" className="mt-6">
              <h2 id="rule-form-heading" className="text-std-20B-150">
                {editing === 'new'
                  ? 'ルールを追加'
                  : `ルールを編集：${current.find((r) => r.id === editing)?.description ?? ''}`}
              </h2>
              <p className="mt-1 text-std-16N-170 text-solid-gray-700">
                扱い：{ENFORCEMENTS.hard}／{ENFORCEMENTS.penalty}
              </p>
              <RuleForm
                key={editing}
                rule={editing === 'new' ? null : (list.find((r) => r.id === editing) ?? null)}
                newId={newId}
                bodies={bodies}
                busy={save.isPending}
                failure={save.isError ? failureFor(save.error, failedIndex) : null}
                attempt={attempt}
                onCancel={() => setEditing(null)}
                onSubmit={(rule) => {
                  const index = editing === 'new' ? list.length : list.findIndex((r) => r.id === editing);
                  const next =
                    editing === 'new' ? [...list, rule] : list.map((r) => (r.id === editing ? rule : r));
                  saveList(next, index, editing === 'new' ? 'ルールを追加しました' : 'ルールを保存しました');
                }}
              />
            </section>
          )}
          <ConfirmDialog
            open={removed !== undefined}
            title="このルールを削除しますか？"
            confirmLabel="削除する"
            busy={save.isPending}
            onCancel={() => setRemoving(null)}
            onConfirm={() =>
              saveList(
                list.filter((r) => r.id !== removing),
                -1,
                'ルールを削除しました',
              )
            }
          >
            <p>「{removed?.description}」を削除します。操作は監査ログに記録されます。</p>
          </ConfirmDialog>
          {save.isError && editing === null ? (
            <ErrorAlert error={save.error} title="保存できませんでした。" />
          ) : null}
        </>
      ) : null}
    </>
  );
}
