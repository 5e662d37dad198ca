import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { type BackupOptions, backupDatabase } from '../../platform/backup.ts';
import type { Db } from '../../platform/db.ts';

/** A finished backup in a private temporary file; `discard` deletes it (call it once it is sent). */
export type CreatedBackup = { file: string; rows: number; discard: () => void };

/**
 * Takes a backup of the whole database for an admin: the snapshot is written to a temporary file of its
 * own (mode 0600 in a 0700 folder) before anything is sent, so a slow download never holds the
 * database's snapshot open — on PGlite, one connection serves every request. The backup is audited
 * with its row counts.
 */
export async function createBackup(
  db: Db,
  actor: Actor,
  options: BackupOptions,
  requestId?: string,
): Promise<CreatedBackup> {
  const folder = mkdtempSync(join(tmpdir(), 'dxship-admin-backup-'));
  const discard = () => rmSync(folder, { recursive: true, force: true });
  try {
    const file = join(folder, 'backup.ndjson');
    const counts = await backupDatabase(db, file, options);
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    await db.transaction(async (tx) => {
      await writeAudit(
        tx,
        actor,
        {
          action: 'backup',
          entityType: 'database',
          entityId: 'all',
          after: { rows, counts, signed: Boolean(options.key) },
        },
        requestId,
      );
    });
    return { file, rows, discard };
  } catch (error) {
    discard();
    throw error;
  }
}
