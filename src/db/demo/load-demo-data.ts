import { count } from 'drizzle-orm';
import { createUser } from '../../server/features/users/create-user.ts';
import { CLI_ACTOR } from '../../server/platform/actor.ts';
import type { Db } from '../../server/platform/db.ts';
import { loadReferenceData } from '../reference/load-reference-data.ts';
import { users } from '../schema/index.ts';
import { loadCommunityDemo } from './community-demo.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.ts';
import { loadInventoryDemo } from './inventory-demo.ts';
import { loadLiteracyDemo } from './literacy-demo.ts';
import { loadPracticesDemo } from './practices-demo.ts';
import { loadRecruitmentDemo } from './recruitment-demo.ts';
import { loadSkillsDemo } from './skills-demo.ts';
import { loadTalentDemo } from './talent-demo.ts';
import { loadWorkforceDemo } from './workforce-demo.ts';

/**
 * Loads the R6 demo data into a database that has no accounts yet: the reference data if missing,
 * then one demo account per role, the fictional roster with its posts, assignments, skill sheets and
 * training plans, and the other areas' demo data. Returns false (and writes nothing) when accounts
 * already exist.
 */
export async function loadDemoData(db: Db): Promise<boolean> {
  await loadReferenceData(db);
  const [existing] = await db.select({ n: count() }).from(users);
  if ((existing?.n ?? 0) > 0) return false;
  for (const account of DEMO_ACCOUNTS) {
    await createUser(db, CLI_ACTOR, { ...account, password: DEMO_PASSWORD, isDemo: true });
  }
  const personIds = await loadTalentDemo(db, CLI_ACTOR);
  await loadSkillsDemo(db, { personIds });
  await loadRecruitmentDemo(db, CLI_ACTOR);
  await loadCommunityDemo(db, CLI_ACTOR);
  await loadLiteracyDemo(db, CLI_ACTOR);
  await loadInventoryDemo(db, CLI_ACTOR);
  await loadWorkforceDemo(db, CLI_ACTOR);
  await loadPracticesDemo(db, CLI_ACTOR);
  return true;
}
