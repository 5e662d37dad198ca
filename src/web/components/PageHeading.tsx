import { type ReactNode, useEffect } from 'react';

const SITE_NAME = 'DXShip（デジシップ）ひろしま';

/** Sets the document title to "<page> | DXShip（デジシップ）ひろしま". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} | ${SITE_NAME}`;
  }, [title]);
}

/**
 * The page's one h1, which also names the browser tab. Focusable by script (tabIndex -1) so the
 * app shell can move focus to it after a page change.
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  usePageTitle(title);
  return (
    <h1 tabIndex={-1} className="text-std-28B-150 text-solid-gray-900 focus:outline-none">
      {children ?? title}
    </h1>
  );
}
