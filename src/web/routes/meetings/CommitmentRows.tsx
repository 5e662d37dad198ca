import { secondaryButtonClass, textButtonClass } from '../../components/button-styles.ts';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { JapaneseDateInput } from '../../components/JapaneseDateInput.tsx';
import type { CommitmentDraft } from './meeting-form.ts';

let nextKey = 1;

/** The commitments of a new meeting: what, which body owns it, by when. */
export function CommitmentRows({
  rows,
  bodies,
  onChange,
}: {
  rows: CommitmentDraft[];
  bodies: readonly { code: string; name: string }[];
  onChange: (rows: CommitmentDraft[]) => void;
}) {
  const update = (key: number, patch: Partial<CommitmentDraft>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <fieldset>
      <legend className={labelClass}>決定事項・コミットメント</legend>
      {rows.length === 0 ? <p className="mt-1 text-solid-gray-700">まだありません。</p> : null}
      <ol className="mt-2 space-y-4">
        {rows.map((r, i) => (
          <li key={r.key} className="rounded-8 border border-solid-gray-200 p-4">
            <div>
              <label className={labelClass} htmlFor={`commitment-${r.key}-title`}>
                コミットメント{i + 1}の内容
              </label>
              <input
                id={`commitment-${r.key}-title`}
                className={controlClass}
                value={r.title}
                onChange={(e) => update(r.key, { title: e.target.value })}
              />
            </div>
            <div className="mt-2 flex flex-wrap gap-4">
              <div className="w-64">
                <label className={labelClass} htmlFor={`commitment-${r.key}-owner`}>
                  コミットメント{i + 1}の担当団体
                </label>
                <select
                  id={`commitment-${r.key}-owner`}
                  className={controlClass}
                  value={r.ownerOrgCode}
                  onChange={(e) => update(r.key, { ownerOrgCode: e.target.value })}
                >
                  {bodies.map((b) => (
                    <option key={b.code} value={b.code}>
                      {b.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="w-56">
                <label className={labelClass} htmlFor={`commitment-${r.key}-due`}>
                  コミットメント{i + 1}の期限
                </label>
                <JapaneseDateInput
                  id={`commitment-${r.key}-due`}
                  className={controlClass}
                  value={r.dueOn}
                  onChange={(v) => update(r.key, { dueOn: v })}
                />
              </div>
            </div>
            <button
              type="button"
              className={`${textButtonClass} mt-2`}
              onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
            >
              コミットメント{i + 1}を削除
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className={`${secondaryButtonClass} mt-3`}
        onClick={() =>
          onChange([
            ...rows,
            { key: nextKey++, title: '', ownerOrgCode: bodies[0]?.code ?? '340006', dueOn: '' },
          ])
        }
      >
        コミットメントを追加
      </button>
    </fieldset>
  );
}
