import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { AppError, errors } from '../errors.ts';
import type { AppContext } from '../http.ts';
import { jsonTextIssue } from '../safe-text.ts';
import type { ImportMode } from './import-target.ts';
import type { PreviewInput } from './preview-import.ts';
import type { EncodingChoice } from './read-table.ts';
import type { ExplicitMapping } from './validate-rows.ts';

/** The import's options as the query string carries them (validated by the route's schema). */
export type ImportQuery = {
  filename?: string;
  encoding: EncodingChoice;
  mode: ImportMode;
  orgCode?: string;
  mapping?: string;
};

function parseMapping(text: string | undefined): ExplicitMapping | undefined {
  if (text === undefined || text === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw errors.validation([{ path: 'mapping', message: '列の対応が JSON として読めません' }]);
  }
  const ok =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => v === null || typeof v === 'string');
  if (!ok) {
    throw errors.validation([
      { path: 'mapping', message: '列の対応は {"見出し": "項目" | null} の形で指定してください' },
    ]);
  }
  // The JSON's own escapes (\u0000) can spell what the URL guard cannot see.
  const issue = jsonTextIssue(value);
  if (issue) throw errors.validation([{ path: 'mapping', message: issue.message }]);
  return value as ExplicitMapping;
}

function tooLarge(limit: number): AppError {
  return new AppError(
    'PAYLOAD_TOO_LARGE',
    413,
    `取り込むファイルが大きすぎます（上限 ${Math.floor(limit / 1024 / 1024)} MB）。ファイルを分けて取り込んでください。`,
  );
}

/** The chunks as they arrive, failing with 413 once more than `limit` bytes have come. */
async function* upTo(chunks: AsyncIterable<Uint8Array>, limit: number): AsyncGenerator<Uint8Array> {
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.byteLength;
    if (size > limit) throw tooLarge(limit);
    yield chunk;
  }
}

/**
 * The uploaded file (the raw request body, streamed: it is never held whole) and the import options.
 * The file may take up to IMPORT_LIMIT_BYTES: a declared larger size is refused at once, and an
 * undeclared one (chunked upload) when its bytes pass the limit — the preview then keeps nothing.
 */
export function readImportRequest(c: AppContext, query: ImportQuery): PreviewInput {
  const body = c.req.raw.body;
  const declared = c.req.header('content-length');
  if (!body || declared === '0') {
    throw new AppError(
      'IMPORT_NO_FILE',
      400,
      'ファイルが送信されていません。CSV か Excel（.xlsx）のファイルを選んでください。',
    );
  }
  const limit = c.get('importLimitBytes');
  if (declared !== undefined && Number(declared) > limit) throw tooLarge(limit);
  return {
    source: {
      chunks: upTo(Readable.fromWeb(body as NodeReadableStream<Uint8Array>), limit),
      size: declared ? Number(declared) : undefined,
    },
    filename: query.filename,
    encoding: query.encoding,
    mode: query.mode,
    orgCode: query.orgCode,
    mapping: parseMapping(query.mapping),
  };
}
