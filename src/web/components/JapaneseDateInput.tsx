import { useId, useState } from 'react';
import { formatDate, parseJapaneseDate } from '../../domain/japanese-date.ts';

/** Props of {@link JapaneseDateInput}. */
export type JapaneseDateInputProps = {
  id: string;
  /** The date as an ISO date (`2024-04-01`), or what was typed when it is not a date yet, or ''. */
  value: string;
  /** Called with the ISO date when the text is a date, else with the text as typed ('' when empty). */
  onChange: (value: string) => void;
  className?: string;
  required?: boolean;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
};

/** What the input shows for a value: an ISO date in 和暦, anything else as it is. */
function textOf(value: string): string {
  return parseJapaneseDate(value) === value ? formatDate(value) : value;
}

/**
 * A date typed as people write it — `令和6年4月1日`, `R6.4.1` or `2024-04-01` — instead of a Western
 * calendar picker. Under the box it says what it understood (`令和6年4月1日（2024年4月1日）`) or that it
 * cannot read the text, announced politely to screen readers. The form receives the ISO date.
 */
export function JapaneseDateInput({
  id,
  value,
  onChange,
  className,
  required,
  'aria-describedby': describedBy,
  ...invalid
}: JapaneseDateInputProps) {
  const statusId = useId();
  const [text, setText] = useState(() => textOf(value));
  // A value set from outside (a record loaded, a form reset) replaces what was typed.
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    if ((parseJapaneseDate(text) ?? text) !== value) setText(textOf(value));
  }
  const iso = parseJapaneseDate(text);
  const status =
    text.trim() === ''
      ? '例：令和6年4月1日、R6.4.1、2024-04-01'
      : iso
        ? `${formatDate(iso, { weekday: true })}（西暦${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8))}日）として受け付けます`
        : '日付として読めません。例：令和6年4月1日、R6.4.1、2024-04-01';
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode="text"
        autoComplete="off"
        value={text}
        required={required}
        className={className}
        aria-describedby={[describedBy, statusId].filter(Boolean).join(' ')}
        {...invalid}
        onChange={(e) => {
          setText(e.target.value);
          const parsed = parseJapaneseDate(e.target.value);
          const next = parsed ?? e.target.value.trim();
          setShownValue(next);
          onChange(next);
        }}
        onBlur={() => {
          if (iso) setText(formatDate(iso));
        }}
      />
      <p
        id={statusId}
        aria-live="polite"
        className={`mt-1 text-dns-14N-130 ${text.trim() !== '' && !iso ? 'text-error-1' : 'text-solid-gray-700'}`}
      >
        {status}
      </p>
    </>
  );
}
