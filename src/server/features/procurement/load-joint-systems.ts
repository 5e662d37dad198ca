import { jointSystemParticipants, jointSystems } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';

/** A joint system with its participants, as an operator loads it. */
export type JointSystemLoad = typeof jointSystems.$inferInsert & {
  participants: Omit<typeof jointSystemParticipants.$inferInsert, 'jointSystemId'>[];
};

/** Bulk-loads joint-use systems and their participants in one transaction with one audit entry. */
export async function loadJointSystems(
  db: Db,
  actor: Actor,
  items: readonly JointSystemLoad[],
  reason: string,
) {
  await db.transaction(async (tx) => {
    for (const { participants, ...system } of items) {
      const [created] = await tx.insert(jointSystems).values(system).returning({ id: jointSystems.id });
      if (participants.length > 0) {
        await tx
          .insert(jointSystemParticipants)
          .values(participants.map((p) => ({ ...p, jointSystemId: created!.id })));
      }
    }
    await writeAudit(tx, actor, {
      action: 'joint-system.bulk-load',
      entityType: 'joint_system',
      entityId: reason,
      after: { systems: items.length, participants: items.reduce((n, i) => n + i.participants.length, 0) },
    });
  });
}
