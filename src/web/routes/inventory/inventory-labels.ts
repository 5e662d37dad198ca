import { EMPTY_MARK } from '../../../domain/japanese-date.ts';
import { BUSINESSES, MIGRATION_STEPS } from '../../../domain/standard-businesses.ts';
import { HOSTING_VALUES, SYSTEM_STATUS_VALUES } from '../../../domain/system-values.ts';

/** Where a system runs (the API's values, in the order the forms offer them). */
export const HOSTING_CHOICES = HOSTING_VALUES;

/** A system's state, from in use to retired. */
export const SYSTEM_STATUS_CHOICES = SYSTEM_STATUS_VALUES;

/** Steps of the standardisation / ガバメントクラウド migration, in order. */
export const MIGRATION_STEP_CHOICES = MIGRATION_STEPS;

/** Every business a system may have: the 20 標準化対象業務, then その他. */
export const BUSINESS_CHOICES = BUSINESSES;

const yen = new Intl.NumberFormat('ja-JP');

/** Yen as officials write it: 12,000,000円; the empty mark when unknown. */
export function formatYen(value: number | null | undefined): string {
  return value === null || value === undefined ? EMPTY_MARK : `${yen.format(value)}円`;
}
