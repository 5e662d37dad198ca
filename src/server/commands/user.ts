import { parseArgs } from 'node:util';
import { loadReferenceData } from '../../db/reference/load-reference-data.ts';
import { createUser } from '../features/users/create-user.ts';
import { CLI_ACTOR } from '../platform/actor.ts';
import { openDatabase } from '../platform/db.ts';
import { readEnv } from '../platform/env.ts';
import { AppError } from '../platform/errors.ts';
import { checkAccountOptions, printAppError, readNewAccount } from './support/new-account-input.ts';
import { applyPasswordSettings } from './support/password-settings.ts';
import { PASSWORD_ARGUMENT_REFUSED } from './support/read-password.ts';

const USAGE =
  '使い方: dxship user create --login L --role R --body CODE [--name 表示名] [--email メール] [--password-stdin]\n' +
  '  R: admin | talent_officer | municipal_manager | municipal_staff | member | viewer\n' +
  '  パスワードは端末で2回入力します。--password-stdin を付けると標準入力の1行目を使います。';

/** `dxship user create …`: creates an account, validated by the same schema as the API. */
export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'create') {
    console.error(USAGE);
    return 1;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      login: { type: 'string' },
      password: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      role: { type: 'string' },
      body: { type: 'string' },
      name: { type: 'string' },
      email: { type: 'string' },
    },
    strict: true,
  });
  if (values.password !== undefined) {
    console.error(PASSWORD_ARGUMENT_REFUSED);
    return 1;
  }
  const fields = {
    login: values.login,
    role: values.role,
    orgCode: values.body,
    displayName: values.name ?? values.login,
    email: values.email,
  };
  if (!checkAccountOptions(fields, USAGE)) return 1;
  const input = await readNewAccount(fields, values['password-stdin']);
  if (!input) return 1;
  const env = readEnv();
  applyPasswordSettings(env);
  const database = await openDatabase(env);
  try {
    await database.migrate();
    await loadReferenceData(database.db);
    const user = await createUser(database.db, CLI_ACTOR, input);
    console.log(`利用者を登録しました: ${user.login}（${user.role}、団体 ${user.orgCode}）`);
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      printAppError(err);
      return 1;
    }
    throw err;
  } finally {
    await database.close();
  }
}
