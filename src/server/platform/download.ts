import { ServerResponse } from 'node:http';
import type { AppContext } from './http.ts';

/** A file written as it is sent (see tabular/write-table.ts). */
export type StreamedFile = { body: ReadableStream<Uint8Array>; contentType: string };

/** The Node response under the request, when the app runs in `@hono/node-server` (not in tests). */
function nodeResponseOf(c: AppContext): ServerResponse | undefined {
  const env: unknown = c.env;
  if (typeof env !== 'object' || env === null || !('outgoing' in env)) return undefined;
  return env.outgoing instanceof ServerResponse ? env.outgoing : undefined;
}

/**
 * A download answered while it is written (CSV, .xlsx). Once the first bytes are out, the status can
 * no longer say that the export failed; so when it fails midway, the failure is logged as one JSON line
 * (pino, with the request id) and the connection is closed without the end of the chunked body, which
 * every client reports as an interrupted download rather than a complete but truncated file. Nothing
 * reaches stderr, and no error text is appended to the file.
 */
export function streamedDownload(
  c: AppContext,
  file: StreamedFile,
  headers: Record<string, string>,
): Response {
  const logger = c.get('logger');
  const requestId = c.get('requestId');
  const path = c.req.path;
  const outgoing = nodeResponseOf(c);
  const reader = file.body.getReader();
  // Resolved when the server cancels the body (after the socket closed): until then, no more pulls.
  let cancelled: () => void = () => undefined;
  const whenCancelled = new Promise<void>((resolve) => {
    cancelled = resolve;
  });
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (err) {
        logger.error({ err, requestId, path }, 'a download failed after it had started');
        if (outgoing) {
          // Closing the socket ends the stream for the server too: it cancels its reader on close.
          // Erroring the stream instead would make the server print the error and append it to the file.
          outgoing.destroy();
          await whenCancelled;
        } else {
          controller.error(new Error('download interrupted'));
        }
      }
    },
    cancel(reason) {
      cancelled();
      return reader.cancel(reason).catch(() => undefined);
    },
  });
  return new Response(body, {
    status: 200,
    headers: { 'content-type': file.contentType, 'cache-control': 'no-store', ...headers },
  });
}
