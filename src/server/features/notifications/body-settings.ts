import { eq } from 'drizzle-orm';
import { orgNotificationSettings } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';

/** Months before a contract ends that its body hears of it, unless the body chose otherwise. */
export const DEFAULT_CONTRACT_WINDOW_MONTHS = 18;

/** Every body's contract window that differs from the default, by body code. */
export async function contractWindows(db: Db): Promise<Map<string, number>> {
  const rows = await db.select().from(orgNotificationSettings);
  return new Map(rows.map((r) => [r.orgCode, r.contractWindowMonths]));
}

/** One body's notification settings (the default, version 0, when it has set nothing). */
export async function getBodySettings(db: Db, orgCode: string) {
  const [row] = await db
    .select()
    .from(orgNotificationSettings)
    .where(eq(orgNotificationSettings.orgCode, orgCode));
  return (
    row ?? { orgCode, contractWindowMonths: DEFAULT_CONTRACT_WINDOW_MONTHS, version: 0, updatedAt: null }
  );
}
