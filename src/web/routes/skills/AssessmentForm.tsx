import { type FormEvent, useId, useState } from 'react';
import { isSkillItemCode } from '../../../domain/skills/catalogue.ts';
import { SKILL_LEVELS } from '../../../domain/skills/levels.ts';
import { primaryButtonClass, secondaryButtonClass } from '../../components/button-styles.ts';
import { controlClass } from '../../components/form-styles.ts';
import { ErrorAlert } from '../../components/StatusMessages.tsx';
import { type SkillSheet, useSaveEvaluation, useSaveSelfAssessment } from './skills-queries.ts';

const th = 'border-b-2 border-solid-gray-600 px-3 py-2 text-left font-bold whitespace-nowrap';
const td = 'border-b border-solid-gray-200 px-3 py-2 align-top';

/** Props of {@link AssessmentForm}. */
export type AssessmentFormProps = {
  personId: string;
  sheet: SkillSheet;
  /** self: the person's own levels; evaluation: the evaluator's levels with comments. */
  mode: 'self' | 'evaluation';
  onDone: (saved: boolean) => void;
};

/**
 * The levels of every item of a sheet, one select per item (0 未経験 … 4 牽引), and for an evaluator a
 * comment per item. Saves all at once.
 */
export function AssessmentForm({ personId, sheet, mode, onDone }: AssessmentFormProps) {
  const self = useSaveSelfAssessment(personId, sheet.id, sheet.version);
  const evaluation = useSaveEvaluation(personId, sheet.id, sheet.version);
  const save = mode === 'self' ? self : evaluation;
  const [levels, setLevels] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      sheet.items.map((i) => {
        const start = mode === 'self' ? i.selfLevel : (i.evaluatorLevel ?? i.selfLevel);
        return [i.itemCode, start === null ? '' : String(start)];
      }),
    ),
  );
  const [comments, setComments] = useState<Record<string, string>>(() =>
    Object.fromEntries(sheet.items.map((i) => [i.itemCode, i.evaluatorComment])),
  );
  const [missing, setMissing] = useState(false);
  const idBase = useId();
  const what = mode === 'self' ? '自己評価' : '評価';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = sheet.items.flatMap((i) =>
      levels[i.itemCode] !== '' && isSkillItemCode(i.itemCode) ? [{ ...i, itemCode: i.itemCode }] : [],
    );
    if (chosen.length === 0) {
      setMissing(true);
      document.getElementById(`${idBase}-${sheet.items[0]?.itemCode}`)?.focus();
      return;
    }
    setMissing(false);
    const payload = chosen.map((i) => ({ itemCode: i.itemCode, level: Number(levels[i.itemCode]) }));
    if (mode === 'self') self.mutate(payload, { onSuccess: () => onDone(true) });
    else
      evaluation.mutate(
        payload.map((p) => ({ ...p, comment: comments[p.itemCode] ?? '' })),
        { onSuccess: () => onDone(true) },
      );
  };

  return (
    <form noValidate onSubmit={submit} className="mt-4">
      <p className="text-std-16N-170 text-solid-gray-700">
        レベル：
        {SKILL_LEVELS.map((l) => `${l.level} ${l.label}（${l.description}）`).join('／')}
      </p>
      <div
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
        tabIndex={0}
        className="mt-3 overflow-x-auto"
      >
        <table className="border-collapse text-std-16N-170">
          <caption className="sr-only">
            {sheet.fiscalYearLabel}の{what}
          </caption>
          <thead className="bg-solid-gray-50">
            <tr>
              <th scope="col" className={th}>
                分類
              </th>
              <th scope="col" className={th}>
                項目
              </th>
              <th scope="col" className={th}>
                {mode === 'self' ? '自己評価' : '評価者の評価'}
              </th>
              {mode === 'evaluation' ? (
                <>
                  <th scope="col" className={th}>
                    自己評価
                  </th>
                  <th scope="col" className={th}>
                    コメント
                  </th>
                </>
              ) : null}
              <th scope="col" className={`${th} text-right`}>
                目標
              </th>
            </tr>
          </thead>
          <tbody>
            {sheet.items.map((item) => {
              const levelId = `${idBase}-${item.itemCode}`;
              return (
                <tr key={item.itemCode}>
                  <td className={`${td} whitespace-nowrap`}>{item.categoryName}</td>
                  <th scope="row" className={`${td} text-left font-normal`}>
                    <label htmlFor={levelId}>{item.name}</label>
                  </th>
                  <td className={td}>
                    <select
                      id={levelId}
                      aria-label={`${item.name}の${what}`}
                      value={levels[item.itemCode] ?? ''}
                      onChange={(e) => setLevels((c) => ({ ...c, [item.itemCode]: e.target.value }))}
                      className={`${controlClass} mt-0 min-w-40`}
                    >
                      <option value="">未入力</option>
                      {SKILL_LEVELS.map((l) => (
                        <option key={l.level} value={l.level}>
                          {l.level} {l.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  {mode === 'evaluation' ? (
                    <>
                      <td className={`${td} whitespace-nowrap`}>
                        {item.selfLevel === null ? '未入力' : item.selfLevel}
                      </td>
                      <td className={td}>
                        <input
                          type="text"
                          aria-label={`${item.name}へのコメント`}
                          value={comments[item.itemCode] ?? ''}
                          maxLength={1000}
                          onChange={(e) => setComments((c) => ({ ...c, [item.itemCode]: e.target.value }))}
                          className={`${controlClass} mt-0 min-w-60`}
                        />
                      </td>
                    </>
                  ) : null}
                  <td className={`${td} text-right tabular-nums`}>{item.target}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {missing ? (
        <p role="alert" className="mt-3 text-std-16B-170 text-error-1">
          少なくとも1つの項目のレベルを選んでください。
        </p>
      ) : null}
      {save.isError ? <ErrorAlert error={save.error} title={`${what}を保存できませんでした。`} /> : null}
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="submit" disabled={save.isPending} className={primaryButtonClass}>
          {save.isPending ? '保存しています…' : `${what}を保存`}
        </button>
        <button type="button" onClick={() => onDone(false)} className={secondaryButtonClass}>
          キャンセル
        </button>
      </div>
    </form>
  );
}
