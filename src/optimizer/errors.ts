/**
 * The one error type of the optimizer. `code` is stable English for programs (the server maps it to
 * an HTTP status, the CLI to an exit code); `message` is Japanese for people.
 */

/** Stable error codes thrown by the optimizer. */
export type OptimizerErrorCode = 'INVALID_PROBLEM' | 'INFEASIBLE' | 'CANCELLED';

/** Thrown for invalid input, an infeasible problem, or a cancelled solve. */
export class OptimizerError extends Error {
  override readonly name = 'OptimizerError';

  /**
   * @param code stable machine-readable code
   * @param message Japanese, one line, safe to show to an operator
   */
  constructor(
    readonly code: OptimizerErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Whether `error` is an {@link OptimizerError} (optionally with the given code). */
export function isOptimizerError(error: unknown, code?: OptimizerErrorCode): error is OptimizerError {
  return error instanceof OptimizerError && (code === undefined || error.code === code);
}
