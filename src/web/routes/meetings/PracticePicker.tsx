import { useId, useState } from 'react';
import { secondaryButtonClass } from '../../components/button-styles.ts';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { usePracticeSearch } from './cases-queries.ts';

type Chosen = { id: number; title: string } | null;

/**
 * Chooses the good practice a case links to: search the DX施策・好事例 database by words, then pick one
 * of the results (radio buttons), or no link at all.
 */
export function PracticePicker({
  id,
  value,
  onChange,
  errors = [],
}: {
  /** The id of the search box (an error summary's link moves focus there). */
  id: string;
  value: Chosen;
  onChange: (value: Chosen) => void;
  errors?: readonly string[];
}) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const results = usePracticeSearch(query);
  const ids = { search: id, group: useId(), error: useId() };
  const options = [
    ...(value ? [value] : []),
    ...(results.data?.items ?? []).filter((p) => p.id !== value?.id),
  ];
  return (
    <fieldset
      className="rounded-8 border border-solid-gray-420 p-4"
      aria-describedby={errors.length > 0 ? ids.error : undefined}
    >
      <legend className="px-1 text-std-16B-170">結び付ける好事例（DX施策・好事例DB）</legend>
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <label htmlFor={ids.search} className={labelClass}>
            施策を検索
          </label>
          <input
            id={ids.search}
            type="search"
            className={controlClass}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                setQuery(text);
              }
            }}
          />
        </div>
        <button type="button" className={secondaryButtonClass} onClick={() => setQuery(text)}>
          検索
        </button>
      </div>
      {results.isFetching ? <Loading label="検索しています…" /> : null}
      {results.isError ? <ErrorAlert error={results.error} /> : null}
      {query !== '' && results.data ? (
        <p role="status" className="mt-2 text-solid-gray-700">
          「{query}」に当てはまる施策: {results.data.total}件{results.data.total > 10 ? '（上位10件）' : ''}
        </p>
      ) : null}
      <div role="radiogroup" aria-labelledby={ids.group} className="mt-2 space-y-1">
        <p id={ids.group} className="sr-only">
          結び付ける好事例
        </p>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name={ids.group}
            checked={value === null}
            onChange={() => onChange(null)}
            className="size-5"
          />
          結び付けない
        </label>
        {options.map((p) => (
          <label key={p.id} className="flex items-center gap-2">
            <input
              type="radio"
              name={ids.group}
              checked={value?.id === p.id}
              onChange={() => onChange({ id: p.id, title: p.title })}
              className="size-5"
            />
            {p.title}
            {'orgName' in p ? <span className="text-solid-gray-700">（{String(p.orgName)}）</span> : null}
          </label>
        ))}
      </div>
      {errors.length > 0 ? (
        <div id={ids.error} className="mt-1 text-std-16B-170 text-error-1">
          {errors.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      ) : null}
    </fieldset>
  );
}
