import { useId, useMemo, useState } from 'react';
import { MAX_SKILL_LEVEL } from '../../../domain/skills/levels.ts';
import { SkillRadar } from '../../components/SkillRadar.tsx';
import { categoryAxes, IMPORTANCE_LABELS, itemAxes, levelLabel } from './skill-labels.ts';
import type { SkillSheet } from './skills-queries.ts';

const th = 'border-b-2 border-solid-gray-600 px-3 py-2 text-left font-bold whitespace-nowrap';
const td = 'border-b border-solid-gray-200 px-3 py-2 align-top';

/**
 * A sheet as a radar (effective level against the target, per category or per item) and the same data
 * as a table: every item with self, evaluator and effective levels, target and gap.
 */
export function SkillSheetChart({ sheet, compact = false }: { sheet: SkillSheet; compact?: boolean }) {
  const [by, setBy] = useState<'category' | 'item'>('category');
  const axes = useMemo(
    () => (by === 'category' ? categoryAxes(sheet.items) : itemAxes(sheet.items)),
    [sheet.items, by],
  );
  const name = useId();
  const summary = `${sheet.fiscalYearLabel}のスキルのレーダーチャート（${by === 'category' ? '分類ごとの平均' : '項目ごと'}）。達成度${sheet.achievementPercent}%。${axes
    .map((a) => `${a.label} ${a.value}（目標${a.target}）`)
    .join('、')}`;

  return (
    <div>
      <fieldset className="mt-3">
        <legend className="text-std-16B-170">チャートの単位</legend>
        <div className="mt-1 flex gap-6">
          {(
            [
              ['category', '分類ごと'],
              ['item', '項目ごと'],
            ] as const
          ).map(([value, text]) => (
            <label key={value} className="flex items-center gap-2">
              <input
                type="radio"
                name={name}
                value={value}
                checked={by === value}
                onChange={() => setBy(value)}
                className="size-4"
              />
              {text}
            </label>
          ))}
        </div>
      </fieldset>
      <SkillRadar
        label={summary}
        axes={axes}
        max={MAX_SKILL_LEVEL}
        valueName="有効レベル（評価者の評価、なければ自己評価）"
        targetName="目標レベル"
      />
      {compact ? (
        <table className="mt-2 border-collapse text-std-16N-170">
          <caption className="px-1 py-2 text-left text-std-16B-170">
            チャートの数値（{by === 'category' ? '分類ごとの平均' : '項目ごと'}）
          </caption>
          <thead className="bg-solid-gray-50">
            <tr>
              <th scope="col" className={th}>
                {by === 'category' ? '分類' : '項目'}
              </th>
              <th scope="col" className={`${th} text-right`}>
                有効レベル
              </th>
              <th scope="col" className={`${th} text-right`}>
                目標レベル
              </th>
            </tr>
          </thead>
          <tbody>
            {axes.map((a) => (
              <tr key={a.label}>
                <th scope="row" className={`${td} text-left font-normal`}>
                  {a.label}
                </th>
                <td className={`${td} text-right tabular-nums`}>{a.value}</td>
                <td className={`${td} text-right tabular-nums`}>{a.target}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <div
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
          tabIndex={0}
          className="mt-4 overflow-x-auto"
        >
          <table className="border-collapse text-std-16N-170">
            <caption className="px-1 py-2 text-left text-std-18B-160">
              スキルシートの内容（{sheet.fiscalYearLabel}・{sheet.jobType.name}）
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
                  重要度
                </th>
                <th scope="col" className={th}>
                  自己評価
                </th>
                <th scope="col" className={th}>
                  評価者
                </th>
                <th scope="col" className={`${th} text-right`}>
                  有効
                </th>
                <th scope="col" className={`${th} text-right`}>
                  目標
                </th>
                <th scope="col" className={`${th} text-right`}>
                  差
                </th>
              </tr>
            </thead>
            <tbody>
              {sheet.items.map((item) => (
                <tr key={item.itemCode}>
                  <td className={`${td} whitespace-nowrap`}>{item.categoryName}</td>
                  <th scope="row" className={`${td} text-left font-normal`}>
                    {item.name}
                  </th>
                  <td className={td}>{IMPORTANCE_LABELS[item.importance]}</td>
                  <td className={`${td} whitespace-nowrap`}>{levelLabel(item.selfLevel)}</td>
                  <td className={td}>
                    <span className="whitespace-nowrap">{levelLabel(item.evaluatorLevel)}</span>
                    {item.evaluatorComment ? (
                      <span className="block text-dns-14N-130 text-solid-gray-700">
                        {item.evaluatorComment}
                      </span>
                    ) : null}
                  </td>
                  <td className={`${td} text-right tabular-nums`}>{item.effectiveLevel}</td>
                  <td className={`${td} text-right tabular-nums`}>{item.target}</td>
                  <td
                    className={`${td} text-right tabular-nums ${item.gap > 0 ? 'font-bold text-error-2' : ''}`}
                  >
                    {item.gap}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
