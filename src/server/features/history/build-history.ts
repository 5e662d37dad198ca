import { and, desc, eq, or } from 'drizzle-orm';
import { auditLog, orgs, users } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { formatHistoryValue, type HistoryField, type HistorySpec } from './history-fields.ts';

/** One change of a field: its values in words, or only the fact that it changed (masked). */
export type FieldChange = {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
  masked: boolean;
};

export type HistoryEntry = {
  id: number;
  at: string;
  actor: { login: string; name: string };
  action: string;
  actionLabel: string;
  changes: FieldChange[];
};

type Snapshot = Record<string, unknown> | null;

const asSnapshot = (value: unknown): Snapshot =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;

/** Values compared as recorded (JSON), so 1 and "1" or [] and null are told apart as stored. */
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields that differ between two snapshots of a record, in the spec's order. A field the reader
 * may not see (`visible` false) is listed as changed without its values.
 */
export function diffSnapshots(
  fields: readonly HistoryField[],
  before: Snapshot,
  after: Snapshot,
  visible: (f: HistoryField) => boolean,
  orgNames: ReadonlyMap<string, string>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const f of fields) {
    const b = before?.[f.field];
    const a = after?.[f.field];
    if (same(b, a)) continue;
    const shown = visible(f);
    changes.push({
      field: f.field,
      label: f.label,
      before: !shown || before === null ? null : formatHistoryValue(b, f.format, orgNames),
      after: !shown || after === null ? null : formatHistoryValue(a, f.format, orgNames),
      masked: !shown,
    });
  }
  return changes;
}

/**
 * A record's history from the audit log, newest first: each entry with who, when, what (in words)
 * and — for entries that recorded snapshots of the record — the changed fields as a diff. An import
 * batch the record came from is listed as its first entry. The caller has checked that the reader
 * may read the record; `visible` hides the fields its presenter does not show them.
 */
export async function buildHistory(
  db: Db,
  spec: HistorySpec,
  entityId: string,
  options: { importBatchId?: string | null; visible?: (f: HistoryField) => boolean } = {},
): Promise<HistoryEntry[]> {
  const own = and(eq(auditLog.entityType, spec.entityType), eq(auditLog.entityId, entityId));
  const batch = options.importBatchId
    ? and(eq(auditLog.entityType, 'import_batch'), eq(auditLog.entityId, options.importBatchId))
    : undefined;
  const [rows, bodies] = await Promise.all([
    db
      .select({ entry: auditLog, name: users.displayName })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(batch ? or(own, batch) : own)
      .orderBy(desc(auditLog.at), desc(auditLog.id)),
    db.select({ code: orgs.code, name: orgs.name }).from(orgs),
  ]);
  const orgNames = new Map(bodies.map((b) => [b.code, b.name]));
  const visible = options.visible ?? (() => true);
  return rows.map(({ entry, name }) => ({
    id: entry.id,
    at: entry.at.toISOString(),
    actor: {
      login: entry.actorLogin,
      name: name ?? (entry.actorLogin === 'cli' ? '運用コマンド' : entry.actorLogin),
    },
    action: entry.action,
    actionLabel: spec.actionLabels[entry.action] ?? entry.action,
    changes: spec.snapshotActions.test(entry.action)
      ? diffSnapshots(spec.fields, asSnapshot(entry.before), asSnapshot(entry.after), visible, orgNames)
      : [],
  }));
}
