import { and, desc, eq, gte } from 'drizzle-orm';
import { importBatches } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { PREVIEW_TTL_HOURS } from '../../platform/tabular/preview-import.ts';

/** How many open previews the list shows (newest first); more than this is not a to-do list any more. */
const MAX_OPEN = 20;

/** What each kind of import is called in the UI. */
const KIND_LABELS: Record<string, string> = {
  systems: '情報システム台帳',
  practices: 'DX施策・好事例',
  people: '人材',
};

/** One previewed upload that is still waiting to be committed. */
export type OpenImport = {
  batchId: string;
  kind: string;
  label: string;
  filename: string | null;
  totalRows: number;
  validRows: number;
  errorCount: number;
  createdAt: Date;
  /** When the preview expires unless committed (its stored rows are deleted then). */
  expiresAt: Date;
};

/**
 * The caller's own uploads that were previewed but not committed and have not expired yet: the
 * imports ホーム lists under 対応が必要なこと. Only the uploader's own (a preview is resumed and
 * committed by whoever made it), newest first.
 */
export async function listOpenImports(db: Db, actor: Actor, now = new Date()): Promise<OpenImport[]> {
  const ttlMs = PREVIEW_TTL_HOURS * 3600_000;
  const rows = await db
    .select()
    .from(importBatches)
    .where(
      and(
        eq(importBatches.actorLogin, actor.login),
        eq(importBatches.status, 'preview'),
        gte(importBatches.createdAt, new Date(now.getTime() - ttlMs)),
      ),
    )
    .orderBy(desc(importBatches.createdAt))
    .limit(MAX_OPEN);
  return rows.map((b) => ({
    batchId: b.id,
    kind: b.kind,
    label: KIND_LABELS[b.kind] ?? b.kind,
    filename: b.filename,
    totalRows: b.totalRows,
    validRows: b.validRows,
    errorCount: b.errorCount,
    createdAt: b.createdAt,
    expiresAt: new Date(b.createdAt.getTime() + ttlMs),
  }));
}
