/**
 * The typed API client: Hono RPC over the server's route types (type-only import), with the session
 * cookie sent same-origin and the CSRF token added to every write.
 */
import { hc } from 'hono/client';
import type { ApiType } from '../../server/app.ts';

/** The error body every failing API route returns. */
type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

/** A failed API call: the HTTP status and the server's stable code and Japanese message. */
export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    /** Stable English code, e.g. `INVALID_CREDENTIALS`. */
    readonly code: string,
    /** Japanese message for the user. */
    message: string,
    /** Per-field issues of a 400. */
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken: string | null = null;

/** Remembers the session's CSRF token (from login or /auth/me); `null` after logout. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const NETWORK_ERROR_MESSAGE =
  'サーバーに接続できませんでした。ネットワークの状態を確認して、もう一度お試しください。';

/** fetch with the session cookie and, for writes, the X-CSRF-Token header. */
const sessionFetch: typeof fetch = async (input, init) => {
  const headers = new Headers(init?.headers);
  const method = (init?.method ?? 'GET').toUpperCase();
  if (UNSAFE_METHODS.has(method) && csrfToken) headers.set('X-CSRF-Token', csrfToken);
  try {
    return await fetch(input, { ...init, headers, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', NETWORK_ERROR_MESSAGE);
  }
};

/** The API under /api, typed by the server's routes. */
export const api = hc<ApiType>('/api', { fetch: sessionFetch });

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = value.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'message' in error &&
    typeof error.message === 'string' &&
    'code' in error &&
    typeof error.code === 'string'
  );
}

const FALLBACK_MESSAGES: Record<number, string> = {
  401: 'ログインが必要です。',
  403: 'この操作を行う権限がありません。',
  404: '見つかりません。',
};

/** Turns a failed response into an ApiError carrying the server's message. */
export async function toApiError(
  res: Response | { status: number; json(): Promise<unknown> },
): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON (e.g. a proxy's error page): fall back to a message by status.
  }
  if (isErrorBody(body)) {
    return new ApiError(res.status, body.error.code, body.error.message, body.error.issues ?? []);
  }
  const message =
    FALLBACK_MESSAGES[res.status] ?? 'システムエラーが発生しました。時間をおいて再度お試しください。';
  return new ApiError(res.status, 'UNEXPECTED_RESPONSE', message);
}

/** The minimal shape of a typed Hono client response. */
type TypedResponse = { ok: boolean; status: number; json(): Promise<unknown> };

/** A typed response: its 2xx variants carry `TBody`, the others an error body. */
type ResponseOf<TBody> =
  | { ok: true; status: number; json(): Promise<TBody> }
  | { ok: false; status: number; json(): Promise<unknown> };

/** The body type of a typed response's successful variant. */
export type SuccessBody<R> = Extract<R, { ok: true }> extends { json(): Promise<infer T> } ? T : never;

/**
 * The JSON body of a successful response, typed from the route's 2xx schema; throws an ApiError
 * with the server's message otherwise.
 */
export async function readJson<TBody>(res: ResponseOf<TBody>): Promise<TBody> {
  if (!res.ok) throw await toApiError(res);
  return res.json();
}

/** The `If-Match` header of a change to a record last read at `version` (see the API's ETag). */
export function ifMatch(version: number): { 'if-match': string } {
  return { 'if-match': `"${version}"` };
}

/** Resolves when the response is a success (for bodiless answers such as 204); throws otherwise. */
export async function expectOk(res: TypedResponse): Promise<void> {
  if (!res.ok) throw await toApiError(res);
}
