import { eq } from 'drizzle-orm';
import { programmeSettings } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { ANY_VERSION, assertVersion, type ExpectedVersion, nextVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { DEFAULT_SETTINGS, getProgrammeSettings, type ProgrammeSettings } from './get-settings.ts';
import type { SettingsPatch } from './programme.schema.ts';

/**
 * Changes the programme's settings (admins; the route checks the role): the first change creates the
 * row (version 1), later ones raise its version. 412 when it changed since the version the client
 * expects (0 = never saved). Audited with before/after.
 */
export async function updateProgrammeSettings(
  db: Db,
  actor: Actor,
  patch: SettingsPatch,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
): Promise<ProgrammeSettings> {
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(programmeSettings)
      .where(eq(programmeSettings.id, 1))
      .for('update');
    assertVersion(before?.version ?? 0, expected);
    const [after] = await tx
      .insert(programmeSettings)
      .values({ id: 1, ...DEFAULT_SETTINGS, ...patch, version: 1 })
      .onConflictDoUpdate({
        target: programmeSettings.id,
        set: { ...patch, updatedAt: new Date(), version: nextVersion(programmeSettings.version) },
      })
      .returning();
    await writeAudit(
      tx,
      actor,
      {
        action: 'settings.update',
        entityType: 'programme_settings',
        entityId: '1',
        before: before ?? null,
        after,
      },
      requestId,
    );
  });
  return getProgrammeSettings(db);
}
