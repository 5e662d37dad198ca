import { Fragment } from 'react';

/** A field of a search hit that matched: its name, its text and the ranges that matched. */
export type FieldMatch = { field: string; text: string; ranges: readonly (readonly [number, number])[] };

/** `text` with the `ranges` (`[start, end)`, in order, not overlapping) marked with <mark>. */
export function Highlighted({ text, ranges }: { text: string; ranges: FieldMatch['ranges'] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(<Fragment key={`t${at}`}>{text.slice(at, start)}</Fragment>);
    parts.push(
      <mark key={`m${start}`} className="rounded-4 bg-yellow-200 px-0.5 text-solid-gray-900">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return <>{parts}</>;
}

/** Why a search hit matched: each matched field named, its text with the match highlighted. */
export function MatchedFields({ matches }: { matches: readonly FieldMatch[] }) {
  if (matches.length === 0) return null;
  return (
    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-dns-14N-130">
      {matches.map((m) => (
        <div key={m.field} className="contents">
          <dt className="font-bold whitespace-nowrap text-solid-gray-700">{m.field}</dt>
          <dd>
            <Highlighted text={m.text} ranges={m.ranges} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
