import { createTarget } from '../../server/features/workforce/targets.ts';
import type { Actor } from '../../server/platform/actor.ts';
import type { Db } from '../../server/platform/db.ts';

/**
 * 江田島市's target organisation for R8 (p.18): a DX推進課 of about six — four 情報システム人材 in the four
 * roles (job types mapped from the role names, see src/domain/workforce.ts) and two 行政職.
 */
export const ETAJIMA_TARGET = [
  ['it', 'ビジネスデザイナー（課長相当）', 1],
  ['it', 'プロジェクトマネージャ（係長相当）', 1],
  ['it', 'サービスデザイナー（係員相当）', 1],
  ['it', 'エンジニア（係員相当）', 1],
  ['administrative', '行政職員', 2],
] as const;

/** Loads the target organisation through the use case (validated and audited). */
export async function loadWorkforceDemo(db: Db, actor: Actor): Promise<void> {
  for (const [staffKind, roleName, count] of ETAJIMA_TARGET) {
    await createTarget(db, actor, {
      orgCode: '342157',
      targetFiscalYear: 2026,
      staffKind,
      roleName,
      jobType: null,
      count,
      note: '目指す姿：令和8年度目途（資料 p.18）',
    });
  }
}
