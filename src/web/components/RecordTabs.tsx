import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react';

/** One tab: its label and what it shows (rendered only while selected). */
export type RecordTab = { key: string; label: string; content: () => ReactNode };

/**
 * Tabs over a record's page (e.g. 詳細 / 変更履歴), following the WAI-ARIA tabs pattern: the tab list
 * is one stop of the Tab key, the arrow keys, Home and End move between tabs, and each panel is
 * labelled by its tab.
 */
export function RecordTabs({ tabs, label }: { tabs: readonly RecordTab[]; label: string }) {
  const [selected, setSelected] = useState(tabs[0]?.key ?? '');
  const base = useId();
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const move = (e: KeyboardEvent, index: number) => {
    const next =
      e.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    const key = tabs[next]!.key;
    setSelected(key);
    refs.current.get(key)?.focus();
  };
  const current = tabs.find((t) => t.key === selected) ?? tabs[0];
  return (
    <div className="mt-6">
      <div role="tablist" aria-label={label} className="flex gap-1 border-b-2 border-solid-gray-600">
        {tabs.map((t, i) => {
          const active = t.key === current?.key;
          return (
            <button
              key={t.key}
              ref={(el) => {
                if (el) refs.current.set(t.key, el);
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${t.key}`}
              aria-selected={active}
              aria-controls={`${base}-panel-${t.key}`}
              tabIndex={active ? 0 : -1}
              onClick={() => setSelected(t.key)}
              onKeyDown={(e) => move(e, i)}
              className={`rounded-t-8 px-4 py-2 text-std-16B-170 ${
                active ? 'bg-solid-gray-600 text-white' : 'bg-solid-gray-50 text-solid-gray-800 underline'
              }`}
            >
              {t.label}
            </button>
          );
        })}
      </div>
      {current ? (
        <div
          role="tabpanel"
          id={`${base}-panel-${current.key}`}
          aria-labelledby={`${base}-tab-${current.key}`}
          className="pt-2"
        >
          {current.content()}
        </div>
      ) : null}
    </div>
  );
}
