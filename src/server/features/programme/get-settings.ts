import { eq } from 'drizzle-orm';
import { programmeSettings } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';

export type ProgrammeSettings = {
  savingsRatePercent: number;
  savingsRateBasis: string;
  /** 0 until an admin first saves the settings (the row does not exist before). */
  version: number;
  updatedAt: Date | null;
};

/** What applies until an admin sets otherwise. */
export const DEFAULT_SETTINGS = {
  savingsRatePercent: 10,
  savingsRateBasis: '仮定の値です。共同調達の実績や見積りに合わせて、管理者が設定してください。',
} as const;

/**
 * The programme's settings: the stored row, or the defaults (version 0) while there is none. The row
 * is created by the first change only, so a fresh database stays empty (backup and restore need that).
 */
export async function getProgrammeSettings(db: Db): Promise<ProgrammeSettings> {
  const [row] = await db.select().from(programmeSettings).where(eq(programmeSettings.id, 1));
  if (!row) return { ...DEFAULT_SETTINGS, version: 0, updatedAt: null };
  return {
    savingsRatePercent: row.savingsRatePercent,
    savingsRateBasis: row.savingsRateBasis,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}
