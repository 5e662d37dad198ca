import { BUSINESSES, MIGRATION_STEPS } from '../../../domain/standard-businesses.ts';
import { HOSTING_VALUES, SYSTEM_STATUS_VALUES } from '../../../domain/system-values.ts';
import { formatWareki } from '../../../domain/wareki.ts';

/** Where a system runs (the API's values, in the order the forms offer them). */
export const HOSTING_CHOICES = HOSTING_VALUES;

/** A system's state, from in use to retired. */
export const SYSTEM_STATUS_CHOICES = SYSTEM_STATUS_VALUES;

/** Steps of the standardisation / ガバメントクラウド migration, in order. */
export const MIGRATION_STEP_CHOICES = MIGRATION_STEPS;

/** Every business a system may have: the 20 標準化対象業務, then その他. */
export const BUSINESS_CHOICES = BUSINESSES;

const yen = new Intl.NumberFormat('ja-JP');

/** Yen as officials write it: 12,000,000円; an em dash when unknown. */
export function formatYen(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${yen.format(value)}円`;
}

/** An ISO date as 2026/3/31 (compact for tables); an em dash when unknown. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const [y, m, d] = value.split('-');
  return `${y}/${Number(m)}/${Number(d)}`;
}

/** An ISO date in 和暦 as on official documents (令和8年3月31日); an em dash when unknown. */
export function formatWarekiDate(value: string | null | undefined): string {
  return value ? formatWareki(value) : '—';
}
