import { AppError } from './errors.ts';

/** The SQLSTATE of a PostgreSQL error anywhere in a cause chain (Drizzle wraps the driver's error). */
export function sqlStateOf(err: unknown): string | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = 'code' in current ? current.code : undefined;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = 'cause' in current ? current.cause : undefined;
  }
  return undefined;
}

/**
 * Translates what the database refuses into the one error type, so that no route needs a try/catch of
 * its own: a unique or foreign-key violation is a 409 (two writers raced, or the row they referred to
 * went away); a serialization failure or deadlock is a 409 to retry. Anything else is not translated
 * (the caller logs it and answers 500): a data exception that reaches the database is a missing check
 * at the edge, and hiding it would hide the bug.
 */
export function translateDatabaseError(err: unknown): AppError | undefined {
  const state = sqlStateOf(err);
  switch (state) {
    case '23505': // unique_violation
    case '23P01': // exclusion_violation
      return new AppError(
        'CONFLICT',
        409,
        '同じ内容がすでに登録されています（同時に登録された可能性があります）。一覧を確認してください。',
      );
    case '23503': // foreign_key_violation
      return new AppError(
        'CONFLICT',
        409,
        '関連する記録が変更または削除されたため、保存できませんでした。画面を再読み込みしてください。',
      );
    case '40001': // serialization_failure
    case '40P01': // deadlock_detected
      return new AppError(
        'CONFLICT',
        409,
        'ほかの操作と同時に実行されたため、保存できませんでした。もう一度お試しください。',
      );
    default:
      return undefined;
  }
}
