import { parseArgs } from 'node:util';
import { backupDatabase } from '../platform/backup.ts';
import { openDatabase } from '../platform/db.ts';
import { readEnv } from '../platform/env.ts';
import { AppError } from '../platform/errors.ts';
import { backupFromServer } from './backup-from-server.ts';
import { PasswordInputError, readPassword } from './support/read-password.ts';

const USAGE = [
  '使い方: dxship backup FILE',
  '        データフォルダ（DATA_DIR）か DATABASE_URL のデータベースを FILE に書き出す（サーバー停止中）',
  '      dxship backup --from http://ホスト:ポート --login 管理者 [--password-stdin] FILE',
  '        稼働中のサーバーから書き出す（パスワードは端末で入力、または標準入力から）',
].join('\n');

/** `dxship backup [--from URL --login L [--password-stdin]] FILE`: writes every row to FILE (NDJSON, 0600). */
export async function run(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) {
    console.error(USAGE);
    return 1;
  }
  const env = readEnv();
  try {
    if (values.from) {
      if (!values.login) {
        console.error(`--from には --login（管理者のログイン名）が必要です\n${USAGE}`);
        return 1;
      }
      let password: string;
      try {
        password = await readPassword({
          fromStdin: values['password-stdin'] === true,
          confirm: false,
          prompt: `${values.login} のパスワード: `,
        });
      } catch (error) {
        if (!(error instanceof PasswordInputError)) throw error;
        console.error(error.message);
        return 1;
      }
      const rows = await backupFromServer(values.from, { login: values.login, password }, file, {
        key: env.backupKey,
      });
      console.log(`バックアップしました: ${file}（${rows}行、${values.from} から）`);
      return 0;
    }
    const database = await openDatabase(env);
    try {
      await database.migrate();
      const counts = await backupDatabase(database.db, file, { key: env.backupKey });
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      console.log(`バックアップしました: ${file}（${total}行）`);
      return 0;
    } finally {
      await database.close();
    }
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`${error.code}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      from: { type: 'string' },
      login: { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
}
