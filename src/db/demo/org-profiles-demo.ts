import { saveOrgProfile } from '../../server/features/orgs/save-org-profile.ts';
import type { Actor } from '../../server/platform/actor.ts';
import type { Db } from '../../server/platform/db.ts';

/**
 * The body profile the programme document gives (p.14): 江田島市 — 人口規模2万人、一般行政職員約220名 —
 * and its DX organisation, the デジタル推進室 set up in R4; its 副市長 sits on the CDO forum (p.24).
 * Loaded through the use case (validated, audited). Other bodies' figures are not in the document.
 */
export async function loadOrgProfilesDemo(db: Db, actor: Actor): Promise<void> {
  await saveOrgProfile(
    db,
    actor,
    { code: '342157', fiscalYear: 2024 },
    {
      population: 20000,
      staffCount: 220,
      dxUnit: 'デジタル推進室',
      dxHead: '副市長',
      note: '資料 p.14：人口規模2万人、一般行政職員約220名（概数）。デジタル推進室は令和4年度に新設。副市長がCDOフォーラムの構成員（p.24）。',
    },
  );
}
