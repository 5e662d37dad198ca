import { practiceAdoptions, practiceComments, practices } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { announceSearchChange } from '../search/search-channel.ts';
import { applySearchChange } from '../search/search-service.ts';
import { practiceValues } from './create-practice.ts';
import { type PracticeCreateInput, PracticeCreateSchema } from './practices.schema.ts';

/** An initiative to load, with the bodies that adopted it and comments on it. */
export type PracticeLoad = PracticeCreateInput & {
  orgCode: string;
  adoptedBy?: readonly { orgCode: string; note: string | null }[];
  comments?: readonly { orgCode: string; authorName: string; body: string }[];
};

/**
 * Bulk-loads initiatives (demo data): each checked with the API's schema, all inserted in one
 * transaction with their adoptions and comments, one audit entry for the load.
 */
export async function loadPractices(db: Db, actor: Actor, items: readonly PracticeLoad[], reason: string) {
  const parsed = items.map((item, i) => {
    const result = PracticeCreateSchema.safeParse(item);
    if (!result.success) throw new Error(`practice ${i} (${item.title}): ${result.error.issues[0]?.message}`);
    return { values: practiceValues(result.data, item.orgCode), item };
  });
  await db.transaction(async (tx) => {
    for (const { values, item } of parsed) {
      const [created] = await tx.insert(practices).values(values).returning({ id: practices.id });
      const id = created!.id;
      for (const a of item.adoptedBy ?? []) {
        await tx
          .insert(practiceAdoptions)
          .values({ practiceId: id, orgCode: a.orgCode, note: a.note, createdBy: actor.login });
      }
      for (const c of item.comments ?? []) {
        await tx.insert(practiceComments).values({ practiceId: id, ...c });
      }
    }
    await writeAudit(tx, actor, {
      action: 'practice.bulk-load',
      entityType: 'practice',
      entityId: reason,
      after: { practices: parsed.length },
    });
    await announceSearchChange(tx, { kind: 'practice', all: true });
  });
  await applySearchChange(db, { kind: 'practice', all: true });
}
