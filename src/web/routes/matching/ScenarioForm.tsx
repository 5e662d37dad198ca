import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { primaryButtonClass, secondaryButtonClass, textButtonClass } from '../../components/button-styles.ts';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { ErrorAlert } from '../../components/StatusMessages.tsx';
import { DEFAULT_SETTINGS, WEIGHT_FIELDS, type WeightKey } from './matching-labels.ts';
import type { ScenarioInput } from './matching-queries.ts';

/** A person or a post that can be locked, forbidden or excluded. */
export type Choice = { id: string; label: string };

type Pair = { personId: string; postId: string };

type NumberField = WeightKey | 'unfilledPostCost' | 'unassignedPersonCost';

/** Range and label of every number field (the API's limits). */
const NUMBER_FIELDS: Record<NumberField, { label: string; min: number; max: number }> = {
  ...(Object.fromEntries(WEIGHT_FIELDS.map((f) => [f.key, { label: f.label, min: 0, max: 1000 }])) as Record<
    WeightKey,
    { label: string; min: number; max: number }
  >),
  unfilledPostCost: { label: '未充足ポストのペナルティ', min: 0, max: 100000 },
  unassignedPersonCost: { label: '未配置者のペナルティ', min: 0, max: 100000 },
};

const initialNumbers = (): Record<NumberField, string> => ({
  ...(Object.fromEntries(
    Object.entries(DEFAULT_SETTINGS.weights).map(([key, value]) => [key, String(value)]),
  ) as Record<WeightKey, string>),
  unfilledPostCost: String(DEFAULT_SETTINGS.unfilledPostCost),
  unassignedPersonCost: String(DEFAULT_SETTINGS.unassignedPersonCost),
});

type Errors = Partial<Record<NumberField | 'name', string>>;

function validate(name: string, numbers: Record<NumberField, string>): Errors {
  const errors: Errors = {};
  if (name.trim() === '') errors.name = 'シナリオ名を入力してください。';
  else if (name.trim().length > 100) errors.name = 'シナリオ名は100文字以内にしてください。';
  for (const [key, spec] of Object.entries(NUMBER_FIELDS) as [
    NumberField,
    (typeof NUMBER_FIELDS)[NumberField],
  ][]) {
    const text = numbers[key].normalize('NFKC').trim();
    const value = Number(text);
    if (text === '' || !Number.isInteger(value) || value < spec.min || value > spec.max) {
      errors[key] = `${spec.label}は${spec.min}〜${spec.max}の整数で入力してください。`;
    }
  }
  return errors;
}

/** The form control style, narrowed for numbers and aligned right. */
const numberControlClass = controlClass.replace('mt-1 block w-full', 'block w-32 text-right tabular-nums');

const num = (text: string) => Number(text.normalize('NFKC').trim());

/** Props of {@link ScenarioForm}. */
export type ScenarioFormProps = {
  fiscalYear: number;
  /** The name offered first. */
  suggestedName: string;
  /** People and posts to lock, forbid or exclude (the active roster and the 年度's budgeted posts). */
  people: readonly Choice[];
  posts: readonly Choice[];
  busy: boolean;
  error: unknown;
  onSubmit: (input: ScenarioInput) => void;
};

/**
 * A new scenario: its name, the six weights, the two penalties, and optional
 * locked and forbidden pairs and excluded people and posts. Submitting saves it and starts solving.
 */
export function ScenarioForm({
  fiscalYear,
  suggestedName,
  people,
  posts,
  busy,
  error,
  onSubmit,
}: ScenarioFormProps) {
  const [name, setName] = useState(suggestedName);
  const [numbers, setNumbers] = useState(initialNumbers);
  const [locks, setLocks] = useState<Pair[]>([]);
  const [forbidden, setForbidden] = useState<Pair[]>([]);
  const [excludedPeople, setExcludedPeople] = useState<string[]>([]);
  const [excludedPosts, setExcludedPosts] = useState<string[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const idPrefix = useId();
  const fieldId = (key: string) => `${idPrefix}-${key}`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(name, numbers);
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    onSubmit({
      fiscalYear,
      name: name.trim(),
      weights: Object.fromEntries(WEIGHT_FIELDS.map((f) => [f.key, num(numbers[f.key])])) as Record<
        WeightKey,
        number
      >,
      locks,
      forbidden,
      excludedPeople,
      excludedPosts,
      unfilledPostCost: num(numbers.unfilledPostCost),
      unassignedPersonCost: num(numbers.unassignedPersonCost),
    });
  };

  const numberInput = (key: NumberField, unit: string, hint?: string) => {
    const spec = NUMBER_FIELDS[key];
    const hintId = `${fieldId(key)}-hint`;
    const errorId = `${fieldId(key)}-error`;
    const describedBy = [hint ? hintId : null, errors[key] ? errorId : null].filter(Boolean).join(' ');
    return (
      <div key={key}>
        <label htmlFor={fieldId(key)} className={labelClass}>
          {spec.label}
        </label>
        <div className="mt-1 flex items-center gap-2">
          <input
            id={fieldId(key)}
            type="number"
            inputMode="numeric"
            min={spec.min}
            max={spec.max}
            step={1}
            value={numbers[key]}
            onChange={(e) => setNumbers((current) => ({ ...current, [key]: e.target.value }))}
            aria-invalid={errors[key] ? true : undefined}
            aria-describedby={describedBy || undefined}
            className={`${numberControlClass} aria-invalid:border-2 aria-invalid:border-error-1`}
          />
          <span>{unit}</span>
        </div>
        {hint ? (
          <p id={hintId} className="mt-1 text-dns-14N-130 text-solid-gray-700">
            {hint}
          </p>
        ) : null}
        {errors[key] ? (
          <p id={errorId} className="mt-1 text-dns-14B-130 text-error-1">
            {errors[key]}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form noValidate onSubmit={submit} className="mt-4 space-y-6">
      <div className="max-w-xl">
        <label htmlFor={fieldId('name')} className={labelClass}>
          シナリオ名
          <span className="ml-2 text-dns-14B-120 text-error-1">必須</span>
        </label>
        <input
          id={fieldId('name')}
          type="text"
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? `${fieldId('name')}-error` : undefined}
          className={`${controlClass} aria-invalid:border-2 aria-invalid:border-error-1`}
        />
        {errors.name ? (
          <p id={`${fieldId('name')}-error`} className="mt-1 text-dns-14B-130 text-error-1">
            {errors.name}
          </p>
        ) : null}
      </div>

      <fieldset className="rounded-8 border border-solid-gray-200 p-4">
        <legend className="px-1 text-std-18B-160">重み（点、0〜1000）</legend>
        <p className="text-std-16N-170 text-solid-gray-700">
          組み合わせごとの点数（コスト）は、次の項目の点数の合計です。点数の合計が最も小さくなる配置を求めます。重みを大きくした項目ほど重視されます。
        </p>
        <div className="mt-4 grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
          {WEIGHT_FIELDS.map((f) => numberInput(f.key, '点', f.hint))}
        </div>
      </fieldset>

      <p className="rounded-8 bg-solid-gray-50 p-4 text-std-16N-170">
        在任期間・元の団体へ戻らない期間・他団体への配属の開始年度・留任などの制度のルールは、すべてのシナリオに共通です。
        <Link to="/matching/rules">配置のルール</Link>で確認・変更できます。
      </p>

      <fieldset className="rounded-8 border border-solid-gray-200 p-4">
        <legend className="px-1 text-std-18B-160">ペナルティ（点）</legend>
        <div className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
          {numberInput('unfilledPostCost', '点', '人を配置しないポスト1つごとの点数')}
          {numberInput('unassignedPersonCost', '点', 'どのポストにも配置しない人材1人ごとの点数')}
        </div>
      </fieldset>

      <details className="rounded-8 border border-solid-gray-200 p-4">
        <summary className="cursor-pointer text-std-18B-160">固定・禁止・対象外（任意）</summary>
        {people.length === 0 || posts.length === 0 ? (
          <p className="mt-3 text-std-16N-170 text-solid-gray-700">
            {formatFiscalYear(fiscalYear)}の人材またはポストを読み込めませんでした。
          </p>
        ) : (
          <div className="mt-4 space-y-6">
            <PairListField
              legend="固定する組み合わせ"
              personLabel="固定する人材"
              postLabel="固定先のポスト"
              people={people}
              posts={posts}
              value={locks}
              onChange={setLocks}
            />
            <PairListField
              legend="禁止する組み合わせ"
              personLabel="禁止する人材"
              postLabel="禁止するポスト"
              people={people}
              posts={posts}
              value={forbidden}
              onChange={setForbidden}
            />
            <CheckboxListField
              legend="対象外にする人材"
              choices={people}
              value={excludedPeople}
              onChange={setExcludedPeople}
            />
            <CheckboxListField
              legend="対象外にするポスト"
              choices={posts}
              value={excludedPosts}
              onChange={setExcludedPosts}
            />
          </div>
        )}
      </details>

      {error ? <ErrorAlert error={error} title="シナリオを保存・計算できませんでした。" /> : null}
      <button type="submit" disabled={busy} className={primaryButtonClass}>
        {busy ? '保存しています…' : '保存して計算する'}
      </button>
    </form>
  );
}

/** A list of (person, post) pairs with two selects and 追加 / 削除 buttons. */
function PairListField({
  legend,
  personLabel,
  postLabel,
  people,
  posts,
  value,
  onChange,
}: {
  legend: string;
  personLabel: string;
  postLabel: string;
  people: readonly Choice[];
  posts: readonly Choice[];
  value: Pair[];
  onChange: (next: Pair[]) => void;
}) {
  const [personId, setPersonId] = useState('');
  const [postId, setPostId] = useState('');
  const ids = { person: useId(), post: useId() };
  const labelOf = (choices: readonly Choice[], id: string) => choices.find((c) => c.id === id)?.label ?? id;
  const exists = value.some((p) => p.personId === personId && p.postId === postId);
  return (
    <fieldset>
      <legend className="text-std-16B-170">{legend}</legend>
      <div className="mt-2 flex flex-wrap items-end gap-3">
        <div className="min-w-56">
          <label htmlFor={ids.person} className={labelClass}>
            {personLabel}
          </label>
          <select
            id={ids.person}
            value={personId}
            onChange={(e) => setPersonId(e.target.value)}
            className={controlClass}
          >
            <option value="">選択してください</option>
            {people.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-72">
          <label htmlFor={ids.post} className={labelClass}>
            {postLabel}
          </label>
          <select
            id={ids.post}
            value={postId}
            onChange={(e) => setPostId(e.target.value)}
            className={controlClass}
          >
            <option value="">選択してください</option>
            {posts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          disabled={personId === '' || postId === '' || exists}
          onClick={() => {
            onChange([...value, { personId, postId }]);
            setPersonId('');
            setPostId('');
          }}
          className={secondaryButtonClass}
        >
          {legend}に追加
        </button>
      </div>
      {value.length > 0 ? (
        <ul className="mt-3 space-y-1">
          {value.map((pair) => {
            const text = `${labelOf(people, pair.personId)} → ${labelOf(posts, pair.postId)}`;
            return (
              <li key={`${pair.personId}|${pair.postId}`} className="flex flex-wrap items-center gap-2">
                <span>{text}</span>
                <button
                  type="button"
                  aria-label={`${text} を${legend}から削除`}
                  onClick={() => onChange(value.filter((p) => p !== pair))}
                  className={textButtonClass}
                >
                  削除
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mt-2 text-dns-14N-130 text-solid-gray-700">まだありません。</p>
      )}
    </fieldset>
  );
}

/** A scrollable list of checkboxes. */
function CheckboxListField({
  legend,
  choices,
  value,
  onChange,
}: {
  legend: string;
  choices: readonly Choice[];
  value: string[];
  onChange: (next: string[]) => void;
}) {
  return (
    <fieldset>
      <legend className="text-std-16B-170">
        {legend}
        <span className="ml-2 font-normal text-solid-gray-700">（{value.length}件選択）</span>
      </legend>
      <ul className="mt-2 grid max-h-60 gap-x-4 overflow-y-auto rounded-8 border border-solid-gray-200 p-3 sm:grid-cols-2">
        {choices.map((c) => (
          <li key={c.id}>
            <label className="flex items-start gap-2 py-1">
              <input
                type="checkbox"
                checked={value.includes(c.id)}
                onChange={(e) =>
                  onChange(e.target.checked ? [...value, c.id] : value.filter((id) => id !== c.id))
                }
                className="mt-1.5 size-4"
              />
              <span>{c.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
