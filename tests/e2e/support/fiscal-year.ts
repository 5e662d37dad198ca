import { expect, type Page } from '@playwright/test';

/** The header's 年度 selector (the one 年度 of the whole app). */
export function fiscalYearSelect(page: Page) {
  return page.getByRole('banner').getByLabel('年度', { exact: true });
}

/** Chooses `fiscalYear` in the header, as a person would, and waits until the URL carries it. */
export async function chooseFiscalYear(page: Page, fiscalYear: number): Promise<void> {
  await fiscalYearSelect(page).selectOption(String(fiscalYear));
  await expect(page).toHaveURL(new RegExp(`[?&]fy=${fiscalYear}(&|$)`));
}
