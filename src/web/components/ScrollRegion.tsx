import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

/** Props of {@link ScrollRegion}. */
export type ScrollRegionProps = {
  /** The region's accessible name (usually the table's caption). */
  label: string;
  /** Let the region scroll vertically too, so the table's header row stays in view (long tables). */
  tall?: boolean;
  className?: string;
  children: ReactNode;
};

/**
 * The frame of a wide table: a region (a named <section>, role region, reachable with Tab so the arrow keys scroll
 * it) that scrolls sideways when the table is wider than the page, with a visible hint saying so while it
 * does. With `tall`, it also scrolls vertically within 75% of the window and the header row sticks.
 */
export function ScrollRegion({ label, tall = false, className = '', children }: ScrollRegionProps) {
  const ref = useRef<HTMLElement>(null);
  const hintId = useId();
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const measure = () => setOverflows(node.scrollWidth > node.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    if (node.firstElementChild) observer.observe(node.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div className={className}>
      {overflows ? (
        <p id={hintId} className="mb-1 text-dns-14N-130 text-solid-gray-700">
          <span aria-hidden="true">⇆ </span>表は横にスクロールできます（表を選んで ← →
          キー、または横スクロール）。
        </p>
      ) : null}
      <section
        ref={ref}
        // Named after the table, marked as such so it never repeats the name of the section around it.
        aria-label={`表：${label}`}
        aria-describedby={overflows ? hintId : undefined}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
        tabIndex={0}
        // `relative`: the containing block of the table's absolutely positioned parts (sr-only texts), so the
        // scroll box clips them; otherwise the rows scrolled out of a tall region stretch the page below the footer.
        className={`relative rounded-8 border border-solid-gray-200 ${tall ? 'sticky-head max-h-[75vh] overflow-auto' : 'overflow-x-auto'}`}
      >
        {children}
      </section>
    </div>
  );
}
