import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { AppError, errors } from '../errors.ts';
import type { AppContext } from '../http.ts';
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
  return value as ExplicitMapping;
}

/**
 * The uploaded file (the raw request body, streamed: it is never held whole) and the import options.
 * The body size is limited by the app's body limit (BODY_LIMIT_BYTES).
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
  return {
    source: {
      chunks: Readable.fromWeb(body as NodeReadableStream<Uint8Array>),
      size: declared ? Number(declared) : undefined,
    },
    filename: query.filename,
    encoding: query.encoding,
    mode: query.mode,
    orgCode: query.orgCode,
    mapping: parseMapping(query.mapping),
  };
}
