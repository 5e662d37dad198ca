import { type CreateUserInput, CreateUserSchema } from '../../features/users/users.schema.ts';
import type { AppError } from '../../platform/errors.ts';
import { PasswordInputError, readPassword } from './read-password.ts';

/** The options of a new account as a command got them (everything but the password). */
export type AccountOptions = {
  login: string | undefined;
  displayName: string | undefined;
  email: string | undefined;
  role: string | undefined;
  orgCode: string | undefined;
};

function printIssues(issues: readonly { path: PropertyKey[]; message: string }[]): void {
  for (const issue of issues) console.error(`${issue.path.map(String).join('.')}: ${issue.message}`);
}

/** Checks the options before the password is asked for, so a typo is reported first. */
export function checkAccountOptions(fields: AccountOptions, usage: string): boolean {
  const checked = CreateUserSchema.safeParse(fields);
  if (checked.success) return true;
  printIssues(checked.error.issues);
  console.error(usage);
  return false;
}

/**
 * Reads the password (prompt or stdin) and checks the whole account with the API's schema, policy
 * included. Prints what is wrong and answers null when the command should exit 1.
 */
export async function readNewAccount(
  fields: AccountOptions,
  fromStdin: boolean,
): Promise<CreateUserInput | null> {
  let password: string;
  try {
    password = await readPassword({ fromStdin });
  } catch (err) {
    if (err instanceof PasswordInputError) {
      console.error(err.message);
      return null;
    }
    throw err;
  }
  const parsed = CreateUserSchema.safeParse({ ...fields, password });
  if (parsed.success) return parsed.data;
  printIssues(parsed.error.issues);
  return null;
}

/** Prints an AppError (code, message and field messages) for the operator. */
export function printAppError(err: AppError): void {
  const issues = err.issues ? ` ${err.issues.map((i) => `${i.path}: ${i.message}`).join('、')}` : '';
  console.error(`${err.code}: ${err.message}${issues}`);
}
