import { z } from '@hono/zod-openapi';
import { type Column, type SQL, sql } from 'drizzle-orm';
import { AppError } from './errors.ts';

/**
 * Optimistic concurrency for records people edit. Each such table has `version integer not null
 * default 1`, raised by one on every change. A GET answers the version as a strong `ETag` (and in the
 * body as `version`, for the web forms); a PUT/PATCH/DELETE with `If-Match` is refused with 412
 * `STALE_VERSION` when the record changed since — checked under the row's lock, in the transaction
 * of the change. A request without `If-Match` is applied as before (documented in OpenAPI).
 */

/** What the client said it last saw: a set of versions, or `any` (no header, or `*`). */
export type ExpectedVersion = { readonly any: true } | { readonly any: false; readonly versions: number[] };

export const ANY_VERSION: ExpectedVersion = { any: true };

/** The strong entity tag of a version. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

const ENTITY_TAG = /^\s*(W\/)?"(\d{1,9})"\s*$/;

/**
 * Parses an `If-Match` header value (RFC 9110 §13.1.1): `*`, or a comma-separated list of entity tags.
 * Returns undefined when it is not well formed, so the schema can refuse it with 400.
 */
export function parseIfMatch(header: string | undefined): ExpectedVersion | undefined {
  if (header === undefined) return ANY_VERSION;
  if (header.trim() === '*') return ANY_VERSION;
  const versions: number[] = [];
  for (const part of header.split(',')) {
    const match = ENTITY_TAG.exec(part);
    // A weak tag never matches under If-Match's strong comparison, but it is well formed.
    if (!match?.[2]) return undefined;
    if (!match[1]) versions.push(Number(match[2]));
  }
  return { any: false, versions };
}

const IF_MATCH_DESCRIPTION =
  '最後に取得した ETag（例: "3"）。記録がその後に変更されていれば 412 STALE_VERSION で何も変更しません。' +
  '省略した場合は、版を確かめずに変更します。';

/** The request headers of an edit: `If-Match`, optional, checked for its form. */
export const IfMatchHeaders = z.object({
  'if-match': z
    .string()
    .optional()
    .refine((v) => parseIfMatch(v) !== undefined, 'If-Match は "版" の形式（例: "3"）で指定してください')
    .openapi({ description: IF_MATCH_DESCRIPTION, example: '"3"' }),
});

/** The version the request expects, from its validated headers. */
export function expectedVersionOf(headers: { 'if-match'?: string | undefined }): ExpectedVersion {
  return parseIfMatch(headers['if-match']) ?? ANY_VERSION;
}

/** Throws 412 STALE_VERSION when the record's current version is not one the client expects. */
export function assertVersion(current: number, expected: ExpectedVersion): void {
  if (expected.any || expected.versions.includes(current)) return;
  throw new AppError(
    'STALE_VERSION',
    412,
    'ほかの人がこの記録を変更しました。画面を再読み込みして最新の内容を確認してから、もう一度操作してください。',
  );
}

/** The value of a `version` column after a change: `SET version = version + 1`. */
export function nextVersion(column: Column): SQL {
  return sql`${column} + 1`;
}
