/**
 * Imports that update (mode upsert): a row with an ID updates that record — only within the
 * importer's bodies, only the columns the file has — and a row without one is added. The preview
 * sorts the rows with an ID into 更新 / 変更なし / errors against the records as they are; the commit
 * updates them set-based, one statement per chunk, with one audit entry per changed record (its
 * 変更履歴), refusing records that changed or vanished since the preview.
 */
import { getTableColumns, getTableName, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Actor } from '../actor.ts';
import { type Db, queryRows } from '../db.ts';
import { AppError } from '../errors.ts';
import { canAccessBody } from '../scope.ts';
import type { ColumnSpec } from './validate-rows.ts';

/** The ID column of a file imported in upsert mode (the export writes it first). */
export const UPSERT_ID_COLUMN: ColumnSpec = {
  field: 'id',
  label: 'ID',
  aliases: ['番号', 'id'],
  type: 'integer',
};

const MAX_SERIAL = 2_147_483_647;

/** A row read for upsert: its number, its cells, and the values to store (with its ID if it has one). */
export type UpsertCandidate = {
  row: number;
  cells: string[];
  id: number | undefined;
  stored: Record<string, unknown>;
};

/** What the preview decided for a row with an ID. */
export type UpsertVerdict =
  | { kind: 'update'; stored: Record<string, unknown> }
  | { kind: 'unchanged' }
  | { kind: 'error'; message: string };

type TableInfo = {
  name: string;
  id: PgColumn;
  hasVersion: boolean;
  hasUpdatedAt: boolean;
  columns: [string, string][];
};

function tableInfo(table: PgTable): TableInfo {
  const columns = getTableColumns(table);
  const id = columns.id;
  if (!id) throw new Error(`${getTableName(table)} has no id column`);
  return {
    name: getTableName(table),
    id,
    hasVersion: 'version' in columns,
    hasUpdatedAt: 'updatedAt' in columns,
    columns: Object.entries(columns).map(([key, column]) => [key, column.name]),
  };
}

/** The check of an ID cell beyond its being an integer (within the serial range). */
export function idIssue(id: number): string | undefined {
  return id >= 1 && id <= MAX_SERIAL ? undefined : 'ID は1以上の整数で入力してください';
}

/**
 * The columns an upsert changes: those of the fields the file maps (by the table's own keys), among
 * the columns imported rows fill. A column the file lacks keeps what is stored.
 */
export function updatedColumns(
  table: PgTable,
  mappedFields: readonly string[],
  stored: readonly string[],
): string[] {
  const columns = getTableColumns(table);
  return mappedFields
    .filter((f) => f !== 'id')
    .map((f) => columns[f]?.name)
    .filter((name): name is string => name !== undefined && stored.includes(name));
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Decides, against the records as they are, what each row with an ID does: update (the values differ
 * in a changed column; the version seen is kept for the commit's check), nothing (all equal), or an
 * error — an ID no record has, or a record of a body the importer may not edit.
 */
export async function judgeUpserts(
  db: Db,
  actor: Actor,
  table: PgTable,
  rows: readonly UpsertCandidate[],
  columns: readonly string[],
): Promise<Map<UpsertCandidate, UpsertVerdict>> {
  const info = tableInfo(table);
  const ids = [...new Set(rows.map((r) => r.id).filter((id): id is number => id !== undefined))];
  const current = new Map<number, Record<string, unknown>>();
  if (ids.length > 0) {
    const found = await db
      .select({ row: sql<Record<string, unknown>>`row_to_json(${table})` })
      .from(table)
      .where(inArray(info.id, ids));
    for (const { row } of found) current.set(Number(row.id), row);
  }
  const verdicts = new Map<UpsertCandidate, UpsertVerdict>();
  for (const r of rows) {
    if (r.id === undefined) continue;
    const record = current.get(r.id);
    if (!record) {
      verdicts.set(r, {
        kind: 'error',
        message: `ID ${r.id} の記録はありません（新しく登録する行は ID を空欄にしてください）`,
      });
    } else if (!canAccessBody(actor, String(record.org_code))) {
      verdicts.set(r, {
        kind: 'error',
        message: `ID ${r.id} は他の団体（${record.org_code}）の記録のため更新できません`,
      });
    } else if (columns.every((c) => sameValue(r.stored[c], record[c]))) {
      verdicts.set(r, { kind: 'unchanged' });
    } else {
      const stored = { ...r.stored, id: r.id, ...(info.hasVersion ? { version: record.version } : {}) };
      verdicts.set(r, { kind: 'update', stored });
    }
  }
  return verdicts;
}

/** A record as an audit snapshot: its columns under the table's own (camelCase) keys, like writeAudit's rows. */
function snapshotOf(alias: string, info: TableInfo): SQL {
  const pairs = info.columns.map(
    ([key, name]) => sql`${key}::text, ${sql.identifier(alias)}.${sql.identifier(name)}`,
  );
  return sql`jsonb_build_object(${sql.join(pairs, sql`, `)})`;
}

/**
 * Updates the records of one stored chunk's rows with an ID, in the commit's transaction: locks them,
 * refuses the whole commit when one vanished (409) or changed since the preview (412), then changes
 * the differing ones in one statement that also writes each one's audit entry (before/after).
 * Returns how many records changed.
 */
export async function applyUpserts(
  tx: Db,
  actor: Actor,
  table: PgTable,
  chunk: { batchId: string; seq: number },
  columns: readonly string[],
  audit: { entityType: string; requestId?: string },
): Promise<number> {
  if (columns.length === 0) return 0;
  const info = tableInfo(table);
  const t = sql.identifier(info.name);
  const src = sql`SELECT r.* FROM import_batch_chunks c, json_populate_recordset(NULL::${t}, c.rows) r
    WHERE c.batch_id = ${chunk.batchId} AND c.seq = ${chunk.seq} AND r.id IS NOT NULL`;
  const [wanted] = await queryRows<{ n: number | string }>(tx, sql`SELECT count(*) AS n FROM (${src}) s`);
  const locked = await queryRows<{ org_code: string; stale: boolean }>(
    tx,
    sql`SELECT t.org_code, ${info.hasVersion ? sql`t.version <> s.version` : sql`false`} AS stale
      FROM ${t} t JOIN (${src}) s ON s.id = t.id FOR UPDATE OF t`,
  );
  if (locked.length !== Number(wanted?.n ?? 0)) {
    throw new AppError(
      'IMPORT_RECORDS_GONE',
      409,
      'プレビューの後に削除された記録があります。ファイルをもう一度読み込んでください（何も取り込んでいません）。',
    );
  }
  const stale = locked.filter((l) => l.stale).length;
  if (stale > 0) {
    throw new AppError(
      'STALE_VERSION',
      412,
      `プレビューの後に ${stale} 件の記録がほかの人に変更されました。ファイルをもう一度読み込んで確認してください（何も取り込んでいません）。`,
    );
  }
  if (locked.some((l) => !canAccessBody(actor, l.org_code))) {
    throw new AppError('FORBIDDEN', 403, '他の団体の記録は更新できません（何も取り込んでいません）。');
  }
  const set = columns.map((c) => sql`${sql.identifier(c)} = s.${sql.identifier(c)}`);
  if (info.hasVersion) set.push(sql`version = t.version + 1`);
  if (info.hasUpdatedAt) set.push(sql`updated_at = now()`);
  const mine = sql.join(
    columns.map((c) => sql`t.${sql.identifier(c)}`),
    sql`, `,
  );
  const theirs = sql.join(
    columns.map((c) => sql`s.${sql.identifier(c)}`),
    sql`, `,
  );
  const written = await queryRows<{ id: number }>(
    tx,
    sql`WITH s AS (${src}),
      old AS (SELECT t.* FROM ${t} t JOIN s ON s.id = t.id),
      upd AS (
        UPDATE ${t} t SET ${sql.join(set, sql`, `)} FROM s
        WHERE t.id = s.id AND ROW(${mine}) IS DISTINCT FROM ROW(${theirs})
        RETURNING t.*
      )
      INSERT INTO audit_log (actor_id, actor_login, action, entity_type, entity_id, before, after, request_id)
      SELECT ${actor.userId}::uuid, ${actor.login}, ${`${audit.entityType}.import_update`}, ${audit.entityType},
        upd.id::text, ${snapshotOf('old', info)}, ${snapshotOf('upd', info)}, ${audit.requestId ?? null}
      FROM upd JOIN old ON old.id = upd.id
      RETURNING id`,
  );
  return written.length;
}
