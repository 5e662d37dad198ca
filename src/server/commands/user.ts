import { parseArgs } from 'node:util';
import { createUser } from '../features/users/create-user.ts';
import { CreateUserSchema } from '../features/users/users.schema.ts';
import { CLI_ACTOR } from '../platform/actor.ts';
import { openDatabase } from '../platform/db.ts';
import { readEnv } from '../platform/env.ts';
import { AppError } from '../platform/errors.ts';

const USAGE =
  '使い方: dxship user create --login L --password P --role R --body CODE [--name 表示名]\n' +
  '  R: admin | talent_officer | municipal_manager | municipal_staff | member | viewer';

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
      role: { type: 'string' },
      body: { type: 'string' },
      name: { type: 'string' },
    },
    strict: true,
  });
  const parsed = CreateUserSchema.safeParse({
    login: values.login,
    password: values.password,
    role: values.role,
    orgCode: values.body,
    displayName: values.name ?? values.login,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`);
    console.error(USAGE);
    return 1;
  }
  const env = readEnv();
  const database = await openDatabase(env);
  try {
    await database.migrate();
    const user = await createUser(database.db, CLI_ACTOR, parsed.data);
    console.log(`利用者を登録しました: ${user.login}（${user.role}、団体 ${user.orgCode}）`);
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      console.error(
        `${err.code}: ${err.message}${err.issues ? ` ${err.issues.map((i) => i.message).join('、')}` : ''}`,
      );
      return 1;
    }
    throw err;
  } finally {
    await database.close();
  }
}
