import type { Page } from '@playwright/test';

type PrintableWindow = { __printed?: number; print: () => void };

/** Replaces the browser's print with a counter (a headless browser has no print dialog). */
export async function stubPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as PrintableWindow;
    w.__printed = 0;
    w.print = () => {
      w.__printed = (w.__printed ?? 0) + 1;
    };
  });
}

/** How many times the page called print since {@link stubPrint}. */
export function printedCount(page: Page): Promise<number | undefined> {
  return page.evaluate(() => (window as unknown as PrintableWindow).__printed);
}
