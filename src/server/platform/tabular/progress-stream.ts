import { translateDatabaseError } from '../database-errors.ts';
import { AppError } from '../errors.ts';
import type { AppContext } from '../http.ts';
import type { ImportProgress } from './import-progress.ts';

/** The media type of a progress stream: one JSON object per line. */
export const NDJSON = 'application/x-ndjson';

/** Whether the client asked for progress as it happens (`Accept: application/x-ndjson`). */
export function wantsProgress(c: AppContext): boolean {
  return (c.req.header('accept') ?? '').includes(NDJSON);
}

/**
 * Runs a long operation and answers as it goes, one JSON object per line:
 * `{"type":"progress",…}` while it runs, then `{"type":"result","status":201,"body":…}`, or
 * `{"type":"error","status":400,"error":{code,message,issues?}}`. The HTTP status is 200 since the
 * outcome is not known when the answer starts; the last line carries it.
 */
export function progressStream(
  c: AppContext,
  work: (report: (progress: ImportProgress) => void) => Promise<{ status: number; body: unknown }>,
): Response {
  const encoder = new TextEncoder();
  const logger = c.get('logger');
  const requestId = c.get('requestId');
  // Set when the client goes away: the work still finishes (its transaction decides), but nothing more
  // is written to a stream that no one reads (enqueueing then would throw).
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: unknown) => {
        if (!cancelled) controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      };
      try {
        const result = await work((progress) => send({ type: 'progress', ...progress }));
        send({ type: 'result', ...result });
      } catch (caught) {
        const error = translateDatabaseError(caught) ?? caught;
        if (error instanceof AppError) {
          const { code, message, issues } = error;
          send({
            type: 'error',
            status: error.status,
            error: { code, message, ...(issues ? { issues } : {}) },
          });
        } else {
          logger.error({ err: error, requestId }, 'unhandled error in a progress stream');
          send({
            type: 'error',
            status: 500,
            error: {
              code: 'INTERNAL_ERROR',
              message: 'システムエラーが発生しました。時間をおいて再度お試しください。',
            },
          });
        }
      }
      if (!cancelled) controller.close();
    },
    cancel() {
      cancelled = true;
    },
  });
  return new Response(stream, {
    status: 200,
    headers: { 'content-type': `${NDJSON}; charset=utf-8`, 'cache-control': 'no-store' },
  });
}
