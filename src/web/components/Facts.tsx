import type { ReactNode } from 'react';

/** A two-column definition list (term | value), as on the body and person detail pages. */
export function Facts({ rows }: { rows: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="mt-3 grid max-w-3xl grid-cols-[11rem_1fr] border-t border-solid-gray-200">
      {rows.map(([term, value]) => (
        <div key={term} className="col-span-2 grid grid-cols-subgrid border-b border-solid-gray-200">
          <dt className="bg-solid-gray-50 px-4 py-2 font-bold">{term}</dt>
          <dd className="px-4 py-2">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
