import { parseArgs } from 'node:util';
import { count } from 'drizzle-orm';
import { loadReferenceData } from '../../db/reference/load-reference-data.ts';
import { users } from '../../db/schema/index.ts';
import { createUser } from '../features/users/create-user.ts';
import { CLI_ACTOR } from '../platform/actor.ts';
import { openDatabase } from '../platform/db.ts';
import { readEnv } from '../platform/env.ts';
import { AppError } from '../platform/errors.ts';
import { checkAccountOptions, printAppError, readNewAccount } from './support/new-account-input.ts';
import { applyPasswordSettings } from './support/password-settings.ts';
import { PASSWORD_ARGUMENT_REFUSED } from './support/read-password.ts';

const USAGE =
  '使い方: dxship init --login L [--name 表示名] [--body CODE（既定 340006 広島県）] [--email メール] [--password-stdin]\n' +
  '  新しいデータベースを作り（デモデータなし）、最初の管理者を登録します。パスワードは端末で2回入力します。';

/**
 * `dxship init`: a fresh installation without demo data — migrations, the reference data (bodies) and
 * the first administrator. Refuses a database that already has accounts. The password is never an
 * argument: asked at the terminal, or read from stdin with `--password-stdin`.
 */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      login: { type: 'string' },
      name: { type: 'string' },
      body: { type: 'string', default: '340006' },
      email: { type: 'string' },
      password: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.password !== undefined) {
    console.error(PASSWORD_ARGUMENT_REFUSED);
    return 1;
  }
  const fields = {
    login: values.login,
    displayName: values.name ?? '管理者',
    email: values.email,
    role: 'admin' as const,
    orgCode: values.body,
  };
  if (!checkAccountOptions(fields, USAGE)) return 1;
  const env = readEnv();
  applyPasswordSettings(env);
  const database = await openDatabase(env);
  try {
    await database.migrate();
    await loadReferenceData(database.db);
    const [existing] = await database.db.select({ n: count() }).from(users);
    if ((existing?.n ?? 0) > 0) {
      console.error(
        '利用者が既に登録されているため、初期化しません（init は新しいインストールで一度だけ使います）。利用者の追加は dxship user create で行ってください。',
      );
      return 1;
    }
    const input = await readNewAccount(fields, values['password-stdin']);
    if (!input) return 1;
    const admin = await createUser(database.db, CLI_ACTOR, input);
    console.log(
      `初期化しました（${database.kind}、デモデータなし）。最初の管理者: ${admin.login}\n` +
        '起動: npx dxship serve（HOST を指定しなければ 127.0.0.1 で待ち受けます）',
    );
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
