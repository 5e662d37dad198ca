import { useId, useState } from 'react';
import { EMPTY_MARK } from '../../../domain/japanese-date.ts';
import { primaryButtonClass, secondaryButtonClass } from '../../components/button-styles.ts';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { type Synonym, type SynonymDraft, useSynonyms, useSynonymWrites } from './synonyms-queries.ts';

/** Words typed one per line or separated by 、 or commas, without blanks. */
function wordsOf(text: string): string[] {
  return text
    .split(/[\n、,，]+/u)
    .map((w) => w.trim())
    .filter((w) => w !== '');
}

/** The form of one entry: headword, its words, a note. Used to add an entry and to change one. */
function SynonymForm({
  initial,
  submitLabel,
  pending,
  onSubmit,
  onCancel,
}: {
  initial?: Synonym;
  submitLabel: string;
  pending: boolean;
  onSubmit: (draft: SynonymDraft) => void;
  onCancel?: () => void;
}) {
  const id = useId();
  const [term, setTerm] = useState(initial?.term ?? '');
  const [words, setWords] = useState(initial?.synonyms.join('、') ?? '');
  const [note, setNote] = useState(initial?.note ?? '');
  return (
    <form
      className="flex flex-wrap items-end gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ term: term.trim(), synonyms: wordsOf(words), note: note.trim() || null });
      }}
    >
      <div className="w-40">
        <label htmlFor={`${id}-term`} className={labelClass}>
          見出し語
        </label>
        <input
          id={`${id}-term`}
          className={controlClass}
          value={term}
          onChange={(e) => setTerm(e.target.value)}
          required
        />
      </div>
      <div className="min-w-64 flex-1">
        <label htmlFor={`${id}-words`} className={labelClass}>
          同じ意味の語（「、」で区切る）
        </label>
        <input
          id={`${id}-words`}
          className={controlClass}
          value={words}
          onChange={(e) => setWords(e.target.value)}
          required
        />
      </div>
      <div className="w-56">
        <label htmlFor={`${id}-note`} className={labelClass}>
          備考
        </label>
        <input
          id={`${id}-note`}
          className={controlClass}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <button type="submit" className={primaryButtonClass} disabled={pending}>
        {submitLabel}
      </button>
      {onCancel ? (
        <button type="button" className={secondaryButtonClass} onClick={onCancel}>
          取消
        </button>
      ) : null}
    </form>
  );
}

/**
 * 検索辞書 (admins): the abbreviations and synonyms the search expands queries with (住基 →
 * 住民基本台帳・住民記録). Each change is checked against the version read (If-Match) and audited.
 */
export function SynonymsPage() {
  const list = useSynonyms();
  const { create, update, remove } = useSynonymWrites();
  const [editing, setEditing] = useState<number | null>(null);
  const error = create.error ?? update.error ?? remove.error;
  return (
    <>
      <PageHeading title="検索辞書" />
      <p className="mt-2 max-w-4xl text-solid-gray-700">
        検索語が見出し語か同じ意味の語のどれかと一致すると、同じ行のすべての語でも探します（例：「住基」で「住民基本台帳」「住民記録」も見つかります）。ひらがなとカタカナ、異体字（髙と高など）は登録しなくても同じ文字として探します。
      </p>
      <section aria-labelledby="synonym-new" className="mt-6 rounded-8 bg-solid-gray-50 p-4">
        <h2 id="synonym-new" className="text-std-20B-150">
          語を追加
        </h2>
        <div className="mt-2">
          <SynonymForm
            key={create.isSuccess ? `done-${create.data?.id}` : 'new'}
            submitLabel="追加"
            pending={create.isPending}
            onSubmit={(draft) => create.mutate(draft)}
          />
        </div>
      </section>
      {error ? <ErrorAlert error={error} title="辞書を変更できませんでした。" /> : null}
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.data ? (
        <section
          aria-label="登録されている語"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
          tabIndex={0}
          className="mt-6 overflow-x-auto rounded-8 border border-solid-gray-200"
        >
          <table className="w-full border-collapse">
            <caption className="px-4 py-3 text-left text-std-18B-160">
              登録されている語（{list.data.items.length}件）
            </caption>
            <thead className="bg-solid-gray-50">
              <tr>
                {['見出し語', '同じ意味の語', '備考', '操作'].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 text-left whitespace-nowrap">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((entry) =>
                editing === entry.id ? (
                  <tr key={entry.id} className="border-t border-solid-gray-200">
                    <td colSpan={4} className="px-3 py-2">
                      <SynonymForm
                        initial={entry}
                        submitLabel="保存"
                        pending={update.isPending}
                        onSubmit={(json) =>
                          update.mutate({ entry, json }, { onSuccess: () => setEditing(null) })
                        }
                        onCancel={() => setEditing(null)}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={entry.id} className="border-t border-solid-gray-200">
                    <th scope="row" className="px-3 py-2 text-left whitespace-nowrap">
                      {entry.term}
                    </th>
                    <td className="px-3 py-2 break-keep">{entry.synonyms.join('、')}</td>
                    <td className="px-3 py-2">{entry.note ?? EMPTY_MARK}</td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      <button
                        type="button"
                        className={secondaryButtonClass}
                        onClick={() => setEditing(entry.id)}
                      >
                        「{entry.term}」を変更
                      </button>{' '}
                      <button
                        type="button"
                        className={secondaryButtonClass}
                        disabled={remove.isPending}
                        onClick={() => {
                          if (window.confirm(`「${entry.term}」を検索辞書から削除しますか？`))
                            remove.mutate(entry);
                        }}
                      >
                        「{entry.term}」を削除
                      </button>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}
