/** Issues attached to a 400: one per offending field (or CSV cell). */
export type FieldIssue = { path: string; message: string };

/**
 * The one error type of the server. Thrown anywhere, translated once (in app.ts onError) into
 * `{ error: { code, message, issues? } }` with `status`. `code` is stable English for programs,
 * `message` is Japanese for people.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 422 | 429 | 500 | 503,
    message: string,
    readonly issues?: FieldIssue[],
    /** Response headers to send with the error, e.g. `Retry-After` on a 429. */
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Shorthands for the errors every feature raises. */
export const errors = {
  unauthenticated: () => new AppError('UNAUTHENTICATED', 401, 'ログインが必要です。'),
  forbidden: (message = 'この操作を行う権限がありません。') => new AppError('FORBIDDEN', 403, message),
  notFound: (what: string) => new AppError('NOT_FOUND', 404, `${what}が見つかりません。`),
  conflict: (message: string) => new AppError('CONFLICT', 409, message),
  validation: (issues: FieldIssue[], message = '入力内容に誤りがあります。') =>
    new AppError('VALIDATION_FAILED', 400, message, issues),
};
