import { systems } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { announceSearchChange } from '../search/search-channel.ts';
import { applySearchChange } from '../search/search-service.ts';
import { systemValues } from './create-system.ts';
import { type SystemCreateInput, SystemCreateSchema } from './inventory.schema.ts';

const CHUNK = 500;

/**
 * Bulk-loads systems (demo data, migrations from other tools): every row is checked with the API's
 * SystemCreateSchema (a bad row throws before anything is written), then all are inserted in one
 * transaction with ONE audit entry counting them per body. Operator use only: no tenant check.
 */
export async function loadSystems(
  db: Db,
  actor: Actor,
  rows: readonly (SystemCreateInput & { orgCode: string })[],
  reason: string,
): Promise<number> {
  const values = rows.map((row, i) => {
    const parsed = SystemCreateSchema.safeParse(row);
    if (!parsed.success) {
      throw new Error(`system ${i} (${row.name}): ${parsed.error.issues.map((x) => x.message).join('; ')}`);
    }
    return systemValues(parsed.data, row.orgCode);
  });
  const perBody: Record<string, number> = {};
  for (const v of values) perBody[v.orgCode] = (perBody[v.orgCode] ?? 0) + 1;
  await db.transaction(async (tx) => {
    for (let i = 0; i < values.length; i += CHUNK)
      await tx.insert(systems).values(values.slice(i, i + CHUNK));
    await writeAudit(tx, actor, {
      action: 'system.bulk-load',
      entityType: 'system',
      entityId: reason,
      after: { rows: values.length, perBody },
    });
    await announceSearchChange(tx, { kind: 'system', all: true });
  });
  await applySearchChange(db, { kind: 'system', all: true });
  return values.length;
}
